import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { TesseraError, type Watchlist } from '../model/index.js';
import {
  identifyOfacList,
  readOfacLegacyCsv,
  readOfacXml,
  readUnSanctionsList,
  type WatchlistRecord,
} from '../formats/index.js';

/** What a watch-list file is, told from its first bytes. */
export type WatchlistFileKind = 'un-xml' | 'ofac-xml' | 'ofac-sdn-csv' | 'ofac-alt-csv';

async function head(path: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new TesseraError('not_found', `${path}: cannot open (${(error as NodeJS.ErrnoException).code ?? 'error'})`, undefined, {
      cause: error,
    });
  }
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

export async function detectWatchlistFile(path: string): Promise<WatchlistFileKind> {
  const text = (await head(path)).replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('<')) {
    if (/<CONSOLIDATED_LIST\b/.test(text)) return 'un-xml';
    if (/<sdnList\b/.test(text)) return 'ofac-xml';
    throw new TesseraError('unsupported_format', `${path}: XML, but neither the UN consolidated list nor an OFAC list`);
  }
  const firstLine = text.split(/\r?\n/)[0] ?? '';
  // count columns outside quotes
  let columns = 1;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) columns += 1;
  }
  if (columns >= 10) return 'ofac-sdn-csv';
  if (columns >= 4 && columns <= 6) return 'ofac-alt-csv';
  throw new TesseraError('unsupported_format', `${path} line 1: not an OFAC sdn.csv (12 columns) or alt.csv (5 columns)`);
}

const stream = (path: string) => ({ source: createReadStream(path), fileName: basename(path) });

/**
 * Reads watch-list files as records: one UN consolidated list XML, or OFAC files (legacy sdn.csv
 * with its alt.csv, and/or XML). The expected list (UN or OFAC) is checked against what the files
 * are; which OFAC list a file is — the SDN list or the consolidated non-SDN list, one layout — is
 * told from its own entries (one quick pass first, formats/ofac/ofac-list-kind.ts), and every
 * record carries that name and the list's date.
 */
export async function* readWatchlistFiles(paths: readonly string[], list: Watchlist): AsyncGenerator<WatchlistRecord> {
  const kinds = await Promise.all(paths.map(async (path) => ({ path, kind: await detectWatchlistFile(path) })));
  for (const { path, kind } of kinds) {
    if (list === 'un-sanctions' && kind !== 'un-xml') {
      throw new TesseraError('unsupported_format', `${path}: not the UN consolidated list XML`);
    }
    if (list !== 'un-sanctions' && kind === 'un-xml') {
      throw new TesseraError('unsupported_format', `${path}: the UN list; use "import un-sanctions"`);
    }
  }
  const sdn = kinds.filter((k) => k.kind === 'ofac-sdn-csv');
  const alt = kinds.filter((k) => k.kind === 'ofac-alt-csv');
  if (alt.length > 0 && sdn.length === 0) {
    throw new TesseraError('invalid_input', `${alt[0]!.path}: an alt.csv needs its sdn.csv alongside`);
  }
  if (sdn.length > 1 || alt.length > 1) throw new TesseraError('invalid_input', 'give one sdn.csv and at most one alt.csv');
  for (const { path, kind } of kinds) {
    if (kind === 'un-xml') yield* readUnSanctionsList(createReadStream(path), basename(path));
    else if (kind === 'ofac-xml') {
      const named = await identifyOfacList(readOfacXml(createReadStream(path), basename(path)));
      yield* readOfacXml(createReadStream(path), basename(path), named.list);
    }
  }
  if (sdn[0]) {
    const named = await identifyOfacList(readOfacLegacyCsv({ sdn: stream(sdn[0].path) }));
    yield* readOfacLegacyCsv({ sdn: stream(sdn[0].path), ...(alt[0] ? { alt: stream(alt[0].path) } : {}) }, named.list);
  }
}
