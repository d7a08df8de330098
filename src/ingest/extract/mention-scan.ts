import type { EntityType } from '../../model/index.js';
import { type Gazetteer, lookupKey, type Place, type ReferenceMatcher } from '../reference/index.js';
import { countBefore } from './count-before.js';
import { findDefinedNames } from './defined-names.js';
import { readDocumentCountries } from './document-countries.js';
import type { MentionFinderContext } from './find-mentions.js';
import { NAME_PARTICLES } from './genre-lexicon.js';
import { CONNECTORS, DIGEST_MONTH } from './mention-lexicon.js';
import type { Mention } from './mention.js';
import { typeByHeads } from './name-heads.js';
import { captionSpans, datelineOutletSpans, frontMatterSpans, spanTest, speakerLabelSpans } from './non-prose-spans.js';
import { PersonRegistry } from './person-registry.js';
import { spanText } from './span-text.js';
import type { Token } from './tokenize.js';

/**
 * What the mention finder knows of one text while it reads it: the text and its tokens, what the setup passes read
 * before the names (the words the text writes in lower case, the names it defines by an acronym, the countries each
 * paragraph names), and what reading the names has found so far (the mentions, the persons, the towns and groups the
 * text has set as such). Every pass and rule of the finder takes it as its first argument; one scan per text.
 */
export interface MentionScan {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly n: number;
  /** Each token's lookup key, by token. */
  readonly keys: readonly string[];
  readonly gazetteer: Gazetteer;
  readonly matcher: ReferenceMatcher;
  /** The keys of the words the text writes in lower case outside links and slugs. */
  readonly lowerWords: ReadonlySet<string>;
  readonly persons: PersonRegistry;
  /** Towns the gazetteer lacks that the text has set as towns ("the town of Macomia"), by lookup key. */
  readonly towns: Map<string, Place | null>;
  /** Sites named with a lower-case kind after them ("Al-Hol camp"), by the key of the name before the kind ("al hol"). */
  readonly sitesByName: Map<string, Mention>;
  /** Groups the pack lacks that the text has named as groups ("the armed group known as Lakurawa"), by lookup key. */
  readonly namedGroups: Set<string>;
  /** Groups named by a lower-case tail ("the Lawrence Bishnoi gang"), by lookup key. */
  readonly tailGroups: Set<string>;
  /** Organisations named with a possessive inside ("Federal Prosecutor's Office"), by the key of the words before it. */
  readonly shortOrgNames: Map<string, string>;
  readonly mentions: Mention[];
  /** Names the text defines by an acronym in brackets after them ("Barisan Revolusi Nasional (BRN)"): the end token of each, by its start. */
  readonly definedEnd: Int32Array;
  readonly definedType: Map<number, EntityType>;
  /** The acronyms the text defines, with the lookup key and the type of the name each stands for ("NPA": a group's). */
  readonly acronyms: Map<string, { name: string; type: EntityType }>;
  readonly inCaption: (pos: number) => boolean;
  readonly inFrontMatter: (pos: number) => boolean;
  /** Pattern mentions inside headings ("The Sharifullah Arrest", "THE HAWALA CORRIDOR"), and the keys the body names. */
  readonly headingOnly: Set<Mention>;
  readonly inBody: Set<string>;
  /** The countries the document names (by name, capital or demonym). */
  readonly docCountries: Set<string>;
  /** How often the document names each country (by name, capital or demonym). */
  readonly countryCounts: Map<string, number>;
  /** The paragraph of each token. */
  readonly paragraphOf: Int32Array;
  /** The countries each paragraph names. */
  readonly paragraphCountries: Set<string>[];
  /** The countries each paragraph names as places, not only as a force's nationality ("a Rwandan patrol", "the Rwanda Defence Force"). */
  readonly paragraphSettings: Set<string>[];
  /** The countries the document's opening lines (its title, its dateline) name: where a place the paragraph does not set lies. */
  readonly titleCountries: Set<string>;
  /** The one country the document is about, once asked (homeCountry); undefined before. */
  home: string | null | undefined;
  /** The places a digest's items open on ("- 2 Sep, Bamenda (Mezam): …"): the town, and the division the brackets give, by first token. */
  readonly digestPlaces: ReadonlyMap<number, DigestPlace>;
}

/** A scan of `text` with its setup passes read: links, lower-case words, defined names, armed wings, the countries it names. */
export function startMentionScan(text: string, tokens: readonly Token[], ctx: MentionFinderContext): MentionScan {
  const { gazetteer, matcher } = ctx;
  const n = tokens.length;
  // (pushed, not mapped: V8 makes an array it maps in optimised code holey and one mapped in the interpreter packed, and every
  // reader of keys compiled for the one kind is thrown away and compiled again when the other comes)
  const keys: string[] = [];
  for (const t of tokens) keys.push(t.key);
  const captions = captionSpans(text, tokens.length > 0 ? (tokens[tokens.length - 1] as Token).end : 0);
  const s: MentionScan = {
    text, tokens, n, keys, gazetteer, matcher,
    lowerWords: lowerCaseWords(text, tokens),
    persons: new PersonRegistry(),
    towns: new Map(),
    sitesByName: new Map(),
    namedGroups: new Set(),
    tailGroups: new Set(),
    shortOrgNames: new Map(),
    mentions: [],
    definedEnd: new Int32Array(n),
    definedType: new Map(),
    acronyms: new Map(),
    inCaption: spanTest(captions),
    inFrontMatter: spanTest([...frontMatterSpans(text), ...speakerLabelSpans(text)]),
    headingOnly: new Set(),
    inBody: new Set(),
    docCountries: new Set(),
    countryCounts: new Map(),
    paragraphOf: new Int32Array(n),
    paragraphCountries: [new Set()],
    paragraphSettings: [new Set()],
    titleCountries: new Set(),
    home: undefined,
    digestPlaces: findDigestPlaces(text, tokens),
  };
  readDefinedNames(s);
  readArmedWingOwners(s);
  readDocumentCountries(s);
  return s;
}

/** The keys of the words the text writes in lower case, outside links, slugs and file names. */
function lowerCaseWords(text: string, tokens: readonly Token[]): Set<string> {
  // (a word in a link, a slug or a file name, "…/bombing-of-kabul-airport", "kabul_report.pdf", says nothing of how prose writes it)
  const inLink = new Uint8Array(text.length);
  // (only the runs without spaces that hold a slash, dot, hyphen or underscore can be one; each is read on its own, from its
  // start only: tried inside a word too, the pattern would read each word again from every letter)
  for (const chunk of text.matchAll(/(?<!\S)[^\s/._-]*[/._-]\S*/g)) {
    // (a link holds a slash or "www.", a file name a dot before a letter, a slug a hyphen or an underscore: "attack." is none)
    if (!MAY_LINK.test(chunk[0])) continue;
    for (const m of chunk[0].matchAll(LINK_OR_SLUG)) inLink.fill(1, chunk.index + m.index, chunk.index + m.index + m[0].length);
  }
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.isCapitalised && inLink[t.start] !== 1) lowerWords.add(t.key);
  return lowerWords;
}

/**
 * The names the text defines by an acronym in brackets after them ("Barisan Revolusi Nasional (BRN)"), typed by their
 * heads or by what the definition says; and a wire story's dateline outlet in brackets ("IDLIB, Syria, July 14 (Levant Desk) -").
 */
function readDefinedNames(s: MentionScan): void {
  const { text, tokens, keys, definedEnd, definedType, acronyms } = s;
  for (const d of findDefinedNames(text, tokens)) {
    // (a name with the head words of a group, a body or a site is read by those, as when it has no acronym)
    // (unless a lower-case word inside would end that reading early: "Cártel del Noreste (CDN)")
    const heads = typeByHeads(s, keys.slice(d.start, d.end), d.start);
    if (!acronyms.has(d.acronym)) acronyms.set(d.acronym, { name: lookupKey(spanText(text, tokens, d.start, d.end)), type: heads ?? d.type });
    if (heads !== null && tokens.slice(d.start, d.end).every((x) => x.isCapitalised || NAME_PARTICLES.has(x.key) || CONNECTORS.has(x.key))) continue;
    definedEnd[d.start] = d.end;
    definedType.set(d.start, heads ?? d.type);
  }
  // a wire story's dateline names its outlet in brackets: "IDLIB, Syria, July 14 (Levant Desk) -", whatever its words' heads
  for (const [from, to] of datelineOutletSpans(text)) {
    const a = tokens.findIndex((t) => t.start === from);
    const b = tokens.findIndex((t) => t.end === to);
    if (a < 0 || b < a || definedEnd[a] !== 0) continue;
    definedEnd[a] = b + 1;
    definedType.set(a, 'media');
  }
}

/** A body the text gives an armed wing is an armed group: "the NPA, the armed wing of the CPP", "the party's armed wing". */
function readArmedWingOwners(s: MentionScan): void {
  const { text, namedGroups, acronyms } = s;
  for (const m of text.matchAll(ARMED_WING)) {
    const owner = (ARMED_WING_OWNER_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 100)) ??
      ARMED_WING_OWNER_BEFORE.exec(text.slice(Math.max(0, m.index - 100), m.index)))?.[1];
    if (owner !== undefined) namedGroups.add(acronyms.get(owner)?.name ?? lookupKey(owner));
  }
}

/**
 * Records a mention of tokens [start, end) and returns it; one inside a caption or the front matter is returned but
 * not kept, and one built from its words alone inside a heading is kept only if the body names it too.
 */
export function pushMention(
  s: MentionScan, start: number, end: number, type: EntityType, basis: Mention['basis'], key: string,
  extra: { ref?: Mention['ref']; place?: Place | null; name?: string } = {},
): Mention {
  const { text, tokens, mentions, inCaption, inFrontMatter, headingOnly, inBody } = s;
  const from = (tokens[start] as Token).start;
  const to = (tokens[end - 1] as Token).end;
  const surface = text.slice(from, to);
  const m: Mention = {
    start: from, end: to, text: surface, type, basis, key, ref: extra.ref ?? null, place: extra.place ?? null,
    name: extra.name ?? surface, token: start,
  };
  if (!inCaption(from) && !inFrontMatter(from)) {
    mentions.push(m);
    // a name built from its words alone, inside a heading: kept only if the body names it too
    if ((basis === 'pattern' || basis === 'person') && isShortLineAt(text, from) && isHeadingAt(text, from)) headingOnly.add(m);
    else if (basis !== 'coreference') inBody.add(key);
  }
  return m;
}

/**
 * A digest's item that opens on its date and its place: "- 2 Sep, Bamenda (Mezam): …", "12 May 2024, Tillabéri:",
 * "• March 3, Ndop (Ngoketunjia, North-West):". Group 1 is the town, group 2 what the brackets hold (its division first).
 */
const DIGEST_PLACE_LINE = new RegExp(
  `[ \\t]*(?:[•▪◦‣●○■□*–—-][ \\t]+)?(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${DIGEST_MONTH}|${DIGEST_MONTH}\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)` +
    `(?:,?\\s+(?:19|20)\\d\\d)?,[ \\t]+(\\p{Lu}[\\p{L}’'.-]*(?:[ \\t]+\\p{Lu}[\\p{L}’'.-]*){0,3})(?:[ \\t]+\\(([^()\\n]{2,60})\\))?[ \\t]*:`,
  'uy',
);

/** "the armed wing of the X", "X's armed wing", "X and its armed wing": a body with an armed wing is an armed group (read where "armed wing" stands). */
const ARMED_WING = /\barmed (?:wing|branch)\b/g;

const ARMED_WING_OWNER_AFTER = /^ of (?:the )?(\p{Lu}[\p{L}\p{M}'’-]*(?: (?:of |for |the |and )*\p{Lu}[\p{L}\p{M}'’-]*){0,7})/u;

const ARMED_WING_OWNER_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*(?: (?:of |for |the |and )*\p{Lu}[\p{L}\p{M}'’-]*){0,7})(?:['’]s| and its) $/u;

/**
 * Finds the entity mentions of a body text: names from the reference pack, places from the
 * gazetteer, and names built like the genre's group, organisation, media, site and personal
 * names. Capitalised words that fit none of these are left alone.
 */
const LINK_OR_SLUG = /\b(?:https?:\/\/|www\.)\S+|\S+\.(?:pdf|html?|docx?|txt|aspx|php)\b|\b\p{Ll}[\p{Ll}\d]*(?:[-_][\p{Ll}\d]+){2,}\b/gu;

const MAY_LINK = /[-_/]|www\.|\.[a-z]/;

/** The places digest items open on, by their first token: "- 2 Sep, Bamenda (Mezam): …" gives Bamenda (town) and Mezam (division). */
function findDigestPlaces(text: string, tokens: readonly Token[]): Map<number, DigestPlace> {
  const out = new Map<number, DigestPlace>();
  const tokenAt = (pos: number): number => {
    const k = countBefore(tokens, (t) => t.start, pos);
    return k < tokens.length && (tokens[k] as Token).start === pos ? k : -1;
  };
  const endToken = (from: number, end: number): number => {
    let k = from;
    while (k < tokens.length && (tokens[k] as Token).end <= end) k++;
    return k;
  };
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    DIGEST_PLACE_LINE.lastIndex = at;
    const m = lineEnd - at > 8 ? DIGEST_PLACE_LINE.exec(text) : null;
    if (m !== null && m.index === at) {
      const town = m[1] as string;
      const townStart = m.index + m[0].indexOf(town, m[0].indexOf(','));
      const bracket = m[2];
      const division = bracket === undefined ? null : (bracket.split(',')[0] as string).trim();
      const first = tokenAt(townStart);
      if (first >= 0) out.set(first, { end: endToken(first, townStart + town.length), role: 'town', division });
      if (bracket !== undefined && division !== null && /^\p{Lu}/u.test(division)) {
        const divisionStart = m.index + m[0].lastIndexOf('(') + 1 + bracket.indexOf(division);
        const k = tokenAt(divisionStart);
        if (k >= 0) out.set(k, { end: endToken(k, divisionStart + division.length), role: 'division', division: null });
      }
    }
    at = lineEnd + 1;
  }
  return out;
}

/** A place a digest's item opens on: the town (or the one place given) and the division in brackets after it. */
interface DigestPlace { end: number; role: 'town' | 'division'; division: string | null }

/** Whether the line holding `pos` is short (under 200 characters): looked at within a bounded window, so long paragraphs cost no more per mention. */
function isShortLineAt(text: string, pos: number): boolean {
  let a = pos;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) if (pos - --a > 200) return false;
  let b = pos;
  while (b < text.length && text.charCodeAt(b) !== 10) if (++b - a > 200) return false;
  return true;
}

/** The line holding `pos` reads as a heading: no closing stop and mostly capitalised words (a list's item ends on ";" or ","). */
export function isHeadingAt(text: string, pos: number): boolean {
  const start = text.lastIndexOf('\n', pos) + 1;
  const endAt = text.indexOf('\n', pos);
  const line = text.slice(start, endAt < 0 ? text.length : endAt).trim();
  if (/[.!?:;,"”]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && words.length <= 16 && capitalised / words.length >= 0.6;
}
