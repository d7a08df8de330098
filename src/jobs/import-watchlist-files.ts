import { ImportWatchlistInputSchema, parseInput, type ImportWatchlistInput, type ImportWatchlistResult } from '../model/index.js';
import type { Store } from '../store/index.js';
import { importWatchlist, type ImportWatchlistOptions } from './import-watchlist.js';
import { readWatchlistFiles } from './read-watchlist-files.js';

/**
 * `import un-sanctions|ofac-sdn FILE…`: reads the list files and imports their entries as
 * entities (importWatchlist). Count the entries first with countWatchlistEntries for a progress total.
 */
export async function importWatchlistFiles(
  store: Store,
  input: ImportWatchlistInput,
  options: ImportWatchlistOptions = {},
): Promise<ImportWatchlistResult> {
  const { list, paths } = parseInput(ImportWatchlistInputSchema, input, `import ${String(input.list)}`);
  return importWatchlist(store, readWatchlistFiles(paths, list), options);
}
