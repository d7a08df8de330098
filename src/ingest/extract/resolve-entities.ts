import type { Sentence } from '../../model/index.js';
import { detectScript, matchNames } from '../../names/index.js';
import { lookupKey } from '../reference/index.js';
import type { ExtractedEntity, ExtractedName, TextSpan } from '../extraction.js';
import type { AliasLink } from './find-aliases.js';
import type { Mention } from './mention.js';
import { countBefore } from './count-before.js';
import { boundedMemo } from './bounded-memo.js';
import { standaloneOccurrences } from './standalone-occurrences.js';

/** Built once here: a \p{…} literal inside a function compiles to `new RegExp` at each call. */
/** A two-letter acronym in capitals: "KH", "AA". */
const TWO_CAPITALS = /^[A-Z]{2}$/;

/** The entities of one document and which entity each mention names. */
export interface ResolvedEntities {
  entities: ExtractedEntity[];
  /** Entity key of each mention (same order as the mentions array, which may have grown). */
  entityOf: string[];
  mentions: Mention[];
  /** A name's lookup key (lookupKey), made once per name of the document: later stages key the same names. */
  keyOf: (name: string) => string;
}

/** A place named with its division's kind after it: "Silame LGA", "Panjgur district", "Lubero territory". */
const DIVISION_TAIL = /^(\p{Lu}[\p{L}\p{M}\s'’-]*?)\s+(?:district|LGA|county|sub-county|tehsil|territory|municipality|commune|department|prefecture)$/u;
/**
 * A place or a site named with a lower-case kind after it, which reports also name bare: "Anbar province" ("Anbar"),
 * "the al-Harir air base" ("al-Harir"), "Sabarmati jail", "the Qandil mountains" ("Qandil"), "Raqqa city", "the Barajas airport".
 */
const KIND_TAIL = /^(\p{L}[\p{L}\p{M}\s'’-]*?)\s+(?:province|region|governorate|state|oblast|air base|airbase|base|prison|jail|camp|mountains|hills|valley|city|airport|shrine)$/u;
/** An armed group's office named with a lower-case "office" after it, which reports also name bare: "the al-Karrar office" ("al-Karrar"). */
const OFFICE_TAIL = /^(\p{L}[\p{L}\p{M}\s'’-]*?)\s+office$/u;

/**
 * A name's lookup key (lookupKey) and script (detectScript), made once per name in a process: a document names each
 * entity many times over, and reports name the same ones.
 */
const nameKey = boundedMemo(lookupKey);
const scriptOf = boundedMemo(detectScript);

/**
 * Groups mentions into entities: one per reference-pack entry, gazetteer place or pattern
 * name, joined where the text gives an alias, where a later rendering of a person's name
 * matches an earlier one (names/ matching, across scripts), and where an alias or acronym
 * the text introduced is used again later.
 */
export function resolveEntities(
  text: string, bodyEnd: number, sentences: readonly Sentence[], found: readonly Mention[], aliases: readonly AliasLink[],
  renderings: Map<string, boolean> = new Map(),
): ResolvedEntities {
  const mentions = [...found];
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r) as string;
    return r;
  };
  const typeOfKey = new Map<string, Mention>();
  for (const m of mentions) if (!typeOfKey.has(m.key)) typeOfKey.set(m.key, m);
  const isAnchored = (k: string): boolean => k.startsWith('ref:') || k.startsWith('geo:');
  const union = (owner: string, other: string): void => {
    const a = find(owner);
    const b = find(other);
    if (a === b) return;
    // two different pack entries or places never become one
    if (isAnchored(a) && isAnchored(b)) return;
    if (typeOfKey.get(a)?.type !== typeOfKey.get(b)?.type && isAnchored(b)) return;
    if (isAnchored(b)) parent.set(a, b);
    else parent.set(b, a);
  };

  const aliasNames: { key: string; value: string; kind: ExtractedName['kind']; start: number; end: number }[] = [];
  for (const link of aliases) {
    const owner = mentions[link.owner] as Mention;
    if (link.mention !== null) {
      const other = mentions[link.mention] as Mention;
      if (other.type === 'location' && owner.type !== 'location') continue;
      union(owner.key, other.key);
    }
    if (link.mention === null || (mentions[link.mention] as Mention).text !== link.value) {
      mentions.push({
        start: link.start, end: link.end, text: link.value, type: owner.type, basis: 'alias', key: owner.key, ref: null,
        place: null, name: link.value, token: -1,
      });
    }
    aliasNames.push({ key: owner.key, value: link.value, kind: link.kind, start: link.start, end: link.end });
  }

  // renderings of one person's name: matchNames across spellings and scripts
  const personKeys = [...new Set(mentions.filter((m) => m.type === 'person').map((m) => m.key))];
  const names = new Map<string, string>();
  for (const m of mentions) if (m.type === 'person' && m.basis !== 'coreference' && !names.has(m.key)) names.set(m.key, m.name);
  // a cheap gate before matchNames: another script, or two words starting alike
  const people = personKeys
    .map((key) => {
      const name = names.get(key) ?? key;
      const words = nameKey(name).split(' ').filter((w) => w.length > 2);
      return { key, name, isLatin: scriptOf(name) === 'latin', starts: new Set(words.map((w) => w.slice(0, 2))), size: name.split(/\s+/).length };
    })
    .filter((p) => p.size >= 2);
  for (let x = 0; x < people.length; x++) {
    const a = people[x]!;
    for (let y = x + 1; y < people.length; y++) {
      const b = people[y]!;
      if (a.isLatin && b.isLatin && !sharesAny(a.starts, b.starts)) continue;
      if (find(a.key) === find(b.key)) continue;
      if (isSameRendering(a.name, b.name, renderings)) union(a.key, b.key);
    }
  }

  // later uses of a name the text introduced as an alias or acronym
  const mask = new Uint8Array(Math.min(bodyEnd, text.length) + 1);
  for (const m of mentions) mask.fill(1, m.start, Math.min(m.end, mask.length));
  const covered = (s: number, e: number): boolean => {
    for (let k = s; k < e && k < mask.length; k++) if (mask[k]) return true;
    return false;
  };
  const scanned = new Set<string>();
  for (const a of aliasNames) {
    // (a two-letter acronym the text gives in capitals, "Kataib Hezbollah (KH)", is read later too, but not in a line of capitals)
    const short = a.value.length === 2;
    if (a.value.length < 2 || short && !TWO_CAPITALS.test(a.value) || scanned.has(`${a.key}\u0000${a.value}`)) continue;
    scanned.add(`${a.key}\u0000${a.value}`);
    for (const at of standaloneOccurrences(text, a.value, bodyEnd)) {
      const m = { index: at };
      if (covered(m.index, m.index + a.value.length)) continue;
      if (short && !/\p{Ll}/u.test(text.slice(Math.max(0, at - 12), at + 14))) continue;
      const owner = typeOfKey.get(a.key) ?? mentions.find((x) => x.key === a.key);
      if (!owner) continue;
      mask.fill(1, m.index, Math.min(m.index + a.value.length, mask.length));
      mentions.push({
        start: m.index, end: m.index + a.value.length, text: a.value, type: owner.type, basis: 'coreference', key: a.key,
        ref: null, place: null, name: a.value, token: -1,
      });
    }
  }

  mentions.sort((a, b) => a.start - b.start);
  // (pushed, not mapped: V8 makes an array it maps in optimised code holey and one mapped in the interpreter packed, and
  // every reader of entityOf compiled for the one kind is thrown away and compiled again when the other comes)
  const entityOf: string[] = [];
  for (const m of mentions) entityOf.push(find(m.key));
  const groups = new Map<string, Mention[]>();
  mentions.forEach((m, i) => {
    const k = entityOf[i] as string;
    const list = groups.get(k) ?? [];
    list.push(m);
    groups.set(k, list);
  });

  const sentenceOf = makeSentenceFinder(sentences);
  const keyOf = nameKey;
  const kindOf = new Map<string, ExtractedName['kind']>();
  for (const a of aliasNames) kindOf.set(keyOf(a.value), a.kind);

  // the entities each name (lookup key) is given to, so that a bare name is taken by no second entity;
  // built at the first name with a kind after it ("Anbar province"), which most documents never reach
  let holders: Map<string, Set<string>> | null = null;
  const holdersOf = (name: string): Set<string> | undefined => {
    if (!holders) {
      holders = new Map();
      for (const [key, list] of groups) {
        for (const m of list) {
          const k = keyOf(m.name);
          const set = holders.get(k) ?? new Set<string>();
          set.add(key);
          holders.set(k, set);
        }
      }
    }
    return holders.get(keyOf(name));
  };
  const entities: ExtractedEntity[] = [];
  for (const [key, list] of groups) {
    const anchor = list.find((m) => m.ref) ?? list.find((m) => m.place) ?? null;
    const ref = anchor?.ref ?? null;
    const place = list.find((m) => m.place && m.basis === 'gazetteer')?.place ?? null;
    const type = ref?.type ?? majorityType(list);
    const counts = new Map<string, { value: string; n: number; first: Mention }>();
    for (const m of list) {
      const k = keyOf(m.name);
      if (k === '') continue;
      const c = counts.get(k);
      if (c) c.n += 1;
      else counts.set(k, { value: m.name, n: 1, first: m });
    }
    const primaryCandidates = [...counts.values()].filter((c) => c.first.basis !== 'alias' && c.first.basis !== 'coreference');
    const pool = primaryCandidates.length > 0 ? primaryCandidates : [...counts.values()];
    // the first full name the text gives (two words or more), else the longest
    const full = pool.filter((c) => c.value.split(/\s+/).length >= 2).sort((a, b) => a.first.start - b.first.start);
    pool.sort((a, b) => b.value.split(/\s+/).length - a.value.split(/\s+/).length || b.n - a.n || a.first.start - b.first.start);
    if (full[0] && type === 'person') pool.unshift(full[0]);
    const name = ref?.name ?? (type === 'location' && place && pool[0] && keyOf(pool[0].value).startsWith(keyOf(place.name)) ? pool[0].value : pool[0]?.value) ?? key;
    const names: ExtractedName[] = [];
    const seen = new Set<string>();
    const addName = (value: string, kind: ExtractedName['kind'], span: TextSpan | null): void => {
      const k = keyOf(value);
      if (k === '' || seen.has(k)) return;
      seen.add(k);
      names.push({ value, kind, script: scriptOf(value), span });
    };
    addName(name, 'primary', null);
    for (const m of list) {
      const k = keyOf(m.name);
      const kind = kindOf.get(k) ?? (scriptOf(m.name) !== 'latin' ? 'transliteration' : isAcronym(m.name) ? 'acronym' : 'alias');
      addName(m.name, kind, span(m, sentenceOf));
      // "General Marta J. Olsen": the titled form is a name too
      if (m.text !== m.name && m.type === 'person') addName(m.text, 'alias', span(m, sentenceOf));
    }
    if (ref) for (const v of ref.aliases) addName(v, scriptOf(v) !== 'latin' ? 'transliteration' : isAcronym(v) ? 'acronym' : 'alias', null);
    if (place) addName(place.name, 'alias', null);
    // "Silame LGA", "Panjgur district": a division the gazetteer lacks is named bare as well ("Silame")
    const bare = type === 'location' && !place ? DIVISION_TAIL.exec(name) : null;
    if (bare) addName(bare[1] as string, 'alias', null);
    // ("Anbar province": "Anbar"; "the al-Harir air base": "al-Harir"; "the al-Karrar office": "al-Karrar"), unless another entity holds that name
    const kind = type === 'location' && !bare ? KIND_TAIL.exec(name) : type === 'group' ? OFFICE_TAIL.exec(name) : null;
    if (kind && [...(holdersOf(kind[1] as string) ?? [])].every((k) => k === key)) addName(kind[1] as string, 'alias', null);
    const attributes: ExtractedEntity['attributes'] = [];
    if (!place && ref?.type === 'location' && ref.country) {
      attributes.push({ attribute: 'country', value: ref.country, span: null });
      attributes.push({ attribute: 'level', value: 'region', span: null });
    }
    if (place) {
      attributes.push({ attribute: 'country', value: place.country, span: null });
      if (place.admin1) attributes.push({ attribute: 'admin1', value: place.admin1, span: null });
      attributes.push({ attribute: 'level', value: place.level, span: null });
      attributes.push({ attribute: 'latitude', value: place.latitude, span: null });
      attributes.push({ attribute: 'longitude', value: place.longitude, span: null });
    }
    entities.push({
      key,
      type,
      name,
      names,
      mentions: list.map((m) => span(m, sentenceOf)),
      referenceId: ref ? `ref:${ref.id}` : place ? place.id : null,
      attributes,
    });
  }
  return { entities, entityOf, mentions, keyOf };
}

/**
 * Two renderings of one person's name (names/ matching, across spellings and scripts), the
 * verdict remembered in `renderings` (the caller's: an ingest run keeps one across its documents).
 */
function isSameRendering(a: string, b: string, renderings: Map<string, boolean>): boolean {
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let same = renderings.get(key);
  if (same === undefined) {
    if (renderings.size > 20_000) renderings.clear();
    same = matchNames(a, b, { kind: 'person' }).score >= 0.92;
    renderings.set(key, same);
  }
  return same;
}

/** Whether two sets have a member in common. */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

function majorityType(list: readonly Mention[]): Mention['type'] {
  const n = new Map<Mention['type'], number>();
  for (const m of list) if (m.basis !== 'alias' && m.basis !== 'coreference') n.set(m.type, (n.get(m.type) ?? 0) + 1);
  let best: Mention['type'] = (list[0] as Mention).type;
  let count = 0;
  for (const [t, c] of n) if (c > count) { best = t; count = c; }
  return best;
}

function span(m: Mention, sentenceOf: (pos: number) => number): TextSpan {
  return { start: m.start, end: m.end, sentence: sentenceOf(m.start) };
}

/** The index of the sentence holding a character position (binary search; -1 outside every sentence). */
export function makeSentenceFinder(sentences: readonly Sentence[]): (pos: number) => number {
  return (pos) => {
    const found = countBefore(sentences, (s) => s.start, pos, true) - 1;
    if (found < 0) return -1;
    const s = sentences[found] as Sentence;
    return pos < s.end + 8 ? s.index : -1;
  };
}

function isAcronym(value: string): boolean {
  return /^[A-Z][A-Z0-9&/.-]{1,9}$/.test(value) && /[A-Z].*[A-Z]/.test(value);
}
