import { isWordCode, WordOpenings, type WordIndex } from './word-index.js';
import { countBefore } from './count-before.js';

/**
 * A pattern that opens with a word boundary and one of a set of words ("\b(?:killed|assassinated) …"),
 * read only at the starts of the words its matches can begin with. A big alternation run with the `i`
 * flag over a whole report tries every character; the words it can open with are few, and a word index
 * (word-index.ts) finds them at once. The matches are the ones the pattern's own global search gives,
 * in the same order: every place a match can start is tried, with the pattern made sticky there.
 *
 * The opening words are read from the pattern's source: the literal text every match must begin with,
 * branch by branch, up to the first class, wildcard or repetition (a number opens on its first digit, `\d`).
 * A pattern whose openings cannot be read so (no word boundary first, another class or a wildcard at the
 * start, `i` with `u`) is searched as usual.
 */
export class AnchoredPattern {
  /** The pattern as given (searched as usual when it has no openings). */
  readonly pattern: RegExp;
  /** Lower-case ASCII texts every match begins with (none the start of another), or null. */
  readonly openings: readonly string[] | null;
  private readonly grouped: WordOpenings | null;
  private readonly sticky: RegExp;
  private readonly global: RegExp;

  constructor(pattern: RegExp) {
    this.pattern = pattern;
    this.openings = openingsOf(pattern);
    this.grouped = this.openings === null ? null : new WordOpenings(this.openings);
    const flags = pattern.flags.replace(/[gy]/g, '');
    this.sticky = new RegExp(pattern.source, `${flags}y`);
    this.global = new RegExp(pattern.source, `${flags}g`);
  }

  /** Where matches may start in the index's text, or null when the pattern has no openings. */
  startsIn(index: WordIndex): Int32Array | null {
    return this.grouped === null ? null : index.startsOf(this.grouped);
  }

  /**
   * Every match in `str`, which is `index.text` from `offset` on, as `str.matchAll(pattern)` finds them;
   * `starts` is `startsIn(index)`. Indexes are in `str`.
   */
  matchesIn(str: string, offset: number, index: WordIndex, starts: Int32Array | null): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    if (starts === null || offset < index.from || offset + str.length > index.to) {
      const re = this.global;
      re.lastIndex = 0;
      for (let m = re.exec(str); m !== null; m = re.exec(str)) {
        found.push(m);
        if (m[0].length === 0) re.lastIndex += 1;
      }
      return found;
    }
    const re = this.sticky;
    let next = 0;
    // a word cut by the start of `str` starts a word in `str` (the index does not know that start)
    if (str.length > 0 && offset > index.from && isWordCode(index.text.charCodeAt(offset - 1)) && isWordCode(str.charCodeAt(0))) {
      re.lastIndex = 0;
      const m = re.exec(str);
      if (m !== null) {
        found.push(m);
        next = Math.max(1, m[0].length);
      }
    }
    const end = offset + str.length;
    for (let k = firstAtOrAfter(starts, offset + next); k < starts.length; k++) {
      const at = (starts[k] as number) - offset;
      if (at + offset >= end) break;
      if (at < next) continue;
      re.lastIndex = at;
      const m = re.exec(str);
      if (m === null) continue;
      found.push(m);
      next = at + Math.max(1, m[0].length);
    }
    return found;
  }

  /** The first match in `str` (`index.text` from `offset` on), as `pattern.exec(str)` finds it without the `g` flag. */
  firstIn(str: string, offset: number, index: WordIndex, starts: Int32Array | null): RegExpExecArray | null {
    if (starts === null || offset < index.from || offset + str.length > index.to) {
      const re = this.global;
      re.lastIndex = 0;
      return re.exec(str);
    }
    const re = this.sticky;
    if (str.length > 0 && offset > index.from && isWordCode(index.text.charCodeAt(offset - 1)) && isWordCode(str.charCodeAt(0))) {
      re.lastIndex = 0;
      const m = re.exec(str);
      if (m !== null) return m;
    }
    const end = offset + str.length;
    for (let k = firstAtOrAfter(starts, offset); k < starts.length && (starts[k] as number) < end; k++) {
      re.lastIndex = (starts[k] as number) - offset;
      const m = re.exec(str);
      if (m !== null) return m;
    }
    return null;
  }
}

/** The first k with starts[k] >= at. */
function firstAtOrAfter(starts: Int32Array, at: number): number {
  return countBefore(starts, (start) => start, at);
}

// ---- reading a pattern's openings from its source ----

type Node =
  | { kind: 'char'; code: number }
  | { kind: 'set'; codes: readonly number[] | null }
  | { kind: 'assert'; isWordBoundary: boolean }
  | { kind: 'group'; alternatives: Term[][] };

interface Term {
  node: Node;
  min: number;
  max: number;
}

/**
 * Openings longer than this are cut (a longer literal only narrows the places tried); when the pattern
 * has too many openings of the first length, they are read again cut shorter, down to the last.
 */
const OPENING_LENGTHS = [10, 6, 4, 3] as const;
/** More openings than this at every length and the pattern is searched as usual. */
const MAX_OPENINGS = 400;
/** The digits, which `\d` stands for: a match opening on a number opens on one of them (and its opening ends there). */
const DIGIT_CODES: readonly number[] = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];
/** Terms read before giving up (a repetition that may read nothing would go on for ever). */
const MAX_DEPTH = 300;

/**
 * The lower-case texts every match of `pattern` begins with, each starting with a word character that
 * the pattern's leading `\b` makes the start of a word; null when they cannot be told.
 */
export function openingsOf(pattern: RegExp): string[] | null {
  const { flags } = pattern;
  // (with `i` and `u` together, \w and \b take in ſ and the Kelvin sign; with `v` classes nest)
  if ((flags.includes('i') && flags.includes('u')) || flags.includes('v')) return null;
  let alternatives: Term[][];
  try {
    alternatives = new SourceParser(pattern.source).parse();
  } catch {
    return null;
  }
  for (const terms of alternatives) {
    // a word boundary among the zero-width terms before the first character read
    let k = 0;
    let hasBoundary = false;
    while (k < terms.length && (terms[k] as Term).node.kind === 'assert') {
      const node = (terms[k] as Term).node;
      if (node.kind === 'assert' && node.isWordBoundary && (terms[k] as Term).min >= 1) hasBoundary = true;
      k++;
    }
    if (!hasBoundary) return null;
  }
  // ("\b(early|mid|late|…)[ -](January|…)": too many openings of ten letters, a few dozen of four)
  for (const maxLength of OPENING_LENGTHS) {
    const found = new Set<string>();
    if (alternatives.every((terms) => collectOpenings(terms, '', found, maxLength))) return minimalOpenings(found);
  }
  return null;
}

/** The openings found, none the start of another, or null when one does not open a word. */
function minimalOpenings(found: ReadonlySet<string>): string[] | null {
  const openings = [...found];
  for (const o of openings) if (o === '' || !isWordCode(o.charCodeAt(0))) return null;
  openings.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const o of openings) if (!kept.some((k) => o.startsWith(k))) kept.push(o);
  return kept;
}

/** Adds to `found` the literal openings of the matches of `terms`, each after `acc`, cut at `maxLength`; false when too many. */
function collectOpenings(terms: readonly Term[], acc: string, found: Set<string>, maxLength: number, depth = 0): boolean {
  if (found.size > MAX_OPENINGS || depth > MAX_DEPTH) return false;
  if (terms.length === 0 || acc.length >= maxLength) {
    found.add(acc);
    return true;
  }
  const term = terms[0] as Term;
  const rest = terms.slice(1);
  if (term.node.kind === 'assert' || term.max === 0) return collectOpenings(rest, acc, found, maxLength, depth + 1);
  // not taken at all
  if (term.min === 0 && !collectOpenings(rest, acc, found, maxLength, depth + 1)) return false;
  // taken once, then what is left of its repetitions: X{m,n} reads as X X{m-1,n-1}
  const after = term.max > 1 ? [{ node: term.node, min: Math.max(0, term.min - 1), max: term.max - 1 }, ...rest] : rest;
  const node = term.node;
  if (node.kind === 'char' || node.kind === 'set') {
    const codes = node.kind === 'char' ? [node.code] : node.codes;
    if (codes === null) {
      found.add(acc);
      return true;
    }
    // (a digit opens a number: the opening ends on its first digit, as it ends before any other class it meets)
    if (codes === DIGIT_CODES) {
      if (acc === '') for (const code of codes) found.add(String.fromCharCode(code));
      else found.add(acc);
      return true;
    }
    for (const code of new Set(codes.map(foldCode))) {
      if (code === null) found.add(acc);
      else if (!collectOpenings(after, acc + String.fromCharCode(code), found, maxLength, depth + 1)) return false;
    }
    return true;
  }
  for (const alternative of node.alternatives) {
    if (!collectOpenings([...alternative, ...after], acc, found, maxLength, depth + 1)) return false;
  }
  return true;
}

/** A character as the word index compares it: ASCII letters in lower case; null past ASCII (where case folding is the engine's). */
function foldCode(code: number): number | null {
  if (code >= 128) return null;
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** A parser of the pattern syntax the extractor's patterns use; throws on anything else. */
class SourceParser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Term[][] {
    const alternatives = this.alternatives();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]}`);
    return alternatives;
  }

  private alternatives(): Term[][] {
    const list = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      list.push(this.sequence());
    }
    return list;
  }

  private sequence(): Term[] {
    const terms: Term[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') terms.push(this.term());
    return terms;
  }

  private term(): Term {
    const node = this.atom();
    let min = 1;
    let max = 1;
    const c = this.source[this.at];
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.at += m[0].length - 1;
      } else {
        return { node, min, max };
      }
    } else {
      return { node, min, max };
    }
    this.at++;
    // a lazy quantifier reads the same texts
    if (this.source[this.at] === '?') this.at++;
    return { node, min, max };
  }

  private atom(): Node {
    const { source } = this;
    const c = source[this.at] as string;
    if (c === '(') {
      this.at++;
      let isAssertion = false;
      if (source.startsWith('?:', this.at)) this.at += 2;
      else if (source.startsWith('?=', this.at) || source.startsWith('?!', this.at)) {
        this.at += 2;
        isAssertion = true;
      } else if (source.startsWith('?<=', this.at) || source.startsWith('?<!', this.at)) {
        this.at += 3;
        isAssertion = true;
      } else if (source.startsWith('?<', this.at)) {
        const close = source.indexOf('>', this.at);
        if (close < 0) throw new Error('unclosed group name');
        this.at = close + 1;
      } else if (source[this.at] === '?') {
        throw new Error('unknown group');
      }
      const alternatives = this.alternatives();
      if (source[this.at] !== ')') throw new Error('unclosed group');
      this.at++;
      return isAssertion ? { kind: 'assert', isWordBoundary: false } : { kind: 'group', alternatives };
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    this.at++;
    if (c === '.') return { kind: 'set', codes: null };
    if (c === '^' || c === '$') return { kind: 'assert', isWordBoundary: false };
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Error(`unexpected ${c}`);
    return { kind: 'char', code: c.charCodeAt(0) };
  }

  private escape(): Node {
    const { source } = this;
    const c = source[this.at + 1];
    if (c === undefined) throw new Error('trailing backslash');
    this.at += 2;
    if (c === 'b') return { kind: 'assert', isWordBoundary: true };
    if (c === 'B') return { kind: 'assert', isWordBoundary: false };
    if (c === 'd') return { kind: 'set', codes: DIGIT_CODES };
    if ('DwWsSpPkc'.includes(c) || /\d/.test(c)) {
      if ((c === 'p' || c === 'P' || c === 'k') && /[{<]/.test(source[this.at] ?? '')) {
        const close = source.indexOf(source[this.at] === '{' ? '}' : '>', this.at);
        if (close < 0) throw new Error('unclosed escape');
        this.at = close + 1;
      }
      return { kind: 'set', codes: null };
    }
    return { kind: 'char', code: this.escapedCode(c) };
  }

  /** The character an escape other than a class or assertion stands for (\n, \x41, \u2019, \. …). */
  private escapedCode(c: string): number {
    const { source } = this;
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
    if (c in simple) return simple[c] as number;
    if (c === 'x' || c === 'u') {
      const m = c === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(this.at)) : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(source.slice(this.at));
      if (!m) throw new Error('bad hex escape');
      this.at += m[0].length;
      return parseInt(m[0].replace(/[{}]/g, ''), 16);
    }
    return c.charCodeAt(0);
  }

  private characterClass(): Node {
    const { source } = this;
    this.at++;
    let isNegated = false;
    if (source[this.at] === '^') {
      isNegated = true;
      this.at++;
    }
    let codes: number[] | null = [];
    while (source[this.at] !== ']') {
      if (this.at >= source.length) throw new Error('unclosed class');
      let code: number | null;
      if (source[this.at] === '\\') {
        const c = source[this.at + 1] as string;
        if ('dDwWsSpPbB'.includes(c)) {
          this.at += 2;
          if ((c === 'p' || c === 'P') && source[this.at] === '{') this.at = source.indexOf('}', this.at) + 1;
          codes = null;
          continue;
        }
        this.at += 2;
        code = this.escapedCode(c);
      } else {
        code = source.charCodeAt(this.at);
        this.at++;
      }
      if (source[this.at] === '-' && source[this.at + 1] !== ']') {
        // a range: its characters, when there are few
        this.at++;
        let to: number;
        if (source[this.at] === '\\') {
          const c = source[this.at + 1] as string;
          if ('dDwWsSpP'.includes(c)) throw new Error('class escape in a range');
          this.at += 2;
          to = this.escapedCode(c);
        } else {
          to = source.charCodeAt(this.at);
          this.at++;
        }
        if (codes !== null && to - code < 8) for (let k = code; k <= to; k++) codes.push(k);
        else codes = null;
        continue;
      }
      codes?.push(code);
    }
    this.at++;
    return { kind: 'set', codes: isNegated || codes === null || codes.length > 8 ? null : codes };
  }
}
