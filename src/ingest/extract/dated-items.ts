import { fuzzyDateOf, lastDayOfMonth, type FuzzyDate } from '../../model/index.js';
import { monthOf, type DateMention, type UndatedMention } from './find-dates.js';

/**
 * One item of a digest, a bulletin or a chronology: a bullet, a numbered or lettered paragraph, or a
 * line that opens with a date ("- 12 May, Kabankalan City, Negros Occidental: Troops …",
 * "b. On 3 April 2025, police …", "3 March 2024 – Gunmen …", "• Djibo (Burkina Faso), 11 May 2025. JNIM …").
 * Its leading date and place are those of the sentences it holds; the heading it stands under
 * ("Eastern Visayas", "2. GREECE") is the place it is about.
 */
export interface DatedItem {
  /** [start, end) in the text: from the item's marker to the next item, heading or blank line. */
  start: number;
  end: number;
  /** The date the item opens with, as read there (its year from the document's reference when it gives none), or null. */
  date: DateMention | null;
  /** Whether `date` was read here (a bare "12 May" the date reader leaves alone), not taken from the date reader. */
  isOwnDate: boolean;
  /** The day the item opens with when nothing gives its year (`date` is null then): its events are told, undated. */
  unplaced: UndatedMention | null;
  /** The place the item names before its text ("Kabankalan City, Negros Occidental"), or null. */
  place: { start: number; end: number } | null;
  /** The heading line the item stands under, or null. */
  heading: { start: number; end: number } | null;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

/** What opens an item: a bullet, "1.", "12)", "(a)", "b." (a line with none may still open with a date). */
const MARKER = /^[ \t]*(?:[•▪◦‣●○■□*–—-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))[ \t]+/;
/** A day of the week a digest writes beside an item's date: "(Tue)", "(Tuesday)", "Tue.", "Tuesday". */
const WEEKDAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const WEEKDAY_AT = new RegExp(`^(?:${WEEKDAY})$`, 'i');
/**
 * A day and month, the day first or last, perhaps a span of days, perhaps a year, and what ends it: "12 May,", "May 12–13:",
 * "3 March 2024 -"; the day of the week may stand before it or after it ("Tuesday, 28 July:", "28 July (Tue) -").
 */
const LEADING_DATE = new RegExp(
  `^(?:(?:On|In)\\s+)?(?:(?:${WEEKDAY}),?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?)(?:,?\\s+((?:19|20)\\d\\d))?(?:\\s*\\((?:${WEEKDAY})\\)|,\\s+(?:${WEEKDAY})(?=\\s*[:–—-]))?(?=\\s*(?:[,:.]|\\s[-–—]\\s|[–—]))`,
);
/** The place an item names between its date and its text: "Kabankalan City, Negros Occidental:", "Sorsogon:". */
const LEADING_PLACE = /^\s*,\s*(\p{Lu}[\p{L}’'.-]*(?:[ \t]+(?:\p{Lu}[\p{L}’'.-]*|de|del|di|al|el|la|of))*(?:,[ \t]+\p{Lu}[\p{L}’'.-]*(?:[ \t]+(?:\p{Lu}[\p{L}’'.-]*|de|del|di|al|el|la|of))*){0,3})\s*[:–—]/u;
/** A place that opens an item before its date: "Djibo (Burkina Faso), 11 May 2025." */
const PLACE_BEFORE_DATE = /^(\p{Lu}[\p{L}’'.-]*(?:[ \t]+(?:\p{Lu}[\p{L}’'.-]*|and|de|del|al|el))*(?:[ \t]*\([^()\n]{2,40}\))?),[ \t]+(?=\d{1,2}\s|\p{Lu}\p{Ll}+\s+\d)/u;

/**
 * The items of a document's body, in text order, with their leading dates and places and their headings.
 * A day told without a year takes the year of `reference` (the document's date), or of the last day or
 * month `dates` gives before the item when there is none; a day that would fall more than a month after
 * the reference is of the year before, when the reference is the document's publication date; when it is only the
 * latest date the text writes out (`isPublication` false), such a day is left without a year (`unplaced`): a digest
 * of this week whose dated past is all background is of a later year than any it writes. Linear in the length of the text.
 */
export function findDatedItems(text: string, bodyEnd: number, dates: readonly DateMention[], reference: FuzzyDate | null, isPublication = true): DatedItem[] {
  const items: DatedItem[] = [];
  let heading: { start: number; end: number } | null = null;
  let di = 0;
  let lastTold: DateMention | null = null;
  let open: DatedItem | null = null;
  let previousBlank = true;
  for (let at = 0; at < bodyEnd;) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 || nl > bodyEnd ? bodyEnd : nl;
    const line = text.slice(at, lineEnd);
    const next = lineEnd + 1;
    if (line.trim() === '') {
      if (open) { open.end = trimEnd(text, at); open = null; }
      previousBlank = true;
      at = next;
      continue;
    }
    while (di < dates.length && (dates[di] as DateMention).start < at) {
      const d = dates[di] as DateMention;
      if (d.date.precision === 'day' || d.date.precision === 'month') lastTold = d;
      di += 1;
    }
    const marker = MARKER.exec(line);
    if (isHeading(line, marker !== null, previousBlank, text, lineEnd, bodyEnd)) {
      if (open) { open.end = trimEnd(text, at); open = null; }
      const lead = /^[ \t]*(?:(?:\d{1,2}|[IVX]{1,4}|[A-Z])[.)][ \t]+)?/.exec(line)?.[0].length ?? 0;
      heading = { start: at + lead, end: at + line.trimEnd().length };
      previousBlank = false;
      at = next;
      continue;
    }
    const bodyAt = at + (marker ? marker[0].length : 0);
    // (a date told before the items, when the document gives no reference, stands in for one as before)
    const item = readItem(text, bodyAt, lineEnd, dates, di, reference ?? lastTold?.date ?? null, reference === null || isPublication, marker !== null);
    if (item || marker) {
      if (open) open.end = trimEnd(text, at);
      open = { start: bodyAt, end: lineEnd, date: item?.date ?? null, isOwnDate: item?.isOwnDate ?? false, unplaced: item?.unplaced ?? null, place: item?.place ?? null, heading };
      items.push(open);
    } else if (open) {
      // a hard-wrapped item goes on over the next lines
      open.end = lineEnd;
    }
    previousBlank = false;
    at = next;
  }
  if (open) open.end = Math.min(open.end, bodyEnd);
  return items;
}

/** A line that heads what follows: short, without a sentence's stop, on its own (after a blank line or another heading). */
function isHeading(line: string, marked: boolean, previousBlank: boolean, text: string, lineEnd: number, bodyEnd: number): boolean {
  const bare = line.replace(/^[ \t]*(?:(?:\d{1,2}|[IVX]{1,4}|[A-Z])[.)][ \t]+)?/, '').trim();
  if (bare === '' || bare.length > 70 || /[.!?;,:"”]$/.test(bare) || !/^\p{Lu}/u.test(bare)) return false;
  if (bare.split(/\s+/).length > 8) return false;
  // ("- Sorsogon" is an item; a bullet heads nothing)
  if (marked && /^[ \t]*[•▪◦‣●○■□*–—-]/.test(line)) return false;
  const nextLineBlank = /^\n?[ \t]*(?:\n|$)/.test(text.slice(lineEnd, Math.min(bodyEnd, lineEnd + 200)));
  return previousBlank || nextLineBlank;
}

/** The date and place an item opens with, or null when it opens with neither (a marked item still is one). */
function readItem(text: string, at: number, lineEnd: number, dates: readonly DateMention[], di: number, reference: FuzzyDate | null, isPublication: boolean, marked: boolean):
  { date: DateMention | null; isOwnDate: boolean; unplaced: UndatedMention | null; place: { start: number; end: number } | null } | null {
  const head = text.slice(at, Math.min(lineEnd, at + 160));
  // "Djibo (Burkina Faso), 11 May 2025.": the place first, then the date
  const before = PLACE_BEFORE_DATE.exec(head);
  const dateAt = before ? at + before[0].length : at;
  const m = LEADING_DATE.exec(text.slice(dateAt, Math.min(lineEnd, dateAt + 60)));
  // (a line with no marker is an item only when a date opens it: a chronology's "3 March 2024 – …")
  if (!m) return marked ? { date: null, isOwnDate: false, unplaced: null, place: null } : null;
  const end = dateAt + m[0].length;
  // the date reader's reading of the same words wins (it knows "On 2 October" in its paragraph)
  let told: DateMention | null = null;
  for (let k = Math.max(0, di - 1); k < dates.length && (dates[k] as DateMention).start < end; k++) {
    const d = dates[k] as DateMention;
    // (not a bare day of the week before the date: "Tuesday, 28 July" is dated by its day and month)
    if (d.start >= dateAt && d.start < end && !WEEKDAY_AT.test(text.slice(d.start, d.end))) { told = d; break; }
  }
  let date = told;
  let isOwnDate = false;
  let unplaced: UndatedMention | null = null;
  if (!date) {
    const own = readLeadingDate(m, reference, isPublication);
    const start = dateAt + (/^(?:On|In)\s+/.exec(m[0])?.[0].length ?? 0);
    if (own === 'unplaced') unplaced = { start, end, text: text.slice(start, end) };
    else if (own) { date = { start, end, date: own, isRelative: m[5] === undefined }; isOwnDate = true; }
  }
  // a line with no marker that opens with a date needs the date's own stop after it (not "12 May saw …")
  if (!marked && !before && !/^\s*(?:[:–—]|\s-\s|,\s+\p{Lu})/u.test(text.slice(end, end + 4))) return null;
  let place: { start: number; end: number } | null = null;
  if (before) {
    place = { start: at, end: at + (before[1] as string).length };
  } else {
    const p = LEADING_PLACE.exec(text.slice(end, Math.min(lineEnd, end + 100)));
    if (p) {
      const from = end + p[0].indexOf(p[1] as string);
      place = { start: from, end: from + (p[1] as string).length };
    }
  }
  return { date, isOwnDate, unplaced, place };
}

/** "12 May", "May 12–13", "3 March 2024": the day (the first of a span), its year told or the reference's. */
function readLeadingDate(m: RegExpExecArray, reference: FuzzyDate | null, isPublication: boolean): FuzzyDate | 'unplaced' | null {
  const month = monthOf((m[2] ?? m[3]) as string);
  const day = Number(m[1] ?? m[4]);
  if (!month) return null;
  let year = m[5] !== undefined ? Number(m[5]) : reference ? Number(reference.end.slice(0, 4)) : null;
  if (year === null) return null;
  if (m[5] === undefined && reference) {
    // "28 December" in a digest issued on 3 January is of the year before (a month's slack: a digest may be dated by its coverage's start)
    const told = Date.UTC(year, month - 1, day);
    const [ry, rm, rd] = reference.end.split('-').map(Number) as [number, number, number];
    if (told - Date.UTC(ry, rm - 1, rd) > 31 * 86_400_000) {
      // (a reference that is not the publication date says nothing of which year such a day is of)
      if (!isPublication) return 'unplaced';
      year -= 1;
    }
  }
  if (day < 1 || day > lastDayOfMonth(year, month)) return null;
  return fuzzyDateOf(year, month, day, m[0]);
}

function trimEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end -= 1;
  return end;
}
