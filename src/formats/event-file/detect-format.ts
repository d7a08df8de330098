import { TesseraError } from '../../model/index.js';
import { ACLED_COLUMNS } from '../acled/acled.js';
import { GTD_COLUMNS } from '../gtd/gtd.js';
import type { EventFormat } from '../../model/index.js';
import { TESSERA_CSV_REQUIRED } from '../tessera-csv/tessera-csv.js';
import { UCDP_COLUMNS } from '../ucdp/ucdp.js';

const SIGNATURES: [EventFormat, readonly string[]][] = [
  ['acled', ACLED_COLUMNS],
  ['ucdp', UCDP_COLUMNS],
  ['gtd', GTD_COLUMNS],
  ['csv', TESSERA_CSV_REQUIRED],
];

/** The format a CSV header names, or null; column names compare case-insensitively. */
export function detectEventFormat(header: readonly string[]): EventFormat | null {
  const columns = new Set(header.map((c) => c.trim().toLowerCase()));
  for (const [format, required] of SIGNATURES) {
    if (required.every((c) => columns.has(c))) return format;
  }
  return null;
}

/** Throws unless the header has every column the format needs, naming those missing. */
export function checkHeader(path: string, format: EventFormat, header: readonly string[]): void {
  const columns = new Set(header.map((c) => c.trim().toLowerCase()));
  const required = SIGNATURES.find(([f]) => f === format)![1];
  const missing = required.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    throw new TesseraError('unsupported_format', `${path}: not a ${format} file (missing columns ${missing.join(', ')})`);
  }
}
