import { protocol } from '@electric-sql/pglite';
import { ROW_ARRAY_COLUMN_KINDS, parseTimestamp, type RowArrayColumnKind } from './type-parsers.js';

const utf8 = new TextDecoder();

const ERROR_RESPONSE = 0x45; // 'E'
const ROW_DESCRIPTION = 0x54; // 'T'
const DATA_ROW = 0x44; // 'D'
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const HEX = new TextEncoder().encode('0123456789abcdef');
const NULL_BYTES = new TextEncoder().encode('null');
const TRUE_BYTES = new TextEncoder().encode('true');
const FALSE_BYTES = new TextEncoder().encode('false');

const FIRST_SCRATCH_BYTES = 1 << 20;
const MAX_SCRATCH_BYTES = 16 << 20;

/**
 * The buffer a reply's JSON text is written into, kept for the next reply (a cursor's pages come
 * one after another) up to 16 MB. One store owns one (pglite.ts) and releases it when it closes;
 * replies are read one at a time (each under the engine's mutex, and the read is synchronous).
 */
export class ReplyScratch {
  private bytes: Uint8Array | null = null;

  /** The buffer to write into: the one kept, or a new one of 1 MB. */
  take(): Uint8Array {
    return this.bytes ?? new Uint8Array(FIRST_SCRATCH_BYTES);
  }

  /** Keeps `bytes` (the buffer a reply was written into, perhaps grown) for the next reply, unless it is over 16 MB. */
  keep(bytes: Uint8Array): void {
    if (bytes.length <= MAX_SCRATCH_BYTES) this.bytes = bytes;
  }

  release(): void {
    this.bytes = null;
  }
}

/**
 * The rows of a simple query's reply from PGlite as arrays of values, read from the reply's bytes:
 * the columns' text is copied into one JSON text, each column as its type says (json and jsonb as
 * they are, numbers and booleans as JSON's, integer arrays as JSON arrays, the rest as strings,
 * escaped where they hold a quote, a backslash or a control character), then decoded and parsed in
 * one go; timestamps are then made ISO instants as the store's parsers make them. So PostgreSQL
 * writes plain columns, which it does far faster than JSON (json_build_array escapes a character
 * at a time: 120,000 claims fetched, 0.90 -> 0.48 CPU-s), and the one parse is still the cheapest
 * way to make the values (a decode a value takes longer; a split keeps each page's text alive
 * through its slices). PGlite's own reading makes a message object, a decoded string and a row
 * object a row. An ErrorResponse is thrown as the DatabaseError PGlite's parser makes of it.
 * The JSON text is written into `scratch`'s buffer.
 */
export function rowArraysOfReply(reply: Uint8Array, scratch: ReplyScratch): unknown[][] {
  const view = new DataView(reply.buffer, reply.byteOffset, reply.byteLength);
  let kinds: RowArrayColumnKind[] = [];
  let text = scratch.take();
  let to = 0;
  /** Room for `bytes` more: the JSON text grows (by copying) past what it had. */
  const ensure = (bytes: number) => {
    if (to + bytes <= text.length) return;
    const larger = new Uint8Array(Math.max(2 * text.length, to + bytes));
    larger.set(text.subarray(0, to));
    text = larger;
  };
  text[to++] = 0x5b; // [
  let rows = 0;
  for (let at = 0; at < reply.length; ) {
    const end = at + 1 + view.getUint32(at + 1);
    const type = reply[at];
    if (type === ERROR_RESPONSE) throw databaseErrorOf(reply.subarray(at, end));
    if (type === ROW_DESCRIPTION) kinds = columnKindsOf(reply, view, at);
    if (type === DATA_ROW) {
      const columns = view.getInt16(at + 5);
      ensure(2);
      if (rows > 0) text[to++] = COMMA;
      rows += 1;
      text[to++] = 0x5b; // [
      let from = at + 7;
      for (let column = 0; column < columns; column += 1) {
        // each column: its length (int32; -1 for NULL), then its text
        const length = view.getInt32(from);
        from += 4;
        // its comma and quotes, or null; at worst every byte a control character, written \u00XX
        ensure(6 * Math.max(length, 0) + 8);
        if (column > 0) text[to++] = COMMA;
        if (length < 0) {
          text.set(NULL_BYTES, to);
          to += NULL_BYTES.length;
          continue;
        }
        to = writeColumn(kinds[column] ?? 'text', reply, from, from + length, text, to);
        from += length;
      }
      ensure(1);
      text[to++] = 0x5d; // ]
    }
    at = end;
  }
  ensure(1);
  text[to++] = 0x5d; // ]
  scratch.keep(text);
  const values = JSON.parse(utf8.decode(text.subarray(0, to))) as unknown[][];
  for (let column = 0; column < kinds.length; column += 1) {
    if (kinds[column] !== 'timestamp') continue;
    for (const row of values) if (row[column] !== null) row[column] = parseTimestamp(row[column] as string);
  }
  return values;
}

/** The kinds of a RowDescription's columns, by their type OIDs. */
function columnKindsOf(reply: Uint8Array, view: DataView, at: number): RowArrayColumnKind[] {
  const count = view.getInt16(at + 5);
  const kinds: RowArrayColumnKind[] = [];
  let from = at + 7;
  for (let i = 0; i < count; i += 1) {
    // the name (NUL-terminated), then table OID (4), attribute number (2), type OID (4), size (2), modifier (4), format (2)
    while (reply[from] !== 0) from += 1;
    from += 1;
    kinds.push(ROW_ARRAY_COLUMN_KINDS.get(view.getUint32(from + 6)) ?? 'text');
    from += 18;
  }
  return kinds;
}

/** Writes one column's text (`from`..`end` of `source`) as JSON into `target` at `to`; returns where it ended. */
function writeColumn(kind: RowArrayColumnKind, source: Uint8Array, from: number, end: number, target: Uint8Array, to: number): number {
  switch (kind) {
    case 'json':
      return copy(source, from, end, target, to);
    case 'number': {
      const first = source[from]!;
      const digit = first === 0x2d ? source[from + 1]! : first; // a minus sign, then
      if (digit >= 0x30 && digit <= 0x39) return copy(source, from, end, target, to);
      break; // NaN, Infinity, -Infinity
    }
    case 'boolean': {
      const word = source[from] === 0x74 ? TRUE_BYTES : FALSE_BYTES; // t
      target.set(word, to);
      return to + word.length;
    }
    case 'integers':
      for (let i = from; i < end; i += 1) {
        const byte = source[i]!;
        // braces as brackets, NULL as null
        target[to++] = byte === 0x7b ? 0x5b : byte === 0x7d ? 0x5d : byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
      }
      return to;
  }
  target[to++] = QUOTE;
  to = copyEscaped(source, from, end, target, to);
  target[to++] = QUOTE;
  return to;
}

function copy(source: Uint8Array, from: number, end: number, target: Uint8Array, to: number): number {
  for (let i = from; i < end; i += 1) target[to++] = source[i]!;
  return to;
}

/**
 * Copies bytes `from`..`end` of `source` into `target` at `to` as the inside of a JSON string;
 * returns where it ended. Byte by byte: most values are short, and a subarray to copy from costs
 * more than copying them.
 */
function copyEscaped(source: Uint8Array, from: number, end: number, target: Uint8Array, to: number): number {
  for (let i = from; i < end; i += 1) {
    const byte = source[i]!;
    if (byte >= 0x20 && byte !== QUOTE && byte !== BACKSLASH) {
      target[to++] = byte;
    } else if (byte === QUOTE || byte === BACKSLASH) {
      target[to++] = BACKSLASH;
      target[to++] = byte;
    } else {
      target[to++] = BACKSLASH;
      target[to++] = 0x75; // u
      target[to++] = 0x30;
      target[to++] = 0x30;
      target[to++] = HEX[byte >> 4]!;
      target[to++] = HEX[byte & 0xf]!;
    }
  }
  return to;
}

function databaseErrorOf(message: Uint8Array): Error {
  let error: Error = new Error('the store answered with an error it could not read');
  new protocol.Parser().parse(message, (parsed) => {
    if (parsed instanceof Error) error = parsed;
  });
  return error;
}
