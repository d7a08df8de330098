import { lastDayOfMonth, fuzzyDateOf, type CitedWork, type FuzzyDate } from '../model/index.js';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] };

/** Languages a note may name without brackets ("Akhbor in Tajik"). */
const LANGUAGES = [
  'Arabic', 'Dari', 'Pashto', 'Persian', 'Farsi', 'Tajik', 'Uzbek', 'Russian', 'Kyrgyz', 'Kazakh', 'Turkmen', 'Uyghur',
  'Turkish', 'Urdu', 'Chinese', 'French', 'German', 'Swedish', 'Spanish', 'Italian', 'Dutch', 'Indonesian', 'Malay',
  'Bengali', 'Hindi', 'Somali', 'Hausa', 'Amharic', 'Kurdish', 'Georgian', 'Chechen', 'Azerbaijani', 'Ukrainian',
];

type DateHit = { date: FuzzyDate; index: number };

function seasonDate(season: string, year: number, text: string): FuzzyDate {
  const [from, to] = SEASONS[season.toLowerCase()]!;
  const endYear = to > 12 ? year + 1 : year;
  const endMonth = to > 12 ? to - 12 : to;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    start: `${year}-${pad(from)}-01`,
    end: `${endYear}-${pad(endMonth)}-${pad(lastDayOfMonth(endYear, endMonth))}`,
    precision: 'season',
    text,
  };
}

/** Every publication date a note gives, most precise first at each place: "July 30, 2018", "30 July 2018", "Summer 2018", "(2013)". */
export function findNoteDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  const taken: [number, number][] = [];
  const add = (index: number, length: number, date: FuzzyDate | null) => {
    if (date === null || taken.some(([s, e]) => index < e && index + length > s)) return;
    taken.push([index, index + length]);
    hits.push({ date, index });
  };
  const day = (y: number, m: number, d: number, raw: string) =>
    d >= 1 && d <= lastDayOfMonth(y, m) ? fuzzyDateOf(y, m, d, raw) : null;
  for (const m of text.matchAll(new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'g'))) {
    add(m.index, m[0].length, day(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), m[0]));
  }
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'g'))) {
    add(m.index, m[0].length, day(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]), m[0]));
  }
  for (const m of text.matchAll(/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g)) {
    const month = Number(m[2]);
    add(m.index, m[0].length, month >= 1 && month <= 12 ? day(Number(m[1]), month, Number(m[3]), m[0]) : null);
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'g'))) {
    add(m.index, m[0].length, fuzzyDateOf(Number(m[2]), MONTHS[m[1]!.toLowerCase()]!, undefined, m[0]));
  }
  for (const m of text.matchAll(/\b(Spring|Summer|Autumn|Fall|Winter)\s+((?:19|20)\d{2})\b/gi)) {
    add(m.index, m[0].length, seasonDate(m[1]!, Number(m[2]), m[0]));
  }
  for (const m of text.matchAll(/(?:\(|,\s|^)((?:19|20)\d{2})(?=\)|\.\s*$|\.?$|,\s|:)/g)) {
    const at = m.index + m[0].length - m[1]!.length;
    add(at, m[1]!.length, fuzzyDateOf(Number(m[1])));
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** A person's or body's name: capitalised words, allowing name particles ("al-", "bin", "van"). */
function isNameLike(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6) return false;
  return words.every(
    (w) =>
      /^[\p{Lu}][\p{L}’'`-]*\.?$/u.test(w) ||
      /^(?:al|el|bin|ibn|bint|de|da|van|von|der|den|la|le|du|abu|ul)(?:-[\p{L}’'`-]+)?$/u.test(w) ||
      /^\p{Lu}\.$/u.test(w),
  );
}

function splitAuthors(value: string): string[] | null {
  const cleaned = value.replace(/\s+(?:et al\.?|and others)$/i, '').trim();
  const parts = cleaned
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  // "with" joins co-authors in the genre: "Jane K. Doe with Omar Example"
  const names = parts.flatMap((p) => p.split(/\s+with\s+/));
  return names.length > 0 && names.every(isNameLike) ? names : null;
}

const QUOTED_TITLE = /[“"]([^”"]{3,}?)[,.;:]?[”"]/;

/** What comes before the authors in a note: "For background on X, see ", "cf. ", "citing ". */
const LEAD_IN = /^(?:.*[\s,])?(?:see(?: also)?|cf\.?|citing|quoted in|cited in)\s+/i;

function cleanOutlet(value: string): string | null {
  let outlet = value
    .replace(/\((?:in\s+[^)]*|[^)]*\d{4}[^)]*)\)/gi, ' ')
    .replace(/^\s*(?:via|in|published by|available at)\s+/i, '')
    .replace(new RegExp(`\\s+in (?:${LANGUAGES.join('|')})$`), '')
    .replace(/\s+\d+:\d+.*$/, '') // "Example Review 12:3 (2019): pp. 40-44"
    .replace(/\s*,?\s*(?:pp?\.|no\.|vol\.)\s*.*$/i, '')
    .replace(/[\s,.;:]+$/, '')
    .trim();
  if (outlet === '' || /^\d/.test(outlet) || /^https?:/i.test(outlet)) return null;
  if (outlet.length > 120) outlet = outlet.slice(0, 120);
  return outlet;
}

function findUrl(text: string): string | null {
  const match = /\bhttps?:\/\/[^\s<>"”]+|\bwww\.[^\s<>"”]+/i.exec(text);
  if (!match) return null;
  return match[0].replace(/[.,;:)\]]+$/, '');
}

function findLanguage(text: string): string | null {
  const bracketed = /\(in ([\p{Lu}][\p{L}]+(?: and [\p{Lu}][\p{L}]+)?)\)/u.exec(text);
  if (bracketed) return bracketed[1]!;
  const bare = new RegExp(`\\bin (${LANGUAGES.join('|')})\\b(?![- ](?:language|speaking|ethnicity|nationals?|citizens?|authorities))`).exec(text);
  return bare ? bare[1]! : null;
}

/** Notes that only point elsewhere: "Ibid.", "Ibid., p. 4", "See note 12", "Id." */
export function isPointerNote(text: string): boolean {
  return /^(?:ibid|id|op\.? cit|see (?:endnote|note|footnote)s?\s+\d+)\b[.,]?/i.test(text.trim());
}

/**
 * Reads one endnote as printed into a cited work: authors, title, outlet, date, language, URL.
 * A note citing several works ("…; …") is read for its first; pointer notes ("Ibid.",
 * "See note 12") keep their text and nothing else.
 */
export function parseCitedWork(noteNumber: number, text: string): CitedWork {
  const note = text.replace(/\s+/g, ' ').trim();
  const work: CitedWork = { noteNumber, text: note, authors: [], title: null, outlet: null, date: null, language: null, url: null };
  if (isPointerNote(note)) return work;
  const url = findUrl(note);
  work.url = url;
  // the first work of the note: up to a semicolon outside quotes
  const first = firstWork(url === null ? note : note.replace(url, ' '));
  work.language = findLanguage(first);
  const apa = APA_WORK.exec(first);
  if (apa && !QUOTED_TITLE.test(first.slice(0, apa.index + apa[1]!.length))) return readApaWork(work, apa, first);
  const quoted = QUOTED_TITLE.exec(first);
  let rest: string;
  if (quoted) {
    work.title = quoted[1]!.replace(/(?<!\b\p{Lu})[,.;:]$/u, '').trim();
    const before = first.slice(0, quoted.index).replace(/[\s,:]+$/, '').replace(LEAD_IN, '');
    work.authors = before === '' ? [] : (splitAuthors(before) ?? []);
    rest = first.slice(quoted.index + quoted[0].length);
  } else {
    // Book, report or short form without quotes: "Jane Doe, Jihad in the
    // Borderlands (London: Example Press, 2019)", "Doe, pp. 88-91", "Karimova."
    const sentence = first.replace(LEAD_IN, '').split(/\.\s+(?=\p{Lu})/u)[0]!.replace(/\.$/, '');
    const segments = sentence.split(/,\s+/);
    const authors = splitAuthors(segments[0]!);
    const hasDate = findNoteDates(first).length > 0;
    if (authors) work.authors = authors;
    const titleSegment = authors ? segments[1] : segments[0];
    const isTitle =
      titleSegment !== undefined &&
      (authors !== null || hasDate) &&
      !/^\s*(?:pp?\.|\d)/.test(titleSegment) &&
      findNoteDates(titleSegment).length === 0;
    if (isTitle) work.title = titleSegment.replace(/\s*\(.*$/, '').trim() || null;
    const used = (authors ? 1 : 0) + (isTitle ? 1 : 0);
    rest = authors !== null || hasDate ? segments.slice(used).join(', ') : '';
  }
  // "accessed March 3, 2024" is when the citer looked, not when the work appeared
  const dates = findNoteDates(first).filter(
    (d) => !/\b(?:accessed|retrieved|last (?:visited|accessed)|viewed|consulted)(?: on)?[\s:,]*$/i.test(first.slice(Math.max(0, d.index - 30), d.index)),
  );
  work.date = dates.length > 0 ? (dates.find((d) => d.date.precision === 'day')?.date ?? dates.at(-1)!.date) : null;
  const outletText = rest.replace(/^[\s,.:;]+/, '').split(/[“"]/)[0]!.split(/,\s+/)[0] ?? '';
  const outlet = outletText === '' || findNoteDates(outletText).some((d) => d.index === 0) ? null : cleanOutlet(outletText);
  work.outlet = outlet !== null && isPointerNote(outlet) ? null : outlet;
  if (work.title === '') work.title = null;
  return work;
}

/** Author–date style: "Smith, J., & Doe, A. (2020). Title of the work. Publisher." */
const APA_WORK = /^((?:[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)*,\s(?:\p{Lu}\.\s?)+,?\s?(?:&\s|and\s)?)+)\((\d{4})[a-z]?(?:,\s([A-Z][a-z]+)(?:\s(\d{1,2}))?)?\)\.\s+(.+)$/u;

function readApaWork(work: CitedWork, match: RegExpExecArray, first: string): CitedWork {
  const authors = [...match[1]!.matchAll(/([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)*),\s((?:\p{Lu}\.\s?)+)/gu)].map(
    (m) => `${m[2]!.trim()} ${m[1]}`,
  );
  const year = Number(match[2]);
  const month = match[3] ? MONTHS[match[3].toLowerCase()] : undefined;
  const day = month !== undefined && match[4] ? Number(match[4]) : undefined;
  const rest = match[5]!;
  const [title, outlet] = rest.split(/(?<=[\p{Ll}\d?!)])\.\s+/u);
  return {
    ...work,
    authors,
    title: title ? title.replace(/[.]$/, '').trim() : null,
    outlet: outlet ? cleanOutlet(outlet.split(/\.\s+/)[0]!) : null,
    date:
      month !== undefined
        ? fuzzyDateOf(year, month, day !== undefined && day <= lastDayOfMonth(year, month) ? day : undefined)
        : fuzzyDateOf(year),
    language: work.language ?? findLanguage(first),
  };
}

function firstWork(note: string): string {
  let depth = 0;
  for (let i = 0; i < note.length; i += 1) {
    const c = note[i]!;
    if (c === '“') depth += 1;
    else if (c === '”') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) return note.slice(0, i);
  }
  return note;
}
