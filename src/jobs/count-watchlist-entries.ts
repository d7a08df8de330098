import { createReadStream } from 'node:fs';
import { detectWatchlistFile, type WatchlistFileKind } from './read-watchlist-files.js';

/** The tag that opens one entry, per XML list. */
const ENTRY_TAGS: Partial<Record<WatchlistFileKind, RegExp>> = {
  'un-xml': /<(?:INDIVIDUAL|ENTITY)[\s>]/g,
  'ofac-xml': /<sdnEntry[\s>]/g,
};

async function countInFile(path: string, kind: WatchlistFileKind): Promise<number> {
  if (kind === 'ofac-alt-csv') return 0;
  const tag = ENTRY_TAGS[kind];
  let count = 0;
  let tail = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    const text = tail + (chunk as string);
    if (tag) {
      // keep the end of the chunk: a tag may be split across two
      const cut = Math.max(0, text.length - 16);
      count += (text.slice(0, cut).match(tag) ?? []).length;
      tail = text.slice(cut);
    } else {
      // sdn.csv: one entry a line (a quoted field may break a line now and then: an estimate)
      for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) count += 1;
      tail = '';
    }
  }
  if (tag) count += (tail.match(tag) ?? []).length;
  else if (tail.trim() !== '') count += 1;
  return count;
}

/**
 * About how many entries the watch-list files hold (for a progress bar's total): entry tags in
 * the XML lists, lines in an OFAC sdn.csv (its alt.csv adds names, not entries). Quick: one pass
 * over the bytes, no parsing.
 */
export async function countWatchlistEntries(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) total += await countInFile(path, await detectWatchlistFile(path));
  return total;
}
