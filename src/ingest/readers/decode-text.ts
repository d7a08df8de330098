import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { TesseraError } from '../../model/index.js';

/** How a text file's bytes became text, and what the analyst should know about it. */
export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in (`utf-8`, `utf-16le`, `windows-1256`, …). */
  encoding: string;
  /** Set when the encoding was guessed rather than declared or valid UTF-8. */
  warning: string | null;
}

export interface DecodeTextOptions {
  /** Read the bytes in this encoding (any name iconv-lite knows), skipping detection. */
  encoding?: string;
}

/**
 * A detected legacy encoding is trusted only with this confidence (0–100) and this lead over the
 * runner-up; chardet tells Arabic Windows-1256 from Hebrew ISO-8859-8 by a few points, and a wrong
 * guess garbles every name, so a close call is refused with the candidates named.
 */
const MIN_DETECTION_CONFIDENCE = 40;
const MIN_DETECTION_LEAD = 10;
/**
 * Detections trusted at all: Latin and Cyrillic code pages, which chardet tells apart reliably.
 * Arabic-script files in Windows-1256 are detected as Hebrew ISO-8859-8 by 10–15 points, so
 * Arabic and Hebrew code pages are never guessed: the file is refused with the candidates named.
 */
const TRUSTED_DETECTIONS = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15', 'windows-1250', 'iso-8859-2', 'windows-1251', 'koi8-r']);

/**
 * Decodes a text file's bytes. UTF-8 (with or without BOM) and UTF-16 (with BOM, or plainly
 * UTF-16 by its zero bytes) are read as such. Bytes that are not UTF-8 are either a file mostly
 * in UTF-8 with bad bytes — refused with the offset of the first bad byte, since any guess would
 * garble the rest — or a legacy Latin or Cyrillic code page (Windows-1252, -1251, KOI8-R…) read by
 * detection with a warning naming it; anything else is refused. Never silently Latin-1. `name` names the file in messages.
 */
export function decodeTextBytes(bytes: Uint8Array, name: string, options: DecodeTextOptions = {}): DecodedText {
  if (options.encoding !== undefined) return decodeAs(bytes, name, options.encoding);
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeUtf8(bytes.subarray(3), name), encoding: 'utf-8', warning: null };
  if (hasPrefix(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warning: null };
  if (hasPrefix(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warning: null };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) {
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, warning: `${name}: no byte-order mark; read as ${utf16.toUpperCase()} by its zero bytes` };
  }
  const badOffset = firstInvalidUtf8Offset(bytes);
  if (badOffset === null) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warning: null };
  if (bytes.includes(0)) throw new TesseraError('corrupt_file', `${name}: not a text file (binary content)`);
  if (countUtf8Sequences(bytes) > 0) {
    throw new TesseraError(
      'corrupt_file',
      `${name}: not valid UTF-8 at byte ${badOffset} although the rest is UTF-8; fix that byte or name the encoding with --encoding`,
      { byteOffset: badOffset },
    );
  }
  const candidates = analyse(bytes).filter((match) => match.name !== 'UTF-8' && iconv.encodingExists(match.name));
  const [best, runnerUp] = candidates;
  const isClear =
    best !== undefined &&
    TRUSTED_DETECTIONS.has(best.name.toLowerCase()) &&
    best.confidence >= MIN_DETECTION_CONFIDENCE &&
    best.confidence - (runnerUp?.confidence ?? 0) >= MIN_DETECTION_LEAD;
  if (!isClear) {
    const named = candidates.slice(0, 3).map((match) => match.name.toLowerCase());
    throw new TesseraError(
      'corrupt_file',
      `${name}: not UTF-8 (first bad byte at ${badOffset}) and its encoding cannot be told` +
        `${named.length > 0 ? ` (perhaps ${named.join(' or ')})` : ''}; name it with --encoding`,
      { byteOffset: badOffset, candidates: named },
    );
  }
  const encoding = best.name.toLowerCase();
  return {
    text: iconv.decode(Buffer.from(bytes), encoding),
    encoding,
    warning: `${name}: not UTF-8; read as ${encoding} (detected, confidence ${best.confidence}%): check names in other scripts, or name the encoding with --encoding`,
  };
}

function decodeAs(bytes: Uint8Array, name: string, encoding: string): DecodedText {
  if (!iconv.encodingExists(encoding)) {
    throw new TesseraError('invalid_input', `${name}: unknown encoding "${encoding}"`);
  }
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding: encoding.toLowerCase(), warning: null };
}

function decodeUtf8(bytes: Uint8Array, name: string): string {
  const badOffset = firstInvalidUtf8Offset(bytes);
  if (badOffset !== null) {
    throw new TesseraError('corrupt_file', `${name}: marked UTF-8 but not valid UTF-8 at byte ${badOffset + 3}`, { byteOffset: badOffset + 3 });
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** UTF-16 without a BOM: most code units of ASCII text have one zero byte, always on the same side. */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 16) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] === 0) return null; // U+0000 is not text: binary
    if (bytes[i] === 0) zeroEven += 1;
    if (bytes[i + 1] === 0) zeroOdd += 1;
  }
  const units = sample / 2;
  if (zeroOdd > units * 0.4 && zeroEven < units * 0.05) return 'utf-16le';
  if (zeroEven > units * 0.4 && zeroOdd < units * 0.05) return 'utf-16be';
  return null;
}

/** The offset of the first byte that breaks UTF-8, or null when all of it is valid. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return null;
}

/** How many valid multi-byte UTF-8 sequences the bytes hold: text in another encoding has almost none. */
function countUtf8Sequences(bytes: Uint8Array): number {
  let count = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 1) count += 1;
    i += Math.max(length, 1);
  }
  return count;
}

/** The length of the valid UTF-8 sequence at `i` (1–4), or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  let length: number;
  let min: number;
  if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
  else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
  else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
  else return 0;
  if (i + length > bytes.length) return 0;
  let codePoint = lead & (0xff >> (length + 1));
  for (let k = 1; k < length; k += 1) {
    const next = bytes[i + k]!;
    if ((next & 0xc0) !== 0x80) return 0;
    codePoint = (codePoint << 6) | (next & 0x3f);
  }
  if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return 0;
  return length;
}
