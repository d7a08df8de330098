import { z } from 'zod';
import { IdSchema } from './id.js';
import { EntityTypeSchema } from './entity-type.js';

/**
 * The identity row of an entity. Everything said about it — its names, attributes,
 * relations — is a claim; `label` is only the name it was created under.
 */
export const EntitySchema = z.object({
  id: IdSchema,
  type: EntityTypeSchema,
  label: z.string().min(1),
  createdAt: z.iso.datetime(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** Writing systems a name may be in. */
export const SCRIPTS = ['latin', 'cyrillic', 'arabic', 'other'] as const;
export type Script = (typeof SCRIPTS)[number];
export const ScriptSchema = z.enum(SCRIPTS);

/** How a name relates to its entity. */
export const NAME_KINDS = ['primary', 'alias', 'acronym', 'former', 'transliteration'] as const;
export type NameKind = (typeof NAME_KINDS)[number];
export const NameKindSchema = z.enum(NAME_KINDS);

export const NameSchema = z.object({
  value: z.string().min(1),
  kind: NameKindSchema,
  script: ScriptSchema,
  /** ISO 639-1 when known ("tg", "ru", "ar"). */
  language: z.string().nullable(),
});
export type Name = z.infer<typeof NameSchema>;
