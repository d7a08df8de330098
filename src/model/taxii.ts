import { z } from 'zod';

/** One object version in a TAXII collection: what the manifest lists and the objects endpoint filters. */
export interface TaxiiEntry {
  id: string;
  type: string;
  /** The version: the object's `modified`, or `created` when it has none (markings). */
  version: string;
  specVersion: string;
  /** When the collection gained this version (Tessera's objects: when it was last modified). */
  dateAdded: string;
  /**
   * The object as JSON, UTF-8 encoded: a page is these joined as bytes, not each object serialised
   * (or encoded) again per request, and 100,000 of them sit outside the garbage-collected heap.
   */
  json: Uint8Array;
}

/** The filters of TAXII 2.1 §3.4: added_after, match[id|type|version|spec_version], limit, next. */
export const TaxiiQuerySchema = z
  .object({
    added_after: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(10_000).optional(),
    next: z.string().max(200).optional(),
    'match[id]': z.string().max(10_000).optional(),
    'match[type]': z.string().max(2_000).optional(),
    'match[version]': z.string().max(2_000).optional(),
    'match[spec_version]': z.string().max(200).optional(),
  })
  .strict();
export type TaxiiQuery = z.infer<typeof TaxiiQuerySchema>;

/** A TAXII envelope posted to a collection. */
export const TaxiiEnvelopeSchema = z.object({
  objects: z.array(z.record(z.string(), z.unknown())).min(1),
  more: z.boolean().optional(),
  next: z.string().optional(),
});
export type TaxiiEnvelope = z.infer<typeof TaxiiEnvelopeSchema>;

/** What a POST to a collection did, object by object (TAXII's status resource). */
export interface TaxiiAddResult {
  successes: { id: string; version: string; message?: string }[];
  failures: { id: string; version?: string; message: string }[];
}
