import type { EntityType } from '../../model/index.js';
import type { Place, ReferenceEntry } from '../reference/index.js';

/** How a mention was recognised. */
export type MentionBasis = 'reference' | 'gazetteer' | 'pattern' | 'person' | 'alias' | 'coreference';

/** One place in the text where an entity is named. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  basis: MentionBasis;
  /** Grouping key before aliases merge entities: `ref:isk`, `geo:TJ`, `person:noraki`, `org:tj:government`. */
  key: string;
  ref: ReferenceEntry | null;
  place: Place | null;
  /** The name without worldly titles ("Marta J. Olsen" for "General Marta J. Olsen"). */
  name: string;
  /** Index of the first token of the mention. */
  token: number;
}
