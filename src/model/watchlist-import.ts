import { z } from 'zod';
import { ItemErrorSchema } from './errors.js';

/** The sanctions lists Tessera reads. */
export const WATCHLISTS = ['un-sanctions', 'ofac-sdn', 'ofac-consolidated'] as const;
export type Watchlist = (typeof WATCHLISTS)[number];
export const WatchlistSchema = z.enum(WATCHLISTS);

/**
 * `import un-sanctions|ofac`: list files on this machine (UN XML; OFAC sdn.csv [alt.csv] or XML).
 * `list` says UN or OFAC; which OFAC list (SDN or consolidated non-SDN) the files name themselves.
 */
export const ImportWatchlistInputSchema = z.strictObject({
  list: WatchlistSchema,
  paths: z.array(z.string().min(1)).min(1),
});
export type ImportWatchlistInput = z.input<typeof ImportWatchlistInputSchema>;

/** A list as its files name it, with the list's date (when the file gives one) as its version. */
export const ImportedListSchema = z.object({
  list: WatchlistSchema,
  version: z.string().nullable(),
  entries: z.number().int(),
});
export type ImportedList = z.infer<typeof ImportedListSchema>;

/** What importing a list did: the lists read, entries created, updated or unchanged, names and attributes written, entries failed. */
export const ImportWatchlistResultSchema = z.object({
  lists: z.array(ImportedListSchema),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  names: z.number().int(),
  attributes: z.number().int(),
  failed: z.array(z.object({ externalId: z.string(), error: ItemErrorSchema })),
});
export type ImportWatchlistResult = z.infer<typeof ImportWatchlistResultSchema>;
