import { readFile } from 'node:fs/promises';
import { TesseraError } from '../model/index.js';
import { parseAliasSets, ReferenceAliases, type AliasSet } from '../names/index.js';
import { KNOWLEDGE_PACK } from '../ingest/index.js';

export interface ReferenceAliasOptions {
  /** The shipped knowledge pack's alias sets (default on; `--no-reference` turns it off). */
  builtIn?: boolean;
  /** An analyst's own alias-set files (JSON: [{ id, name, aliases, source, type? }]). */
  files?: readonly string[];
}

/** The knowledge pack's entries as alias sets. */
export function knowledgePackAliasSets(): AliasSet[] {
  return KNOWLEDGE_PACK.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: [...e.aliases], source: e.source }));
}

/**
 * The alias sets every matcher use takes (linking, screening, ingest, event actors): the
 * reference pack and any analyst's files, read and validated once, then passed in.
 * Null when neither is wanted.
 */
export async function loadReferenceAliases(options: ReferenceAliasOptions = {}): Promise<ReferenceAliases | null> {
  const sets: AliasSet[] = options.builtIn === false ? [] : knowledgePackAliasSets();
  for (const path of options.files ?? []) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (cause) {
      throw new TesseraError('not_found', `${path}: cannot read the alias-set file`, { path }, { cause });
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (cause) {
      throw new TesseraError('invalid_input', `${path}: not JSON (expected a list of alias sets)`, { path }, { cause });
    }
    sets.push(...parseAliasSets(data, path));
  }
  return sets.length === 0 ? null : new ReferenceAliases(sets);
}
