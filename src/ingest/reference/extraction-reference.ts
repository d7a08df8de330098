import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import { loadReferenceMatcher, type ReferenceMatcher } from './reference-matcher.js';

/**
 * The offline data the extractor reads: the gazetteer and the knowledge pack's name matcher.
 * Made by whoever runs extraction (an ingest, an `extract`, a test file), which passes it to every
 * document it extracts; each part loads on first use. Nothing is kept at module level, so two
 * runs never share, and a run's data goes when the run does.
 */
export interface ExtractionReference {
  readonly gazetteer: Gazetteer;
  readonly matcher: ReferenceMatcher;
  /** Whether two spellings render one person's name, by the pair: verdicts the run has reached. */
  readonly personRenderings: Map<string, boolean>;
}

export function createExtractionReference(): ExtractionReference {
  let gazetteer: Gazetteer | null = null;
  let matcher: ReferenceMatcher | null = null;
  return {
    personRenderings: new Map(),
    get gazetteer() {
      gazetteer ??= loadGazetteer();
      return gazetteer;
    },
    get matcher() {
      matcher ??= loadReferenceMatcher();
      return matcher;
    },
  };
}
