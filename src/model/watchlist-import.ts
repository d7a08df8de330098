import { z } from 'zod';
import { ItemErrorSchema } from './errors.js';

/** The sanctions lists Tessera reads. */
export const WATCHLISTS = ['un-sanctions', 'ofac-sdn', 'ofac-consolidated'] as const;
export type Watchlist = (typeof WATCHLISTS)[number];
export const WatchlistSchema = z.enum(WATCHLISTS);

/** `import un-sanctions|ofac-sdn`: list files on this machine (UN XML; OFAC sdn.csv [alt.csv] or XML). */
export const ImportWatchlistInputSchema = z.strictObject({
  list: WatchlistSchema,
  paths: z.array(z.string().min(1)).min(1),
});
export type ImportWatchlistInput = z.input<typeof ImportWatchlistInputSchema>;

/** What importing a list did: entries created, updated or unchanged, names and attributes written, entries failed. */
export const ImportWatchlistResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  names: z.number().int(),
  attributes: z.number().int(),
  failed: z.array(z.object({ externalId: z.string(), error: ItemErrorSchema })),
});
export type ImportWatchlistResult = z.infer<typeof ImportWatchlistResultSchema>;
