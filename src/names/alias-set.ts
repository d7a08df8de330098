import { z } from 'zod';

/**
 * One set of names known to name the same entity (a group, an outlet, a person): its
 * acronyms, translations, kunyas and real names, with the public source that says so.
 * The reference pack is a list of these; an analyst's own file (`--reference FILE`) adds more.
 */
export const AliasSetSchema = z.object({
  id: z.string().min(1),
  /** Entity type ("group", "media", "person"…), when known. */
  type: z.string().min(1).optional(),
  /** The preferred name. */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Where the aliases are attested (a listing, a publication, a report). */
  source: z.string().min(1),
});
export type AliasSet = z.infer<typeof AliasSetSchema>;

export const AliasSetsSchema = z.array(AliasSetSchema);
