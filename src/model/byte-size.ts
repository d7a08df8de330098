import { TesseraError } from './errors.js';

/** The largest document ingest reads unless told otherwise: 100 MB. */
export const DEFAULT_MAX_INGEST_BYTES = 100 * 1000 * 1000;

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30 };

/** "100MB", "1.5 GB", "512KiB", "2000000" → bytes; `what` names the flag or variable in the error. */
export function parseByteSize(value: string, what: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = UNITS[match?.[2]?.toLowerCase() ?? 'x'];
  const bytes = match && unit !== undefined ? Math.round(Number(match[1]) * unit) : NaN;
  if (!Number.isFinite(bytes) || bytes <= 0) {
    throw new TesseraError('invalid_input', `${what} ${value}: not a size (write e.g. 100MB, 1.5GB or a number of bytes)`, { field: what, reason: 'not a size' });
  }
  return bytes;
}

/** Bytes as an analyst reads them: "812 bytes", "4.2 kB", "51.3 MB", "1.2 GB". */
export function formatByteSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const [unit, size] = bytes < 1e6 ? ['kB', 1e3] : bytes < 1e9 ? ['MB', 1e6] : ['GB', 1e9];
  const value = bytes / (size as number);
  return `${value >= 100 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)} ${unit as string}`;
}
