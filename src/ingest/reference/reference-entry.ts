import type { EntityType, RelationType } from '../../model/index.js';

/**
 * One entry of the reference knowledge pack: an entity the region's reporting names
 * often, with the names it goes by and the public source that says so. Written for
 * Tessera from public facts; validated by `ReferenceEntrySchema` (knowledge-pack.ts).
 */
export interface ReferenceEntry {
  /** Stable id, used as `ref:<id>` on extracted entities. */
  id: string;
  type: EntityType;
  /** The name the pack prefers. */
  name: string;
  /** Other names, acronyms, spellings and renderings in other scripts. */
  aliases: readonly string[];
  /** Where the names are attested. */
  source: string;
  /** ISO 3166-1 alpha-2 of the country the entity is based in, when there is one. */
  country?: string;
  /** Background links, kept only when the document names both ends. */
  links?: readonly { type: RelationType; target: string }[];
}
