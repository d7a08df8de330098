import { comparePreparedNames, MATCH_THRESHOLD } from './match-names.js';
import { prepareName, type MatchKind, type PreparedName } from './prepare-name.js';
import { PostingLists } from './posting-lists.js';
import { variantKey } from './name-key.js';
import { DeletionIndex } from './deletion-index.js';
import { translateOrganizationWord } from './organization-translations.js';
import { GENERIC_WORDS, LEGAL_FORMS, ORGANIZATION_SYNONYMS } from './organization-words.js';
import { normaliseName } from './normalise.js';
import { explainAliasSet, type ReferenceAliases } from './reference-aliases.js';
import type { AliasSet } from './alias-set.js';

/** One name of an entity (an entity with aliases is added once per alias). */
export interface NameIndexEntry {
  id: string;
  name: string;
  /** Entity type ("person", "group", "organization", "media", "location"). */
  type?: string;
}

export interface NameLookupOptions {
  /** Only entries of this type (or these types). */
  type?: string | readonly string[];
  /** Most candidates returned (default 10). */
  limit?: number;
  /** Least score returned (default 0.5). */
  minScore?: number;
  /**
   * Only entries this accepts (e.g. names the reader may see): rejected entries are never scored,
   * so they neither match nor crowd out the ones accepted.
   */
  accept?: (id: string, name: string) => boolean;
  /** Person or organisation rules for the mention, when its type is known but not used as a filter. */
  kind?: MatchKind;
  /** Leave out the reference alias sets for this lookup (`names link --no-reference`). */
  noReference?: boolean;
  /**
   * Say why each candidate matched (default true). A caller that shows only the scores (search
   * suggestions) leaves it off: the candidates are then not compared a second time to explain them.
   */
  isExplained?: boolean;
}

export interface NameIndexOptions {
  /**
   * Known alias sets (the reference pack, an analyst's file): a mention and an indexed name that
   * are names of one set link at score 1, with the set's source in the explanation.
   */
  reference?: ReferenceAliases;
}

export interface NameCandidate {
  id: string;
  /** The entry's name that matched best. */
  name: string;
  type?: string;
  score: number;
  isMatch: boolean;
  explanation: string[];
}

/**
 * Key kinds and how much a shared key says, before the real comparison: a word's variant key (k),
 * vowel pattern (v), skeleton (s), prefix (p) and suffix (x); a name written as an acronym (a) and
 * the initials a name of several words could be abbreviated to (i).
 */
const KEY_WEIGHT = { k: 1, v: 0.8, s: 0.7, p: 0.4, x: 0.4, a: 1, i: 1 } as const;
type KeyKind = keyof typeof KEY_WEIGHT;
/** Candidates scored in full per lookup. */
const SHORTLIST = 10;
/** Candidate names kept parsed between lookups. */
const PREPARED_CACHE = 2_000;
/** Posting entries a lookup reads at most (beyond its rarest key). */
const SCAN_BUDGET = 20_000;
/** Lists longer than this add no new candidates once some are found; they re-rank. */
const OPEN_LIST = 2_000;
/** Posting entries (or binary-search probes) a lookup spends at most re-ranking with common keys. */
const RERANK_BUDGET = 60_000;
/** A binary-search probe into a long list costs about this many entries read through in order (cache misses). */
const PROBE_COST = 6;
/** Shortlisted candidates sharing less than this part of the best one's key weight are dropped. */
const SHORTLIST_SHARE = 0.6;

/** How much a word one letter away from a query word says, against the word itself. */
const NEIGHBOUR_WEIGHT = 0.8;
/** Shorter words have too many neighbours one letter away to stand in for them. */
const MIN_NEIGHBOUR_KEY = 5;
/** A word found nowhere this long (variant key) is tried as two indexed words written as one, each of at least MIN_SPLIT_PART letters. */
const MIN_SPLIT_KEY = 8;
const MIN_SPLIT_PART = 3;
/** The lengths of a word read as an acronym among other words when it is no indexed word. */
const MIN_ACRONYM_WORD = 3;
const MAX_ACRONYM_WORD = 5;
/** The Arabic article as variant keys write it on to a word's front (al-, el-), and the least rest of the word read without it. */
const ATTACHED_ARTICLE_KEYS = ['al', 'el'];
const MIN_ARTICLE_REST = 5;
/**
 * The second half of a compound Arabic name (X al-Din, X Allah) by its variant key, and the ways
 * it is written on to the first half with the article it had (Nasr al-Din: Nasruddin, Nasriddin,
 * Nasreddine, Nasrideen; Sayf Allah: Sayfullah, Seifallah).
 */
const DIN_JOINS = ['uddin', 'iddin', 'eddin', 'eddine', 'addin', 'ideen', 'din'];
const ALLAH_JOINS = ['ullah', 'allah', 'ollah'];
const COMPOUND_JOINS: Readonly<Record<string, readonly string[]>> = { din: DIN_JOINS, dine: DIN_JOINS, ala: ALLAH_JOINS, ula: ALLAH_JOINS };
/** A word's variant key ending in such a second half, at least MIN_SPLIT_PART letters before it (Safieddine, Sayfullah). */
const COMPOUND_ENDING_KEYS = /(?<=^[a-zA-Z]{3,})(udin|idin|edin|idine|edine|adin|din|dine|ula|ala)$/;
/** The letters variant keys are written in (see name-key.ts: folded spellings). */
const KEY_LETTERS = 'abdefijklmnprstuvzSCHG';
/** Characters before the word in a word's posting key ("k:"). */
const KEY_PREFIX = 2;

/**
 * The posting keys one letter away from a variant key, in a fixed order: a letter dropped (by
 * place), then a letter added (by place, then by letter). A changed letter is left to the skeleton
 * and prefix/suffix keys. Added letters are found through the deletion index rather than by
 * trying each of the key letters at each place.
 */
function neighbourLists(key: string, postings: PostingLists, longer: DeletionIndex, out: number[]): void {
  out.length = 0;
  for (let i = 0; i < key.length; i += 1) {
    const list = postings.find(`k:${key.slice(0, i)}${key.slice(i + 1)}`);
    if (list >= 0) out.push(list);
  }
  const dropped = out.length;
  const order: number[] = [];
  longer.forEachLonger(key, (neighbour, at) => {
    const letter = KEY_LETTERS.indexOf(neighbour[at + KEY_PREFIX]!);
    if (letter < 0) return;
    out.push(postings.find(neighbour));
    order.push(at * KEY_LETTERS.length + letter);
  });
  if (out.length - dropped < 2) return;
  const added = out.slice(dropped).map((list, i) => ({ list, order: order[i]! }));
  added.sort((a, b) => a.order - b.order);
  for (let i = 0; i < added.length; i += 1) out[dropped + i] = added[i]!.list;
}

/**
 * What a body's name scores against a mention written as a person's is on a list ("HAQQANI,
 * Nasiruddin", "JAMAL, Muhammad"), for ranking: the Haqqani Network or the Muhammad Jamal Network is
 * not the man it is named after.
 */
const BODY_FOR_PERSON_FORM = 0.6;

/** What a person's name scores against a mention written as a body's ("AL-SALAH ASSOCIATION", "X COMPANY"), for ranking. */
const PERSON_FOR_BODY_FORM = 0.6;

/**
 * A mention read as a body's name that says, in its own words, what kind of body it is: a legal
 * form (Company, LLC, GmbH; not the two-letter ones that are also name parts, Tuareg Ag, Korean Se)
 * or a generic word (Association, Brigades, Katibat), not one read through a translation (Sadoi).
 */
export function isBodyForm(mention: string, query: PreparedName): boolean {
  if (query.kind !== 'organization') return false;
  return normaliseName(mention)
    .split(' ')
    .some((word) => {
      const read = ORGANIZATION_SYNONYMS[word] ?? word;
      return GENERIC_WORDS.has(read) || (LEGAL_FORMS.has(read) && (read.length >= 3 || read === 'co'));
    });
}

/**
 * A mention written as lists write a person's name, family name first and a comma before the given
 * names ("AWEYS, Hassan Dahir"), with nothing of a body's name in it.
 */
export function isListPersonForm(mention: string, query: PreparedName): boolean {
  return query.kind === 'person' && /^[^,]*\p{L}[^,]*,\s*\p{L}[^,]*$/u.test(mention.trim());
}

/** A variant key with each run of vowels written as one slot ("javed" and "javaid" are "j.v.d"). */
export function vowelPattern(key: string): string {
  return key.replace(/[aeiu]+/g, '.');
}

export function kindOfEntityType(type: string | undefined): MatchKind | undefined {
  if (type === undefined) return undefined;
  return type === 'person' ? 'person' : 'organization';
}

/** A query key with a posting list: what a row under it gains, and the list's length. */
interface QueryKey {
  gain: number;
  list: number;
  length: number;
  /** The bit of the query word the key reads (0 for none): a row gains once per word. */
  word: number;
  /**
   * The bits of the same word read another way, which a row that gained for them does not gain
   * again by this key: the whole word (as written, or a word a letter away) against its halves
   * (its start and end, or two indexed words it is written as).
   */
  excludes: number;
}

/** Query words told apart in a lookup (one bit each); further words gain without the once-per-row check. */
const WORD_BITS = 31;

/** Whether a name read as a person's has a word that is an organisation word in another language. */
function hasOrganizationWord(prepared: PreparedName): boolean {
  return prepared.forms.some((form) => form.words.some((w) => translateOrganizationWord(w.text) !== undefined));
}

/** Plain code-unit order (the same on every machine, unlike localeCompare). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface IndexKey {
  key: string;
  kind: KeyKind;
  weight: number;
  /** The word's own variant key, for the fallback keys (p, x) of that word. */
  anchor: string | null;
  /** What the key reads of the mention (a word's variant key, two words joined, the initials): a row gains once for each. */
  word: string;
}

/**
 * The keys a name is posted (or looked up) under. `onlyNew` adds a second reading of a name
 * (its organisation reading) without re-weighting the keys the first reading gave.
 */
function keysOf(
  prepared: PreparedName,
  forQuery = false,
  out = new Map<string, IndexKey>(),
  onlyNew = false,
): Map<string, IndexKey> {
  const put = (kind: KeyKind, key: string, weight: number, anchor: string | null = null, word = `${kind}:${key}`): void => {
    const full = `${kind}:${key}`;
    const w = KEY_WEIGHT[kind] * weight;
    const had = out.get(full);
    if (had && (onlyNew || had.weight >= w)) return;
    out.set(full, { key: full, kind, weight: w, anchor, word });
  };
  for (const form of prepared.forms) {
    for (const word of form.words) {
      if (word.role === 'legal' || word.role === 'kunya_marker') continue;
      if (word.key.length === 0) continue;
      const read = `k:${word.key}`;
      put('k', word.key, word.weight);
      // the vowels are what transliterations of Arabic and Persian names disagree on most
      // (Javed/Javaid, Shirri/Sherri, Ihsan/Ehsan): the word with each run of vowels as one slot
      if (!word.isVowelless && word.key.length >= 4) {
        const pattern = vowelPattern(word.key);
        if (pattern !== word.key) put('v', pattern, word.weight, null, read);
      }
      // two-consonant skeletons are shared by thousands of names: for a Latin word, a fallback only
      if (word.skeleton.length >= 3 || (word.skeleton.length === 2 && word.isVowelless)) put('s', word.skeleton, word.weight, null, read);
      else if (word.skeleton.length === 2) put('s', word.skeleton, word.weight, forQuery ? read : null, read);
      if (word.key.length >= 5) {
        // typo fallbacks: a misspelt long word still shares its first or last four letters (its
        // start and its end, each read once, as the halves of a word written as two are)
        put('p', word.key.slice(0, 4), word.weight, read, `${read}<`);
        put('x', word.key.slice(-4), word.weight, read, `${read}>`);
      }
    }
    // two words of the mention written as one in the name ("Ghulam Reza", Gholamreza)
    if (forQuery) {
      const named = form.words.filter((w) => w.role !== 'legal' && w.role !== 'kunya_marker' && !w.hasDigit);
      for (let i = 0; i + 1 < named.length; i += 1) {
        const [w1, w2] = [named[i]!, named[i + 1]!];
        if (w1.text.length >= 3 && w2.text.length >= 3) put('k', variantKey(w1.text + w2.text), Math.max(w1.weight, w2.weight));
        // a compound name's second half written on with the article it had (Taj al-Din, Tajiddin, Tajideen)
        const joined = w1.text.length >= 3 ? COMPOUND_JOINS[w2.key] : undefined;
        for (const ending of joined ?? []) put('k', variantKey(w1.text + ending), Math.max(w1.weight, w2.weight));
      }
    }
    // an acronym meets an indexed acronym or an indexed name's initials; a name's initials meet
    // only an indexed acronym: two names of several words sharing their initials (Al-Aqsa
    // Charitable Organization, Amezcua Contreras Organization) say nothing of each other
    if (form.acronym) {
      put('a', form.acronym, 1);
      if (forQuery) put('i', form.acronym, 1, null, `a:${form.acronym}`);
    }
    // ISKP: a trailing P is Province, often left out of the expansion
    if (forQuery && form.acronym && form.acronym.length >= 4 && form.acronym.endsWith('p')) {
      put('a', form.acronym.slice(0, -1), 0.8);
      put('i', form.acronym.slice(0, -1), 0.8, null, `a:${form.acronym.slice(0, -1)}`);
    }
    // a mention read as a person's name is not looked up by its initials as a body's: the
    // initials of a person's three names would outrank the person (an indexed name gets them)
    if (forQuery && onlyNew) continue;
    for (const initials of form.initials) put(forQuery ? 'a' : 'i', initials, 1);
  }
  return out;
}

/**
 * An in-memory index over entity names, for linking a mention to ranked candidates on every
 * mention: words are posted under spelling-tolerant keys (variant key, consonant skeleton,
 * four-letter prefix and suffix, acronym and initials) in typed-array posting lists; a lookup
 * opens the rarest keys first within a budget, lets common keys only re-rank what those found
 * (by binary search when that is less work), stands the words one letter away in for a word
 * found nowhere, and scores a shortlist with `matchNames`.
 */
export class NameIndex {
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly types: (string | undefined)[] = [];
  private alive = new Uint8Array(1024);
  /** 1 where the name reads as an organisation's (by its type, or guessed when it has none). */
  private isOrganization = new Uint8Array(1024);
  /** An entity's rows: one number for the usual single name, an array for aliases. */
  private readonly rowsById = new Map<string, number | number[]>();
  private readonly postings = new PostingLists();
  /** The words' variant keys long enough to stand in for a misspelt query word, by their one-letter deletions. */
  private readonly longerWords = new DeletionIndex(KEY_PREFIX);
  /** Neighbour lists of a query word (reused between lookups). */
  private readonly neighbours: number[] = [];
  private liveCount = 0;
  private scratch = new Float32Array(1024);
  /** One bit per row a lookup has found: a long list re-ranks by testing these (a few kB per 100,000 rows, kept in cache) rather than the scores. */
  private touchedBits = new Int32Array(32);
  private touched = new Int32Array(1024);
  /** The query words each found row has gained for (one bit per word, see QueryKey.word). */
  private wordsGained = new Int32Array(1024);
  /** The rows a lookup scores in full (reused between lookups). */
  private readonly shortlist: number[] = [];
  /** Candidates kept parsed between lookups, by row and reading (row * 2, + 1 for organisation rules). */
  private readonly prepared = new Map<number, PreparedName>();
  private readonly reference: ReferenceAliases | undefined;
  /** Rows whose name is a name of a reference alias set. */
  private readonly rowsBySet = new Map<AliasSet, number[]>();

  constructor(entries: Iterable<NameIndexEntry> = [], options: NameIndexOptions = {}) {
    this.reference = options.reference;
    for (const entry of entries) this.add(entry);
  }

  /** Names indexed (aliases count one each). */
  get size(): number {
    return this.liveCount;
  }

  /** Adds one name of an entity; the same id may be added under many names. */
  add(entry: NameIndexEntry): void {
    const name = entry.name.trim();
    if (name === '') return;
    const existing = this.rowsOf(entry.id);
    if (existing.some((row) => this.names[row] === name && this.types[row] === entry.type)) return;
    const row = this.ids.length;
    this.ids.push(entry.id);
    this.names.push(name);
    this.types.push(entry.type);
    if (row >= this.alive.length) {
      const alive = new Uint8Array(this.alive.length * 2);
      alive.set(this.alive);
      this.alive = alive;
      const isOrganization = new Uint8Array(alive.length);
      isOrganization.set(this.isOrganization);
      this.isOrganization = isOrganization;
    }
    this.alive[row] = 1;
    this.liveCount += 1;
    this.rowsById.set(entry.id, existing.length === 0 ? row : [...existing, row]);
    const kind = kindOfEntityType(entry.type);
    const prepared = prepareName(name, kind);
    this.isOrganization[row] = prepared.kind === 'organization' ? 1 : 0;
    const keys = keysOf(prepared);
    // an untyped name read as a person's may still be a body's ("Liberation Tigers of Tamil
    // Eelam", "Sadoi Khuroson"): post its organisation reading too (translated words, initials)
    if (kind === undefined && prepared.kind === 'person') keysOf(prepareName(name, 'organization'), false, keys, true);
    for (const key of keys.keys()) {
      // a word one letter longer than a misspelt query word stands in for it (see neighbourLists)
      if (key.length > MIN_NEIGHBOUR_KEY + KEY_PREFIX && key.startsWith('k:') && this.postings.find(key) < 0) this.longerWords.add(key);
      this.postings.add(key, row);
    }
    for (const set of this.reference?.resolve(name) ?? []) {
      const rows = this.rowsBySet.get(set);
      if (rows) rows.push(row);
      else this.rowsBySet.set(set, [row]);
    }
  }

  private rowsOf(id: string): number[] {
    const rows = this.rowsById.get(id);
    return rows === undefined ? [] : typeof rows === 'number' ? [rows] : rows;
  }

  /** Removes every name of an entity, or one of its names. Returns how many were removed. */
  remove(id: string, name?: string): number {
    const rows = this.rowsOf(id);
    if (rows.length === 0) return 0;
    let removed = 0;
    const kept: number[] = [];
    for (const row of rows) {
      if (name === undefined || this.names[row] === name.trim()) {
        if (this.alive[row] === 1) {
          this.alive[row] = 0;
          this.liveCount -= 1;
          removed += 1;
        }
      } else kept.push(row);
    }
    if (kept.length === 0) this.rowsById.delete(id);
    else this.rowsById.set(id, kept.length === 1 ? kept[0]! : kept);
    return removed;
  }

  /** Whether an entity has any name in the index. */
  has(id: string): boolean {
    return this.rowsById.has(id);
  }

  /** The names indexed for an entity. */
  namesOf(id: string): string[] {
    return this.rowsOf(id).map((row) => this.names[row]!);
  }

  /** Every live entry (for rebuilding or copying an index). */
  *namesOfAll(): Generator<NameIndexEntry> {
    for (let row = 0; row < this.ids.length; row += 1) {
      if (this.alive[row] !== 1) continue;
      const type = this.types[row];
      yield { id: this.ids[row]!, name: this.names[row]!, ...(type === undefined ? {} : { type }) };
    }
  }

  /**
   * The query's keys that have postings, rarest first, each with what a row found under it gains.
   * A word's fallbacks (prefix, suffix, short skeleton) and the indexed words one letter away
   * from it are read when the word is nowhere as written, standing for the whole word.
   */
  private queryKeys(readings: readonly PreparedName[]): QueryKey[] {
    const keys = new Map<string, IndexKey>();
    readings.forEach((reading, i) => keysOf(reading, true, keys, i > 0));
    const out: QueryKey[] = [];
    const postings = this.postings;
    const total = Math.max(1, this.liveCount);
    const idf = (list: number): number => Math.log(1 + total / Math.max(1, postings.length(list)));
    const seen = new Set<number>();
    const bits = new Map<string, number>();
    const put = (list: number, gain: number, word: string): void => {
      if (seen.has(list) || gain <= 0) return;
      seen.add(list);
      let bit = bits.get(word);
      if (bit === undefined) {
        bit = bits.size < WORD_BITS ? 1 << bits.size : 0;
        bits.set(word, bit);
      }
      out.push({ gain, list, length: postings.length(list), word: bit, excludes: 0 });
    };
    for (const k of keys.values()) {
      const list = postings.find(k.key);
      if (list < 0) continue;
      if (k.anchor === null) {
        put(list, k.weight * idf(list), k.word);
        continue;
      }
      // a fallback read because its word is nowhere as written stands for the whole word
      if (postings.find(k.anchor) < 0) put(list, (k.weight / KEY_WEIGHT[k.kind]) * idf(list), k.word);
    }
    // a word found as written nowhere may be misspelt by a letter: the indexed words one letter
    // away (a letter dropped or added) stand in for it
    const tried = new Set<string>();
    for (const reading of readings) {
      for (const form of reading.forms) {
        for (const word of form.words) {
          if (word.role === 'legal' || word.role === 'kunya_marker' || word.hasDigit) continue;
          if (tried.has(word.key)) continue;
          tried.add(word.key);
          if (postings.find(`k:${word.key}`) >= 0) continue;
          // a short word that is no indexed name's word reads as an acronym of a body's name, among
          // more words ("RIHS-Kosovo", "TRO Norge": a branch named by its parent's initials)
          if (word.text.length >= MIN_ACRONYM_WORD && word.text.length <= MAX_ACRONYM_WORD) {
            const initials = postings.find(`i:${word.text}`);
            if (initials >= 0) put(initials, word.weight * idf(initials), `k:${word.key}`);
          }
          if (word.key.length < MIN_NEIGHBOUR_KEY) continue;
          // the article written on to the word ("Alharamein"): its rest, as written or by its vowels as slots
          const article = ATTACHED_ARTICLE_KEYS.find((a) => word.key.startsWith(a) && word.key.length - a.length >= MIN_ARTICLE_REST);
          if (article !== undefined) {
            const rest = word.key.slice(article.length);
            const asWritten = postings.find(`k:${rest}`);
            if (asWritten >= 0) put(asWritten, word.weight * idf(asWritten), `k:${word.key}`);
            const byVowels = postings.find(`v:${vowelPattern(rest)}`);
            if (byVowels >= 0) put(byVowels, word.weight * KEY_WEIGHT.v * idf(byVowels), `k:${word.key}`);
          }
          neighbourLists(word.key, postings, this.longerWords, this.neighbours);
          for (const list of this.neighbours) put(list, word.weight * NEIGHBOUR_WEIGHT * idf(list), `k:${word.key}`);
          // a compound name written as one word found nowhere (Safieddine): its first half, and the
          // second half as a word of its own (Safi al-Din)
          const compound = COMPOUND_ENDING_KEYS.exec(word.key);
          if (compound !== null) {
            const stem = word.key.slice(0, compound.index);
            const second = postings.find(`k:${compound[1]!.endsWith('n') || compound[1]!.endsWith('ne') ? 'din' : 'ala'}`);
            // the linking vowel belongs to either half (Safi-eddine, Badr-eddine)
            const linking = /^[aeiu]/.test(compound[1]!) ? [stem + compound[1]![0]!] : [];
            for (const first of [stem, ...linking]) {
              const left = postings.find(`k:${first}`);
              if (left < 0) continue;
              put(left, (word.weight / 2) * idf(left), `k:${word.key}<`);
              if (second >= 0) put(second, (word.weight / 2) * idf(second), `k:${word.key}>`);
              break;
            }
          }
          // a long word found nowhere may be two indexed words written as one ("Kyrgyztams", Kyrgyz Tams)
          if (word.key.length < MIN_SPLIT_KEY) continue;
          for (let at = MIN_SPLIT_PART; at <= word.key.length - MIN_SPLIT_PART; at += 1) {
            const left = postings.find(`k:${word.key.slice(0, at)}`);
            const right = left < 0 ? -1 : postings.find(`k:${word.key.slice(at)}`);
            if (right < 0) continue;
            put(left, (word.weight / 2) * idf(left), `k:${word.key}<`);
            put(right, (word.weight / 2) * idf(right), `k:${word.key}>`);
          }
        }
      }
    }
    // a word read whole and read by its halves gains a row once: by the whole, or by its halves
    // (two indexed words it is written as may each gain); a misspelt word's neighbour and the
    // ending it shares do not count twice for one indexed word
    const halves = new Map<number, number>();
    for (const [word, bit] of bits) {
      if (bit === 0 || !(word.endsWith('<') || word.endsWith('>'))) continue;
      const whole = bits.get(word.slice(0, -1)) ?? 0;
      if (whole === 0) continue;
      halves.set(whole, (halves.get(whole) ?? 0) | bit);
      halves.set(bit, whole);
    }
    if (halves.size > 0) for (const k of out) k.excludes = halves.get(k.word) ?? 0;
    return out.sort((a, b) => a.length - b.length);
  }

  /** A row's name parsed under person or organisation rules (kept for the next lookups). */
  private preparedRow(row: number, kind: MatchKind): PreparedName {
    const slot = row * 2 + (kind === 'organization' ? 1 : 0);
    let candidate = this.prepared.get(slot);
    if (candidate === undefined) {
      candidate = prepareName(this.names[row]!, kind);
      // a bounded cache: mentions of the same entities recur through a document
      if (this.prepared.size >= PREPARED_CACHE) this.prepared.clear();
      this.prepared.set(slot, candidate);
    }
    return candidate;
  }

  /**
   * Ranked candidates for a mention, best per entity. Each candidate is scored as `matchNames`
   * scores the two names: by the rules of the row's type, else of the mention's kind when the
   * caller gives it, else as organisations when either name reads as one.
   */
  lookup(mention: string, options: NameLookupOptions = {}): NameCandidate[] {
    const limit = options.limit ?? 10;
    const minScore = options.minScore ?? 0.5;
    const typeFilter =
      options.type === undefined ? null : new Set(typeof options.type === 'string' ? [options.type] : options.type);
    const preparedByKind = new Map<MatchKind | undefined, PreparedName>();
    const prepare = (kind: MatchKind | undefined): PreparedName => {
      let p = preparedByKind.get(kind);
      if (!p) {
        p = prepareName(mention, kind);
        preparedByKind.set(kind, p);
        // read by its guessed kind, it is also the reading under that kind: not parsed twice
        if (kind === undefined && !preparedByKind.has(p.kind)) preparedByKind.set(p.kind, p);
      }
      return p;
    };
    const queryKind =
      options.kind ?? (typeFilter && typeFilter.size === 1 ? kindOfEntityType([...typeFilter][0]) : undefined);
    const query = prepare(queryKind);
    // a mention of no given kind written as a list writes a person's name: bodies rank below people
    const personForm = queryKind === undefined && isListPersonForm(mention, query);
    // and one that says what kind of body it names (a legal form, Association, Company): people rank below bodies
    const bodyForm = queryKind === undefined && isBodyForm(mention, query);
    /** The factor a row's score takes for the mention's written form (1 when the form says nothing against it). */
    const formFactor = (kind: MatchKind): number =>
      personForm && kind === 'organization' ? BODY_FOR_PERSON_FORM : bodyForm && kind === 'person' ? PERSON_FOR_BODY_FORM : 1;
    const known = this.referenceCandidates(mention, typeFilter, options, prepare, queryKind, query);
    // an untyped mention read as a person's name may be a body's written in another language
    // ("Sado-i Khuroson"): look under its organisation reading too
    const readings = queryKind === undefined && query.kind === 'person' && hasOrganizationWord(query) ? [query, prepare('organization')] : [query];
    const keys = this.queryKeys(readings);
    if (keys.length === 0) return known.slice(0, limit);

    const touchedCount = this.gather(keys);
    const shortlist = this.shortlistRows(touchedCount, typeFilter, options.accept);
    // what each shortlisted row shared with the mention by its keys: of names the matcher scores alike, the one sharing more ranks first
    const evidence = shortlist.map((row) => this.scratch[row]!);
    this.forget(touchedCount);
    const best = new Map<string, { id: string; row: number; query: PreparedName; candidate: PreparedName; score: number; isMatch: boolean; evidence: number }>();
    for (let s = 0; s < shortlist.length; s += 1) {
      const row = shortlist[s]!;
      const kind = this.kindOfRow(row, queryKind, query);
      const candidate = this.preparedRow(row, kind);
      const rowQuery = prepare(kind);
      const result = comparePreparedNames(rowQuery, candidate, MATCH_THRESHOLD, false);
      const factor = formFactor(kind);
      if (factor !== 1) result.score = Math.round(result.score * factor * 1000) / 1000;
      if (result.score < minScore) continue;
      const id = this.ids[row]!;
      const had = best.get(id);
      // an entity's names scoring alike: the first by name, whichever was added first
      if (!had || had.score < result.score || (had.score === result.score && this.names[row]! < this.names[had.row]!)) {
        best.set(id, { id, row, query: rowQuery, candidate, score: result.score, isMatch: result.score >= MATCH_THRESHOLD, evidence: Math.max(evidence[s]!, had?.evidence ?? 0) });
      }
    }
    // explain only what is returned; an entity both names of a reference set name wins outright
    const knownIds = new Set(known.map((c) => c.id));
    const matched = [...best.values()]
      .filter((b) => !knownIds.has(b.id))
      .sort((a, b) => b.score - a.score || b.evidence - a.evidence || compareText(this.names[a.row]!, this.names[b.row]!) || compareText(a.id, b.id))
      .slice(0, Math.max(0, limit - known.length))
      .map(({ id, row, query: rowQuery, candidate, score, isMatch }) => {
        const type = this.types[row];
        if (options.isExplained === false) return { id, name: this.names[row]!, ...(type === undefined ? {} : { type }), score, isMatch, explanation: [] };
        const result = comparePreparedNames(rowQuery, candidate, MATCH_THRESHOLD, true);
        const factor = formFactor(this.kindOfRow(row, queryKind, query));
        if (factor !== 1) {
          result.score = Math.round(result.score * factor * 1000) / 1000;
          result.isMatch = result.score >= MATCH_THRESHOLD;
          result.explanation.push(
            personForm
              ? `written as a person's name on a list ("family, given"): a body's name ranks below it (x${factor})`
              : `written as a body's name (its legal form or kind of body): a person's name ranks below it (x${factor})`,
          );
        }
        return {
          id,
          name: this.names[row]!,
          ...(type === undefined ? {} : { type }),
          score: result.score,
          isMatch: result.isMatch,
          explanation: result.explanation,
        };
      });
    const out: NameCandidate[] = known.slice(0, limit);
    for (const candidate of matched) out.push(candidate);
    return out;
  }

  /**
   * Adds up each row's gain over the query's keys (rarest first, within the budgets) into the
   * scores, and returns how many rows were found (listed in `touched`). Kept apart from the
   * lookup's other work so its loops over typed arrays stay compiled as they are.
   */
  private gather(keys: readonly QueryKey[]): number {
    if (this.scratch.length < this.ids.length) this.scratch = new Float32Array(Math.max(this.ids.length, this.scratch.length * 2));
    if (this.touchedBits.length * 32 < this.scratch.length) this.touchedBits = new Int32Array((this.scratch.length + 31) >>> 5);
    if (this.wordsGained.length < this.scratch.length) this.wordsGained = new Int32Array(this.scratch.length);
    const acc = this.scratch;
    // a row gains once for each query word, by the word's rarest key it is under: a word read
    // through several keys (its spelling, skeleton, prefix, neighbours) does not count as several
    const gained = this.wordsGained;
    const bits = this.touchedBits;
    const pool = this.postings.pool;
    // the rows found, in a buffer kept between lookups (a lookup may touch thousands)
    let touched = this.touched;
    let touchedCount = 0;
    let scanned = 0;
    let reranked = 0;
    for (let q = 0; q < keys.length; q += 1) {
      const k = keys[q]!;
      const length = k.length;
      const from = this.postings.start(k.list);
      const to = from + length;
      const gain = k.gain;
      const word = k.word;
      // this word's bit and the bits of the same word read another way (see QueryKey.excludes)
      const counted = word | k.excludes;
      // rarest keys first, within a budget of posting entries: a name made only of common words is
      // still found where its words' lists meet, and a common word alone never scans half the index
      const opens = touchedCount === 0 || (length <= OPEN_LIST && scanned + length <= SCAN_BUDGET);
      if (opens) {
        scanned += length;
        if (touchedCount + length > touched.length) {
          const grown = new Int32Array(Math.max(touchedCount + length, touched.length * 2));
          grown.set(touched.subarray(0, touchedCount));
          touched = grown;
          this.touched = grown;
        }
        for (let i = from; i < to; i += 1) {
          const row = pool[i]!;
          if (acc[row] === 0) {
            touched[touchedCount++] = row;
            bits[row >>> 5] = bits[row >>> 5]! | (1 << (row & 31));
          } else if ((gained[row]! & counted) !== 0) continue;
          gained[row] = gained[row]! | word;
          acc[row] = acc[row]! + gain;
        }
        continue;
      }
      // a common key only re-ranks the candidates the rarer keys found: by looking each one up in
      // the (ascending) list, or by reading the list through, whichever is less work; within a budget
      const lookups = touchedCount * Math.ceil(Math.log2(length + 1)) * PROBE_COST;
      const cost = Math.min(lookups, length);
      if (reranked + cost > RERANK_BUDGET) continue;
      reranked += cost;
      if (lookups < length) {
        for (let t = 0; t < touchedCount; t += 1) {
          const row = touched[t]!;
          if ((gained[row]! & counted) === 0 && this.postings.includes(k.list, row)) {
            gained[row] = gained[row]! | word;
            acc[row] = acc[row]! + gain;
          }
        }
      } else {
        for (let i = from; i < to; i += 1) {
          const row = pool[i]!;
          if ((bits[row >>> 5]! & (1 << (row & 31))) !== 0 && (gained[row]! & counted) === 0) {
            gained[row] = gained[row]! | word;
            acc[row] = acc[row]! + gain;
          }
        }
      }
    }
    return touchedCount;
  }

  /**
   * The best-ranked live rows of the wanted type among those found (a bounded insertion list, not
   * a full sort; of rows ranked alike at the cut, the first found stay), less those sharing much
   * less than the best one.
   */
  private shortlistRows(touchedCount: number, typeFilter: Set<string> | null, accept: NameLookupOptions['accept']): number[] {
    const acc = this.scratch;
    const touched = this.touched;
    const shortlist = this.shortlist;
    shortlist.length = 0;
    let floor = -1;
    for (let t = 0; t < touchedCount; t += 1) {
      const row = touched[t]!;
      const score = acc[row]!;
      if (shortlist.length >= SHORTLIST && score <= floor) continue;
      if (this.alive[row] !== 1) continue;
      if (typeFilter && !typeFilter.has(this.types[row] ?? '')) continue;
      if (accept && !accept(this.ids[row]!, this.names[row]!)) continue;
      let at = shortlist.length;
      while (at > 0 && acc[shortlist[at - 1]!]! < score) at -= 1;
      shortlist.splice(at, 0, row);
      if (shortlist.length > SHORTLIST) shortlist.pop();
      if (shortlist.length >= SHORTLIST) floor = acc[shortlist[shortlist.length - 1]!]!;
    }

    // candidates sharing much less than the best one are not worth scoring in full
    const floorShare = shortlist.length > 0 ? acc[shortlist[0]!]! * SHORTLIST_SHARE : 0;
    while (shortlist.length > 1 && acc[shortlist[shortlist.length - 1]!]! < floorShare) shortlist.pop();
    return shortlist;
  }

  /** Clears the scores and marks of the rows a lookup found. */
  private forget(touchedCount: number): void {
    const acc = this.scratch;
    const bits = this.touchedBits;
    const touched = this.touched;
    const gained = this.wordsGained;
    for (let t = 0; t < touchedCount; t += 1) {
      const row = touched[t]!;
      acc[row] = 0;
      gained[row] = 0;
      bits[row >>> 5] = 0;
    }
  }

  /**
   * Indexed names that belong to a reference alias set the mention belongs to. Entities the
   * set names alike (a group and its former name, both listed) are ranked by how the matcher
   * reads the mention against each name, then by name.
   */
  private referenceCandidates(
    mention: string,
    typeFilter: Set<string> | null,
    options: NameLookupOptions,
    prepare: (kind: MatchKind) => PreparedName,
    queryKind: MatchKind | undefined,
    query: PreparedName,
  ): NameCandidate[] {
    if (!this.reference || options.noReference) return [];
    const out = new Map<string, { candidate: NameCandidate; closeness: number }>();
    for (const set of this.reference.resolve(mention)) {
      for (const row of this.rowsBySet.get(set) ?? []) {
        if (this.alive[row] !== 1) continue;
        if (typeFilter && !typeFilter.has(this.types[row] ?? '')) continue;
        const id = this.ids[row]!;
        const name = this.names[row]!;
        if (options.accept && !options.accept(id, name)) continue;
        const kind = this.kindOfRow(row, queryKind, query);
        const closeness = comparePreparedNames(prepare(kind), this.preparedRow(row, kind), MATCH_THRESHOLD, false).score;
        const had = out.get(id);
        if (had && (had.closeness > closeness || (had.closeness === closeness && had.candidate.name <= name))) continue;
        const type = this.types[row];
        out.set(id, {
          closeness,
          candidate: {
            id,
            name,
            ...(type === undefined ? {} : { type }),
            score: 1,
            isMatch: true,
            explanation: [explainAliasSet(set, mention.trim(), name)],
          },
        });
      }
    }
    return [...out.values()]
      .sort((a, b) => b.closeness - a.closeness || compareText(a.candidate.name, b.candidate.name) || compareText(a.candidate.id, b.candidate.id))
      .map((k) => k.candidate);
  }

  /**
   * The rules a row is compared under: its type's, else the mention's kind when the caller
   * gives it, else organisation rules when either name reads as a body's (as `matchNames`).
   */
  private kindOfRow(row: number, queryKind: MatchKind | undefined, query: PreparedName): MatchKind {
    return (
      kindOfEntityType(this.types[row]) ??
      queryKind ??
      (query.kind === 'organization' || this.isOrganization[row] === 1 ? 'organization' : 'person')
    );
  }
}
