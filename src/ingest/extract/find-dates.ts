import { lastDayOfMonth, fuzzyDateOf, type FuzzyDate } from '../../model/index.js';
import { AnchoredPattern } from './anchored-pattern.js';
import { isNegatedOrUnreal } from './negation.js';
import { WordIndex } from './word-index.js';
import { countBefore } from './count-before.js';

/** A date the text gives, where it gives it, and whether it was read relative to another date. */
export interface DateMention {
  start: number;
  end: number;
  date: FuzzyDate;
  isRelative: boolean;
}

/**
 * Words that tell a date nothing in the text places in time: "on Wednesday", "Jan 7", "in October"
 * in a story with no year, no publication date and no date before them. An event they date is
 * kept with an unknown date, never given an invented year.
 */
export interface UndatedMention {
  start: number;
  end: number;
  text: string;
}

/** What relative dates are resolved against. */
export interface DateContext {
  /** When the document was published (resolves "last week", "this year"). */
  published: FuzzyDate | null;
  /**
   * When `published` is null: what stands in for it, told from the dates written out in full (read first, in text
   * order), or null for none. (The dates told relative to it are then read once, not read again with it.)
   */
  fallback?: (absolute: readonly DateMention[]) => FuzzyDate | null;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const YEAR = '((?:19|20)\\d\\d)(?!\\d)';
/** A month as written in running text, capitalised ("Oct. 27", "Nov 4", "June 29"): the cue for a day told without its year. */
const MONTH_CAP = MONTH; // the same words, in patterns without the i flag
const PART = '(early|mid|late|the beginning of|the start of|the end of|the middle of|the first half of|the second half of|the spring of|the summer of|the autumn of|the fall of|the winter of|spring|summer|autumn|fall|winter)';

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** The month a month's name or abbreviation names ("March", "Sept."), or 0. */
export function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function range(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number, text: string, precision: FuzzyDate['precision'] = 'range'): FuzzyDate {
  return { start: iso(y1, m1, d1), end: iso(y2, m2, d2), precision, text };
}

/** A part of a year or month: "early August 2018", "mid-2021", "summer 2019", "the end of 2016". */
function partOf(part: string, year: number, month: number | null, text: string): FuzzyDate {
  const p = part.toLowerCase().replace(/^the /, '').replace(/ of$/, '');
  if (month !== null) {
    const last = lastDayOfMonth(year, month);
    if (/^(early|beginning|start|(?:first|opening) (?:days?|weeks?|fortnight))/.test(p)) return range(year, month, 1, year, month, 10, text);
    if (/^(mid|middle)/.test(p)) return range(year, month, 11, year, month, 20, text);
    if (/^(late|end|(?:last|final|closing) (?:days?|weeks?|fortnight))/.test(p)) return range(year, month, 21, year, month, last, text);
    if (/first half/.test(p)) return range(year, month, 1, year, month, 15, text);
    if (/second half/.test(p)) return range(year, month, 16, year, month, last, text);
    return fuzzyDateOf(year, month, undefined, text);
  }
  if (/^(early|beginning|start)/.test(p)) return range(year, 1, 1, year, 4, 30, text);
  if (/^(mid|middle)/.test(p)) return range(year, 5, 1, year, 8, 31, text);
  if (/^(late|end)/.test(p)) return range(year, 9, 1, year, 12, 31, text);
  if (/first half/.test(p)) return range(year, 1, 1, year, 6, 30, text);
  if (/second half/.test(p)) return range(year, 7, 1, year, 12, 31, text);
  if (/spring/.test(p)) return range(year, 3, 1, year, 5, 31, text, 'season');
  if (/summer/.test(p)) return range(year, 6, 1, year, 8, 31, text, 'season');
  if (/autumn|fall/.test(p)) return range(year, 9, 1, year, 11, 30, text, 'season');
  if (/winter/.test(p)) return range(year, 12, 1, year + 1, 2, lastDayOfMonth(year + 1, 2), text, 'season');
  return fuzzyDateOf(year, undefined, undefined, text);
}

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray, ctx: { year: number | null; published: FuzzyDate | null; previous: FuzzyDate | null; previousDay?: FuzzyDate | null }) => FuzzyDate | null;
  relative?: boolean;
  /** A day or month told without a year, which takes the year of its context. */
  yearless?: boolean;
  /** Read before the days and months told without a year, whose words it holds ("in July last year"). */
  isReadFirst?: boolean;
}

const PATTERNS: Pattern[] = [
  // between March and April 2024
  {
    re: new RegExp(`\\bbetween ${MONTH}(?: ${YEAR})? and ${MONTH},? ${YEAR}`, 'gi'),
    read: (m) => {
      const y2 = Number(m[4]);
      const y1 = m[2] ? Number(m[2]) : y2;
      const m1 = monthOf(m[1] as string);
      const m2 = monthOf(m[3] as string);
      return range(y1, m1, 1, y2, m2, lastDayOfMonth(y2, m2), m[0]);
    },
  },
  // January-June 2024, from March to May 2023, Jan.–Mar. 2024: a digest's span of months (not the last month alone)
  {
    re: new RegExp(`\\b(?:from )?${MONTH}(?:,? ${YEAR})?(?: ?[-–] ?| (?:to|through|until|till) )${MONTH},? ${YEAR}`, 'gi'),
    read: (m) => {
      // ("may" in lower case is the verb: "attacks may through June 2024 …" tells no span)
      if (m[1] === 'may') return null;
      const y2 = Number(m[4]);
      const y1 = m[2] ? Number(m[2]) : y2;
      const m1 = monthOf(m[1] as string);
      const m2 = monthOf(m[3] as string);
      if (y1 > y2 || y2 - y1 > 1 || (y1 === y2 && m1 >= m2)) return null;
      return range(y1, m1, 1, y2, m2, lastDayOfMonth(y2, m2), m[0]);
    },
  },
  // between 2014 and 2016, 2014-2015, 2014 or 2015, from 2014 to 2016, in 2016 and early 2017
  {
    re: new RegExp(`\\b(?:between |from )?${YEAR}(?: ?[-–] ?| or | and | to )(?:${PART}[ -])?${YEAR}`, 'gi'),
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (b <= a || b - a > 30) return null;
      const end = m[2] === undefined ? iso(b, 12, 31) : partOf(m[2], b, null, m[0]).end;
      return { start: iso(a, 1, 1), end, precision: 'range', text: m[0] };
    },
  },
  // 2018-07-29: a chronology's or a digest's date as ISO 8601 writes it
  {
    re: /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b(?!-\d)/g,
    read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3]), m[0]),
  },
  // the first quarter of 2024, Q3 2023: a monitoring report's quarter
  {
    re: new RegExp(`\\b(?:(?:the )?(first|second|third|fourth|last|final|1st|2nd|3rd|4th) quarter (?:of )?|Q([1-4]) )${YEAR}`, 'gi'),
    read: (m) => {
      const word = (m[1] ?? '').toLowerCase();
      const q = m[2] !== undefined ? Number(m[2]) : (({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3 } as Record<string, number>)[word] ?? 4);
      const y = Number(m[3]);
      return range(y, 3 * q - 2, 1, y, 3 * q, lastDayOfMonth(y, 3 * q), m[0]);
    },
  },
  // Christmas Eve 2022, New Year's Eve of 2016: a fixed feast's day in the year given
  {
    re: new RegExp(`\\b(Christmas Eve|Christmas Day|New Year['’]s Eve|New Year['’]s Day),? (?:of )?${YEAR}`, 'g'),
    read: (m) => feastDay(Number(m[2]), m[1] as string, m[0]),
  },
  // May 3-4, 2023 / May 3 and 4, 2023: a span of days a US-style date gives one year for (not "May 3" alone, of its context's year)
  {
    re: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?: ?[-–] ?| (?:and|to|or|through|until|till) )(\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}`, 'gi'),
    read: (m) => {
      const y = Number(m[4]);
      const mo = monthOf(m[1] as string);
      const [a, b] = [Number(m[2]), Number(m[3])];
      if (a >= b || mo < 1 || b > lastDayOfMonth(y, mo)) return null;
      return range(y, mo, a, y, mo, b, m[0]);
    },
  },
  // July 29, 2018 / July 29 2018
  {
    re: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}`, 'gi'),
    read: (m) => day(Number(m[3]), monthOf(m[1] as string), Number(m[2]), m[0]),
  },
  // 29 July 2018
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH},? ${YEAR}`, 'gi'),
    read: (m) => day(Number(m[3]), monthOf(m[2] as string), Number(m[1]), m[0]),
  },
  // 3 May '23, May 3, '23, May '23: a year told by its last two digits
  {
    re: new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH}(?: (\\d{1,2})(?:st|nd|rd|th)?)?),? ['’](\\d\\d)\\b(?!['’\\w])`, 'gi'),
    read: (m) => {
      const yy = Number(m[5]);
      const y = yy < 50 ? 2000 + yy : 1900 + yy;
      const month = monthOf((m[2] ?? m[3]) as string);
      const dayOfMonth = m[1] ?? m[4];
      return dayOfMonth !== undefined ? day(y, month, Number(dayOfMonth), m[0]) : fuzzyDateOf(y, month, undefined, m[0]);
    },
  },
  // early August 2018, the end of July 2018
  {
    re: new RegExp(`\\b${PART}[ -]${MONTH},? ${YEAR}`, 'gi'),
    read: (m) => partOf(m[1] as string, Number(m[3]), monthOf(m[2] as string), m[0]),
  },
  // July 2018
  {
    re: new RegExp(`\\b${MONTH},? ${YEAR}`, 'gi'),
    read: (m) => fuzzyDateOf(Number(m[2]), monthOf(m[1] as string), undefined, m[0]),
  },
  // mid-2021, late 2018, summer 2019, the end of 2016
  {
    re: new RegExp(`\\b${PART}[ -]${YEAR}`, 'gi'),
    read: (m) => partOf(m[1] as string, Number(m[2]), null, m[0]),
  },
  // the 1980s, the early 1990s
  {
    re: /\b(?:the )?(early |mid-|late )?((?:19|20)\d)0s\b/gi,
    read: (m) => {
      const decade = Number(m[2]) * 10;
      const part = (m[1] ?? '').trim().replace('-', '');
      const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : [0, 9];
      return range(decade + a, 1, 1, decade + b, 12, 31, m[0]);
    },
  },
  // in 2017, by 2015, since 2014 (a bare year; not a figure like "2,000" nor part of "2014-2015", nor a military time: "at 2030 hours")
  {
    re: /(?<![\d,.\-–/])\b((?:19|20)\d\d)\b(?!\d|,\d{3}|\s?[-–]\s?\d|\s(?:people|fighters|members|citizens|men|troops|foreign|civilians|soldiers|(?:million|billion)\b)|\s?(?:hours|hrs|h\b|GMT|UTC|Zulu|local time))/g,
    read: (m) => fuzzyDateOf(Number(m[1]), undefined, undefined, m[0]),
  },
  // "in July last year", "June of last year", "March 3 this year": a month or day of the year before the publication's, or of its year
  {
    re: new RegExp(`\\b${MONTH_CAP}(?: (\\d{1,2})(?:st|nd|rd|th)?)?,? (?:of )?(last|this) year\\b`, 'g'),
    read: (m, ctx) => yearOfPublication(ctx.published, m[3] as string, (y) => m[2] === undefined ? fuzzyDateOf(y, monthOf(m[1] as string), undefined, m[0]) : day(y, monthOf(m[1] as string), Number(m[2]), m[0])),
    relative: true,
    isReadFirst: true,
  },
  // "on 3 March last year"
  {
    re: new RegExp(`\\b(?:on|since|by|until|from) (\\d{1,2}) ${MONTH_CAP},? (?:of )?(last|this) year\\b`, 'g'),
    read: (m, ctx) => yearOfPublication(ctx.published, m[3] as string, (y) => day(y, monthOf(m[2] as string), Number(m[1]), m[0])),
    relative: true,
    isReadFirst: true,
  },
  // "on Wednesday of last week", "on Thursday last week": that weekday of the week (Monday to Sunday) before the publication's
  {
    re: /\b(?:[Oo]n )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:of )?last week\b/g,
    read: (m, ctx) => {
      if (!ctx.published || ctx.published.precision !== 'day') return null;
      const [y, mo, d] = ctx.published.start.split('-').map(Number) as [number, number, number];
      // (days counted from Monday: the publication's week opens on its Monday, the week before seven days earlier)
      const fromMonday = (new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7;
      const weekday = (WEEKDAYS.indexOf((m[1] as string).toLowerCase()) + 6) % 7;
      const t = new Date(Date.UTC(y, mo - 1, d - fromMonday - 7 + weekday));
      return fuzzyDateOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), m[0]);
    },
    relative: true,
    isReadFirst: true,
  },
  // "last July", "this past March": the latest such month before the publication's month
  {
    re: new RegExp(`\\b(?:[Ll]ast|[Tt]his past) ${MONTH_CAP}\\b(?![ ,]+\\d)`, 'g'),
    read: (m, ctx) => {
      if (!ctx.published) return null;
      const [y, mo] = ctx.published.end.split('-').map(Number) as [number, number];
      const month = monthOf(m[1] as string);
      return fuzzyDateOf(month < mo ? y : y - 1, month, undefined, m[0]);
    },
    relative: true,
    isReadFirst: true,
  },
  // "late last year", "early this month", "the end of last year": a part of the year or month before the publication, or of its own
  {
    re: /\b(early|mid|late|the (?:beginning|start|end|middle) of)[ -](last|this) (year|month)\b/gi,
    read: (m, ctx) => {
      if (!ctx.published) return null;
      const [y, mo] = ctx.published.end.split('-').map(Number) as [number, number];
      const isLast = (m[2] as string).toLowerCase() === 'last';
      if ((m[3] as string).toLowerCase() === 'year') return partOf(m[1] as string, isLast ? y - 1 : y, null, m[0]);
      const [yy, mm] = !isLast ? [y, mo] : mo === 1 ? [y - 1, 12] : [y, mo - 1];
      return partOf(m[1] as string, yy, mm, m[0]);
    },
    relative: true,
    isReadFirst: true,
  },
  // on July 29, the Oct. 27 raid, the evening of Sept. 1, a dateline's "Nov 4" (year from context)
  {
    re: new RegExp(`\\b${MONTH_CAP} (\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]? ?(?:19|20)\\d\\d|[.:]?\\d)`, 'g'),
    read: (m, ctx) => (ctx.year === null ? null : day(ctx.year, monthOf(m[1] as string), Number(m[2]), m[0])),
    relative: true,
    yearless: true,
  },
  // in the first days of March, early June, the end of May (year from context)
  {
    re: new RegExp(`\\b(early|mid|late|the (?:first|last|final|opening|closing) (?:days?|weeks?|fortnight) of|the (?:beginning|start|end|middle) of)[ -]${MONTH}\\b(?!,? \\d)`, 'gi'),
    read: (m, ctx) => (ctx.year === null || (m[2] as string).toLowerCase() === 'may' && !/^[A-Z]/.test(m[2] as string) ? null : partOf(m[1] as string, ctx.year, monthOf(m[2] as string), m[0])),
    relative: true,
    yearless: true,
  },
  // in July (year from context)
  {
    re: new RegExp(`\\b(?:in|by|since|during|until|early|mid|late|mid-) ${MONTH}\\b(?!,? \\d)`, 'gi'),
    read: (m, ctx) => (ctx.year === null || (m[1] as string).toLowerCase() === 'may' ? null : fuzzyDateOf(ctx.year, monthOf(m[1] as string), undefined, m[0])),
    relative: true,
    yearless: true,
  },
  // "in its November issue", "the May edition": a periodical's issue dated by its month (year from context)
  {
    // (read at the month's name, not at every "the" of the text)
    re: new RegExp(`\\b${MONTH_CAP} (?:issue|edition|number)\\b`, 'g'),
    read: (m, ctx) => (ctx.year === null ? null : fuzzyDateOf(ctx.year, monthOf(m[1] as string), undefined, m[0])),
    relative: true,
    yearless: true,
  },
  // the next day, the following week, two days later, the following year, two years later (after the date before it)
  {
    // ("two days later, on 5 May" gives its own date; "two days later in Toledo" does not)
    re: new RegExp(`\\b(?:the (?:following|next) (day|week|month|year)|(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) (days?|weeks?|months?|years?) (later|earlier|before)(?!,? (?:on|in) (?:the )?(?:\\d|${MONTH.replace('(', '(?:')}\\b))|the (day) after)\\b`, 'gi'),
    read: (m, ctx) => {
      const prev = ctx.previous;
      if (!prev) return null;
      const unit = (m[1] ?? m[3] ?? m[5] ?? 'day').toLowerCase().replace(/s$/, '');
      const n = (m[2] === undefined ? 1 : (COUNT_WORDS[m[2].toLowerCase()] ?? Number(m[2]))) * (m[4] !== undefined && m[4].toLowerCase() !== 'later' ? -1 : 1);
      if (!Number.isFinite(n) || n === 0) return null;
      const [y, mo, d] = prev.end.split('-').map(Number) as [number, number, number];
      if (unit === 'year') {
        // ("within the next year" looks ahead; "two years before his death" counts from something else)
        if (/^the next/i.test(m[0]) || (/before$/i.test(m[0]) && /^ (?:the|a|an|his|her|its|their|this|that|he|she|it|they)\b/i.test(m.input.slice(m.index + m[0].length)))) return null;
        if (prev.start.slice(0, 4) !== prev.end.slice(0, 4)) return null;
        return fuzzyDateOf(Number(prev.start.slice(0, 4)) + n, undefined, undefined, m[0]);
      }
      if (unit === 'month') {
        // a month told by a day or a month: that many months on, to the month
        if (prev.precision !== 'day' && prev.precision !== 'month') return null;
        const t = new Date(Date.UTC(y, mo - 1 + n, 1));
        return fuzzyDateOf(t.getUTCFullYear(), t.getUTCMonth() + 1, undefined, m[0]);
      }
      if (prev.precision !== 'day') return null;
      if (unit === 'day') return dayOn(prev, n, m[0]);
      // "the following week": the seven days after; "two weeks later": the week around that many weeks on
      const [from, to] = m[1] !== undefined ? [d + 1, d + 7] : [d + 7 * n - 3, d + 7 * n + 3];
      if (from > to) return null;
      const t = new Date(Date.UTC(y, mo - 1, from));
      const e = new Date(Date.UTC(y, mo - 1, to));
      return { start: t.toISOString().slice(0, 10), end: e.toISOString().slice(0, 10), precision: 'range', text: m[0] };
    },
    relative: true,
  },
  // "more than 100 were arrested in the following weeks", "in the days that followed": the span after the date before it;
  // "police had raided the flat the day before", "the previous night": the day before it
  {
    re: /\bthe (?:(?:following|subsequent|ensuing) (days|weeks|months)|(days|weeks|months) (?:that followed|after(?:wards)?)(?! (?:the|a|an|his|her|its|their|this|that)\b)|(?:day|night|evening) (before)(?! (?:the|a|an|his|her|its|their|this|that)\b)|(previous) (?:day|night|evening))\b/gi,
    read: (m, ctx) => {
      const prev = ctx.previous;
      if (m[3] !== undefined || m[4] !== undefined) return prev?.precision === 'day' ? dayOn({ ...prev, end: prev.start }, -1, m[0]) : null;
      const unit = (m[1] ?? m[2] ?? '').toLowerCase();
      if (!prev || (prev.precision !== 'day' && (unit !== 'months' || prev.precision !== 'month'))) return null;
      const [y, mo, d] = prev.end.split('-').map(Number) as [number, number, number];
      if (unit === 'months') {
        const [sy, sm] = endOfMonthsOn(y, mo, 1);
        return range(sy, sm, 1, ...endOfMonthsOn(y, mo, 3), m[0]);
      }
      const last = new Date(Date.UTC(y, mo - 1, d + (unit === 'days' ? 7 : 28)));
      const next = new Date(Date.UTC(y, mo - 1, d + 1));
      // (a span across a month's end is told to the month most of it falls in, as an analyst dates "more than 100 were
      // arrested in the following weeks" after 27 April to May: the span's own ends are more than the words tell)
      if (next.getUTCMonth() !== last.getUTCMonth()) {
        const inFirst = lastDayOfMonth(next.getUTCFullYear(), next.getUTCMonth() + 1) - next.getUTCDate() + 1;
        const inLast = last.getUTCDate();
        if (inFirst !== inLast) {
          const t = inFirst > inLast ? next : last;
          return fuzzyDateOf(t.getUTCFullYear(), t.getUTCMonth() + 1, undefined, m[0]);
        }
      }
      return { start: next.toISOString().slice(0, 10), end: last.toISOString().slice(0, 10), precision: 'range', text: m[0] };
    },
    relative: true,
  },
  // "on New Year's Eve", "on Christmas Day" (no year): the feast's day in the year of its context
  {
    // (after "on" or the part of the day it was: "planning an attack over New Year's Eve" names a planned occasion, no day told)
    re: new RegExp(`(?<=\\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|(?:night|morning|evening|hours|afternoon) of) )(Christmas Eve|Christmas Day|New Year['’]s Eve|New Year['’]s Day)\\b(?!,? (?:of )?${YEAR})`, 'g'),
    read: (m, ctx) => (ctx.year === null ? null : feastDay(ctx.year, m[1] as string, m[0])),
    relative: true,
    yearless: true,
  },
  // "on 22 March", "Wednesday, 10 September", "Friday (3 May)" (day before month, no year): the year of the date before it
  {
    re: new RegExp(`\\b(?:on the|on|since|by|until|from|between|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?) \\(?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}\\b(?!,? \\d)`, 'gi'),
    read: (m, ctx) => (ctx.year === null ? null : day(ctx.year, monthOf(m[2] as string), Number(m[1]), m[0])),
    relative: true,
    yearless: true,
  },
  // "On April 5 of that year", "in June of the same year": a day or a month in the year of the date before it
  // (read before "On April 5" alone, which would take the publication's year, and before "that year" alone)
  {
    re: new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH} (\\d{1,2})(?:st|nd|rd|th)?|${MONTH}),? (?:of )?(?:that|the same) year\\b`, 'gi'),
    read: (m, ctx) => {
      const prev = ctx.previous;
      if (!prev || prev.start.slice(0, 4) !== prev.end.slice(0, 4)) return null;
      const y = Number(prev.start.slice(0, 4));
      const month = monthOf((m[2] ?? m[3] ?? m[5]) as string);
      const dayOfMonth = m[1] ?? m[4];
      return dayOfMonth !== undefined ? day(y, month, Number(dayOfMonth), m[0]) : fuzzyDateOf(y, month, undefined, m[0]);
    },
    relative: true,
    isReadFirst: true,
  },
  // "shot dead near Vienna that July", "later that year", "that same month": in the year (or month) of the date before it
  // ("a house that may have been used" names no month: "may" in lower case is the verb)
  {
    re: new RegExp(`\\b(?:(?:later|earlier) )?that (?:same )?(?:${MONTH}|(year|month))\\b`, 'gi'),
    read: (m, ctx) => {
      const prev = ctx.previous;
      if (!prev || prev.start.slice(0, 4) !== prev.end.slice(0, 4) || m[1] === 'may') return null;
      const y = Number(prev.start.slice(0, 4));
      if (m[1] !== undefined) return fuzzyDateOf(y, monthOf(m[1]), undefined, m[0]);
      if ((m[2] as string).toLowerCase() === 'year') return fuzzyDateOf(y, undefined, undefined, m[0]);
      if (prev.precision !== 'day' && prev.precision !== 'month') return null;
      return fuzzyDateOf(y, Number(prev.start.slice(5, 7)), undefined, m[0]);
    },
    relative: true,
  },
  // "the following Tuesday", "on the previous Friday": the first such weekday after (or before) the last day the text named
  {
    re: /\b[Tt]he (following|next|previous|preceding) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    read: (m, ctx) => {
      const prev = ctx.previousDay;
      if (!prev) return null;
      const [y, mo, d] = prev.start.split('-').map(Number) as [number, number, number];
      const weekday = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
      const from = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
      const isAfter = /^(?:following|next)$/i.test(m[1] as string);
      const n = isAfter ? ((weekday - from + 6) % 7) + 1 : -(((from - weekday + 6) % 7) + 1);
      return dayOn({ ...prev, end: prev.start }, n, m[0]);
    },
    relative: true,
  },
  // "a further suspect was arrested the same day": the last day the text named
  {
    re: /\b(?:(?:on |later |earlier )?(?:the|that) same (?:day|night|evening)|(?:later|earlier) that (?:day|night|evening)|hours later|that (?:night|evening))\b/gi,
    read: (m, ctx) => (ctx.previousDay ? { ...ctx.previousDay, text: m[0] } : null),
    relative: true,
  },
  // "prosecutors said on Friday": news copy dates by the weekday, the last one on or before publication
  // ("On Sunday 23 June 2024", "on Wednesday, 10 September", "on Friday (3 May)": the weekday of the date told beside it, no date of its own)
  {
    re: new RegExp(`\\b(?:[Oo]n|[Ll]ast|[Tt]his past|[Ss]ince|[Uu]ntil|[Ll]ate on|[Ee]arly on) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!,? \\(?(?:the )?(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_CAP}|${MONTH_CAP} \\d{1,2})\\b)`, 'g'),
    read: (m, ctx) => weekdayBefore(ctx.published, WEEKDAYS.indexOf((m[1] as string).toLowerCase()), m[0]),
    relative: true,
  },
  // "gunmen killed five people yesterday": the day before a publication told to the day
  {
    re: /\b(?:yesterday|last night)\b/gi,
    read: (m, ctx) => {
      if (!ctx.published || ctx.published.precision !== 'day') return null;
      return dayOn({ ...ctx.published, end: ctx.published.start }, -1, m[0]);
    },
    relative: true,
  },
  // "three months ago", "two weeks ago", "three years ago this week": that long before the publication (to the month, the
  // week, or the week or month the words add), as a podcast, a hearing or a speech tells an anniversary
  {
    re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (years?|months?|weeks?|days?) ago(?: (this|last) (week|month))?\b/gi,
    read: (m, ctx) => {
      const n = COUNT_WORDS[(m[1] as string).toLowerCase()] ?? Number(m[1]);
      if (!ctx.published || !Number.isFinite(n)) return null;
      const unit = (m[2] as string).toLowerCase().replace(/s$/, '');
      // (the week or month of the publication, or the one before, moved back that long: "three years ago this week")
      const near = m[4] !== undefined ? relativeTo(ctx.published, (m[3] as string).toLowerCase(), (m[4] as string).toLowerCase(), m[0]) : null;
      // (a bare "two years ago" says roughly how long, not which year: only an anniversary is read)
      if (unit === 'year') return near ? shiftYear(near, -n) : null;
      const [y, mo] = ctx.published.end.split('-').map(Number) as [number, number];
      if (unit === 'month') {
        const t = new Date(Date.UTC(y, mo - 1 - n, 1));
        return fuzzyDateOf(t.getUTCFullYear(), t.getUTCMonth() + 1, undefined, m[0]);
      }
      // (days and weeks back from a publication told to its day)
      if (ctx.published.precision !== 'day' || near) return null;
      if (unit === 'day') return dayOn(ctx.published, -n, m[0]);
      const end = dayOn(ctx.published, 3 - 7 * n, m[0]);
      const start = dayOn(ctx.published, -3 - 7 * n, m[0]);
      return { start: start.start, end: end.end, precision: 'range', text: m[0] };
    },
    relative: true,
  },
  // "this past year": the twelve months up to publication, which a review late in a year means as that year
  {
    re: /\bthis past year\b/gi,
    read: (m, ctx) => {
      if (!ctx.published) return null;
      const [y, mo] = ctx.published.end.split('-').map(Number) as [number, number];
      if (mo >= 7) return fuzzyDateOf(y, undefined, undefined, m[0]);
      return { start: `${y - 1}-${ctx.published.end.slice(5)}`, end: ctx.published.end, precision: 'range', text: m[0] };
    },
    relative: true,
  },
  // last week, earlier this month, last year, this year, earlier this week
  {
    re: /\b(last|this|earlier this|later this|past|previous|the previous|the past) (week|month|year)\b(?!,? (?:on|in) \d)/gi,
    // "the previous week": the week before the date the text last gave, not before the publication
    read: (m, ctx) => (/^the previous$/i.test(m[1] as string) ? relativeTo(ctx.previous, 'previous', (m[2] as string).toLowerCase(), m[0], false)
      : relativeTo(ctx.published, (m[1] as string).toLowerCase(), (m[2] as string).toLowerCase(), m[0])),
    relative: true,
  },
];

/** Each pattern read only where its opening words stand (anchored-pattern.ts), absolute dates first. */
const ABSOLUTE = PATTERNS.filter((x) => !x.relative).map((p) => ({ ...p, anchored: new AnchoredPattern(p.re) }));
// (days and months told without a year first: "On 2 October … two days later" counts from a day read before it)
// (and before those, the ones that hold such a day or month with its own year: "in July last year")
const rank = (p: Pattern): number => (p.isReadFirst === true ? 2 : p.yearless === true ? 1 : 0);
const RELATIVE = PATTERNS.filter((x) => x.relative).sort((a, b) => rank(b) - rank(a)).map((p) => ({ ...p, anchored: new AnchoredPattern(p.re) }));

/** The same interval a number of years earlier or later (29 February becomes 28). */
function shiftYear(date: FuzzyDate, years: number): FuzzyDate {
  const move = (d: string): string => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
    return iso(y + years, m, Math.min(dd, lastDayOfMonth(y + years, m)));
  };
  return { ...date, start: move(date.start), end: move(date.end) };
}

/** The end of a sentence: a full stop (or ! ?) and a capital after it. */
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“]?\p{Lu})/gu;

/**
 * SENTENCE_END's matches over a whole text, found once: where each starts, ends, and where the capital it looks
 * at ends (a match counts before a place only when that capital does). The text is the one they were found in.
 */
interface SentenceEnds {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  seenTo: Int32Array;
}

/** The last text's sentence ends: the dates and then the events of one document ask about the same text, many times. */
let lastSentenceEnds: SentenceEnds | null = null;

function sentenceEndsOf(text: string): SentenceEnds {
  if (lastSentenceEnds !== null && lastSentenceEnds.text === text) return lastSentenceEnds;
  const starts: number[] = [];
  const ends: number[] = [];
  const seenTo: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    const quote = text[end] === '"' || text[end] === '“' ? 1 : 0;
    starts.push(m.index);
    ends.push(end);
    seenTo.push(end + quote + ((text.codePointAt(end + quote) ?? 0) > 0xffff ? 2 : 1));
  }
  lastSentenceEnds = { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends), seenTo: Int32Array.from(seenTo) };
  return lastSentenceEnds;
}

/**
 * Where the sentence that holds `pos` starts: after the last sentence end before it, at most back to its line's start
 * or 300 characters. The same as the end of SENTENCE_END's last match in `text.slice(from, pos)`, read from the
 * matches over the whole text: a match there begins at a full stop (none inside it), so the slice's matches are the
 * whole text's that begin at `from` or after and whose capital lies before `pos`.
 */
function sentenceStartBefore(text: string, pos: number): number {
  const from = Math.max(0, pos - 300, text.lastIndexOf('\n', pos - 1) + 1);
  const { starts, ends, seenTo } = sentenceEndsOf(text);
  // (the matches seen whole before `pos` come first: each one's capital lies before the next one's full stop)
  const k = countBefore(seenTo, (to) => to, pos, true) - 1;
  return k >= 0 && (starts[k] as number) >= from ? (ends[k] as number) : from;
}

/** "from late June 2024", "from 15 March 2025": the opening of a period told to its month or day. */
const OPENS_PERIOD = /\bfrom\s+(?:the\s+)?(?:(?:early|mid|late)[\s-])?$/i;
/** "since 2011", "from 2014", "until 2019": a year that bounds a period, not the year of an occasion. */
const PERIOD_BEFORE = /\b(?:since|from|until|till|before|after|by|through|throughout)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-])?$/i;

/**
 * The year a day or month told without one takes ("On August 28"), as an analyst reads it against the
 * running narrative: the year of the nearest date before it in the same paragraph that names an occasion
 * (not a period, a decade or a span of years: "since 2011", "the 1990s") when the paragraph tells a dated
 * story, else the year of the section's date heading ("Attacks in 2023"), else the publication year;
 * without a publication date, the nearest day or month date before it in the document; else none.
 */
function makeAnchors(text: string, absolute: readonly DateMention[], unanchored = false): { yearAt: (at: number, published: FuzzyDate | null, dateIn?: (year: number) => FuzzyDate | null) => number | null } {
  // ("The second phase, from late June 2024, …", "from 15 March 2025 … until the ceasefire on 6 May": a period opened
  // on a day or in a month opens the story the paragraph goes on telling; "since 2011", "from 2014" bound it only)
  const occasions = absolute.filter((f) => {
    const before = text.slice(Math.max(0, f.start - 25), f.start);
    return Number(f.date.end.slice(0, 4)) === Number(f.date.start.slice(0, 4)) &&
      (!PERIOD_BEFORE.test(before) || (f.date.precision !== 'year' && OPENS_PERIOD.test(before)));
  });
  // (a day, a month, or a part of one year: "in late 2025", "the first half of 2025" tell an occasion's time too; a bare year
  // told in passing does not: "compared with 2023")
  const told = occasions.filter((f) => f.date.precision !== 'year');
  const last = <T extends { start: number }>(list: readonly T[], at: number): T | undefined => list[countBefore(list, (f) => f.start, at) - 1];
  const yearOf = (f: DateMention): number => Number(f.date.start.slice(0, 4));
  // where the sentence holding a date starts (back to the last sentence end, or the line's start)
  const sentenceStart = (f: DateMention): number => sentenceStartBefore(text, f.start);
  // "ISKP carried out no attack there in 2024. On 2 February, …": a year in a negated or unreal clause
  // is no occasion the paragraph goes on narrating
  const tellsNoOccasion = (f: DateMention): boolean => {
    const start = sentenceStart(f);
    return isNegatedOrUnreal(text.slice(start, f.end), f.start - start);
  };
  // a date that sets the time of a story the paragraph goes on telling: a day or a month ("On 7 January 2024, …"),
  // or a year that opens its sentence ("In 2019, the group split.") - not a year told in passing ("founded in 2015")
  // (one told in the past perfect is a flashback from a later story: "In November 2023, the two sides had signed …")
  const setsStory = (f: DateMention): boolean => {
    const start = sentenceStart(f);
    if (/\bhad\b/i.test(text.slice(start, Math.min(text.length, f.end + 150)).split(SENTENCE_END)[0] ?? '')) return false;
    return f.date.precision === 'day' || f.date.precision === 'month' || STORY_OPENING.test(text.slice(start, f.start));
  };
  // "The council, which designated the party in June 2021, listed four more people on 16 May": a date in an
  // aside closed before the day told without its year dates the aside only
  const isAside = (f: DateMention, at: number): boolean => isInAside(text, f, at, at);
  // the nearest occasion before `at` that is not in such an aside (a few back at most)
  const nearest = (at: number): DateMention | undefined => {
    const k = countBefore(occasions, (f) => f.start, at) - 1;
    let j = k;
    while (j >= 0 && j > k - 4 && isAside(occasions[j] as DateMention, at)) j -= 1;
    return occasions[j];
  };
  // "2.1 On the evening of 23 August 2024 a man stabbed … ¶ 3.1 On 24 August Amaq claimed the attack": a day told
  // without its year in a paragraph that tells no occasion of its own, within days after the last day the text
  // told, goes on with that day's story (the account of an attack and its aftermath), not the publication's year
  // (a month is not told so closely: "the DSS said in August" after "On July 5, 2022" is of the publication's year)
  const days = occasions.filter((f) => f.date.precision === 'day');
  const storyYear = (at: number, dateIn: ((year: number) => FuzzyDate | null) | undefined): number | null => {
    const d = last(days, at);
    if (d === undefined || dateIn === undefined) return null;
    // (a day looked forward to is no part of a story told: "Hasm may attempt an attack around the anniversary on 14 August")
    if (LOOKS_AHEAD.test(text.slice(sentenceStartBefore(text, at), at))) return null;
    const probe = dateIn(yearOf(d));
    if (probe === null || probe.precision !== 'day') return null;
    const gap = (Date.parse(probe.start) - Date.parse(d.date.end)) / 86_400_000;
    return gap >= 0 && gap <= STORY_DAYS ? yearOf(d) : null;
  };
  let headings: Heading[] | null = null;
  let lines: { start: number; end: number }[] = [];
  return {
    yearAt: (at, published, dateIn) => {
      if (unanchored) return null;
      const near = nearest(at);
      // (an item of a bulleted list stands alone: "- On May 14, gunmen …" takes no year from the item before it)
      const inParagraph = (f: DateMention | undefined): f is DateMention => f !== undefined && at - f.end < 1_500 && !/\n\s*\n|\n[ \t]*[-•▪◦*–]\s/.test(text.slice(f.end, at));
      if (headings === null) {
        headings = dateHeadings(text, occasions);
        if (headings.length > 0) lines = headingLines(text);
      }
      const heading = headings.length > 0 ? sectionHeading(headings, lines, at) : null;
      if (!published) {
        if (inParagraph(near)) return yearOf(near);
        const before = last(told, at);
        if (heading && (!before || before.start < heading.start)) return heading.year;
        return before ? yearOf(before) : null;
      }
      // with a publication date, a day or month told without its year is of the publication's year, unless the
      // paragraph tells another year's occasion it goes on narrating ("In March 2016 a cell formed. On 5 April it
      // struck."), or the section's heading dates it; a year the paragraph shares with the publication wins
      const reference = Number(published.end.slice(0, 4));
      const headingYear = heading && heading.year < reference ? heading.year : reference;
      // (a year after the publication's is one looked forward to, not an occasion told)
      if (!inParagraph(near) || tellsNoOccasion(near)) return heading ? headingYear : storyYear(at, dateIn) ?? reference;
      if (yearOf(near) >= reference) return reference;
      for (let k = occasions.indexOf(near) - 1; k >= 0 && inParagraph(occasions[k]); k -= 1) if (yearOf(occasions[k] as DateMention) === reference) return reference;
      // (the sentence itself or the one before it lends its year; one further back, only a story's date that the
      // sentences between go on telling in the past: "On 7 January 2024, … Riots broke out. On 9 January, …", not
      // "The faction split in April 2024. Its loyalists have since attacked police stations. On March 2, …")
      const between = text.slice(near.end, at + 1);
      const sentenceEnds = between.match(SENTENCE_END)?.length ?? 0;
      return sentenceEnds <= 1 || (setsStory(near) && !TELLS_PRESENT.test(between)) ? yearOf(near) : headingYear;
    },
  };
}

/** How many days after a late-December date a day or month told without its year may go on with that story, into the new year. */
const NEW_YEAR_DAYS = 62;

/**
 * Whether a day or month told without its year, read in `year`, goes on past the new year from the date told just before it in
 * the same paragraph ("On 28 December 2022 gunmen struck. On 2 January they struck again.": 2 January 2023, days on, not a
 * day almost a year back): that date is late in `year`, the day or month falls before it in `year` and within weeks after it
 * in the next, not after the publication, and its sentence tells no flashback in the past perfect.
 */
function isPastNewYear(text: string, previous: DateMention, at: number, year: number, dateIn: (year: number) => FuzzyDate | null, published: FuzzyDate | null): boolean {
  const before = previous.date;
  if (before.precision === 'year' || Number(before.start.slice(0, 4)) !== year || Number(before.end.slice(0, 4)) !== year || Number(before.end.slice(5, 7)) < 11) return false;
  if (at - previous.end > 1_500 || /\n\s*\n/.test(text.slice(previous.end, at))) return false;
  const same = dateIn(year);
  const next = dateIn(year + 1);
  if (!same || !next || same.end >= before.start || (published !== null && next.end > published.end)) return false;
  const gap = (Date.parse(next.start) - Date.parse(before.end)) / 86_400_000;
  if (gap < 0 || gap > NEW_YEAR_DAYS) return false;
  // (from within the sentence: one that opens with the day itself starts there)
  const start = sentenceStartBefore(text, at + 1);
  return !/\bhad\b/i.test(text.slice(start, Math.min(text.length, at + 150)).split(SENTENCE_END)[0] ?? '');
}

/** Words of a sentence that looks forward ("may attempt", "will likely"): "may" in lower case, the verb, not the month. */
const LOOKS_AHEAD = /\b(?:may|might|could|[Ww]ill|would|likely|expected|plans?|planning|intends?|threatens?)\b/;

/** How many days after the last day a text told a day without its year may go on with that day's story. */
const STORY_DAYS = 14;

/** A relative clause or brackets opened and not yet closed at the end of a text: ", which banned the party in", "(since". */
const ASIDE_OPEN = /,\s+(?:which|who|whose|whom)\b(?:[^,;()]|\([^()]*\))*$/i;
const BRACKET_OPEN = /\([^()]*$/;

/** A clause about a person opened and not yet closed: ", who had fought in Syria in". */
const PERSON_ASIDE_OPEN = /,\s+(?:who|whom|whose)\b(?:[^,;()]|\([^()]*\))*$/i;

/**
 * Whether a date tells the time of an aside, not of the words at [at, atEnd) in its sentence: a relative clause
 * or brackets it stands in, closed before those words ("The council, which banned the party in June 2021,
 * listed four more people on 16 May"), or a clause about a person opened after them ("police arrested Omar,
 * who had fought in Syria in 2015, …"; a "which" clause after them may tell of their own occasion).
 */
export function isInAside(text: string, date: { start: number; end: number }, at: number, atEnd: number): boolean {
  if (date.start >= atEnd) return PERSON_ASIDE_OPEN.test(text.slice(atEnd, date.start));
  if (date.end > at) return false;
  const head = text.slice(sentenceStartBefore(text, date.start), date.start);
  // (the comma after "August 26, 2021" is the date's own: "the August 26, 2021, bombing")
  const between = text.slice(date.end, at).replace(/^,/, /\d, (?:19|20)\d\d$/.test(text.slice(date.start, date.end)) ? '' : ',');
  return (ASIDE_OPEN.test(head) && /[,;]/.test(between)) || (BRACKET_OPEN.test(head) && between.includes(')'));
}

/** Words of a present or present-perfect statement, which ends the telling of a dated story ("have since attacked", "is now"). */
const TELLS_PRESENT = /(?<!\b(?:to|would|could|may|might|must|should|will|not|n't)\s)\b(?:is|are|has|have|remains?|continues?|now|currently|today)\b/i;

/** "In 2019, …", "During late 2017 …": the words that open a sentence with the year its story is set in. */
const STORY_OPENING = /^["“]?(?:(?:in|during|throughout|by)\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

/** A line heading a section with a date ("2023 in review", "Attacks in 2023", "January 2024"), and that date's year. */
interface Heading {
  start: number;
  end: number;
  year: number;
}

/** A line that may head a section: short, on its own after a blank line (or the text's start), with no closing stop. */
const isHeadingLine = (text: string, start: number, end: number): boolean => {
  const line = text.slice(start, end).trim();
  return line.length > 0 && line.length <= 80 && !/[.!?;:,]["”’]?$/.test(line) && /^[#\p{Lu}\d]/u.test(line) &&
    (start === 0 || /\n[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, start - 4), start)));
};

/**
 * The lines heading a section with a date: a heading line that opens or closes with a date naming an
 * occasion, and has few other words ("2023 in review", "Attacks in 2023", "January 2024"; not "The 2024
 * crisis and its aftermath"). They are found among the dates already read, in text order.
 */
function dateHeadings(text: string, occasions: readonly DateMention[]): Heading[] {
  const found: Heading[] = [];
  for (const f of occasions) {
    const start = text.lastIndexOf('\n', f.start - 1) + 1;
    const end = text.indexOf('\n', f.end);
    if (end < 0 || f.start - start > 80 || !isHeadingLine(text, start, end)) continue;
    const before = text.slice(start, f.start).replace(/^[\s#]*(?:[\dIVX]+\.\s*)?/, '');
    const after = text.slice(f.end, end).replace(/[\s)\]]*$/, '');
    const others = (before + after).match(/\p{L}+/gu)?.length ?? 0;
    if ((before.trim() !== '' && after.trim() !== '') || others > 4) continue;
    found.push({ start, end, year: Number(f.date.start.slice(0, 4)) });
  }
  return found;
}

/** Where every heading line starts and ends, in text order (read once, when the text has a date heading). */
function headingLines(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const firstEnd = text.indexOf('\n');
  if (firstEnd > 0 && isHeadingLine(text, 0, firstEnd)) found.push({ start: 0, end: firstEnd });
  for (const m of text.matchAll(/\n[ \t]*\n[ \t]*(?=[^\s])/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('\n', start);
    if (end > 0 && isHeadingLine(text, start, end)) found.push({ start, end });
  }
  return found;
}

/** The date heading whose section `at` is in: the last heading line before `at`, when it is a date heading; else null. */
function sectionHeading(headings: readonly Heading[], lines: readonly { start: number; end: number }[], at: number): Heading | null {
  const line = lines[countBefore(lines, (x) => x.end, at) - 1];
  const h = headings[countBefore(headings, (x) => x.start, at) - 1];
  // (a later heading without a date closes the section)
  return h && line && line.start === h.start ? h : null;
}

/** The day of a fixed feast a text names a day by: Christmas Eve (24 December), New Year's Day (1 January). */
function feastDay(y: number, feast: string, text: string): FuzzyDate | null {
  const f = feast.toLowerCase();
  return f.startsWith('christmas eve') ? day(y, 12, 24, text) : f.startsWith('christmas') ? day(y, 12, 25, text)
    : f.endsWith('eve') ? day(y, 12, 31, text) : day(y, 1, 1, text);
}

function day(y: number, mo: number, d: number, text: string): FuzzyDate | null {
  if (mo < 1 || d < 1 || d > lastDayOfMonth(y, mo)) return null;
  return fuzzyDateOf(y, mo, d, text);
}

/** A date told to its day as the month it falls in (any other as it is); null stays null. */
function toMonth(date: FuzzyDate | null): FuzzyDate | null {
  if (date === null || date.precision !== 'day') return date;
  const [y, m] = date.start.split('-').map(Number) as [number, number];
  return fuzzyDateOf(y, m, undefined, date.text);
}

/** The year of the publication ("this year") or the one before it ("last year"), read into a date by `make`; null without a publication date. */
function yearOfPublication(published: FuzzyDate | null, which: string, make: (year: number) => FuzzyDate | null): FuzzyDate | null {
  if (!published) return null;
  const y = Number(published.end.slice(0, 4));
  return make(which.toLowerCase() === 'last' ? y - 1 : y);
}

/** The day `n` days on from the last day of `date` (back, when `n` is negative). */
function dayOn(date: FuzzyDate, n: number, text: string): FuzzyDate {
  const [y, mo, d] = date.end.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d + n));
  return fuzzyDateOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), text);
}

/** The year, month and last day of the month `months` on from month `mo` of year `y`. */
function endOfMonthsOn(y: number, mo: number, months: number): [number, number, number] {
  const t = new Date(Date.UTC(y, mo - 1 + months, 1));
  const yy = t.getUTCFullYear();
  const mm = t.getUTCMonth() + 1;
  return [yy, mm, lastDayOfMonth(yy, mm)];
}

const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The last `weekday` (0 = Sunday) on or before a publication day; null without a day-precise publication date. */
function weekdayBefore(published: FuzzyDate | null, weekday: number, text: string): FuzzyDate | null {
  if (!published || published.precision !== 'day' || weekday < 0) return null;
  const [y, m, d] = published.start.split('-').map(Number) as [number, number, number];
  const back = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() - weekday + 7) % 7;
  const t = new Date(Date.UTC(y, m - 1, d - back));
  return fuzzyDateOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), text);
}

function relativeTo(published: FuzzyDate | null, which: string, unit: string, text: string, fromEnd = true): FuzzyDate | null {
  if (!published) return null;
  if (!fromEnd) published = { ...published, end: published.start };
  const [y, m, d] = published.end.split('-').map(Number) as [number, number, number];
  const back = /last|past|previous/.test(which);
  if (unit === 'year') return fuzzyDateOf(back ? y - 1 : y, undefined, undefined, text);
  if (unit === 'month') {
    if (!back) return fuzzyDateOf(y, m, undefined, text);
    return m === 1 ? fuzzyDateOf(y - 1, 12, undefined, text) : fuzzyDateOf(y, m - 1, undefined, text);
  }
  // a week: the seven days before (last week) or up to (this week) the publication day (none without that day)
  if (published.precision !== 'day') return null;
  const end = new Date(Date.UTC(y, m - 1, d - (back ? 7 : 0)));
  const start = new Date(end.getTime() - 6 * 86_400_000);
  const f = (t: Date): string => t.toISOString().slice(0, 10);
  return { start: f(start), end: f(end), precision: 'range', text };
}

/** A day, a year, a publication date that only stand in for a missing anchor: they test whether words are a date at all. */
const PLACEHOLDER_YEAR = 2000;
const PLACEHOLDER_DAY: FuzzyDate = fuzzyDateOf(2000, 6, 15);

/**
 * Every date in `text[from, to)`. `ctx.published` resolves "last week"; a date without its
 * year ("on July 29") takes the year of the nearest explicit date before it. `words` is the
 * document's word index when the caller has one for a range holding [from, to).
 */
export function findDates(text: string, ctx: DateContext, from = 0, to = text.length, words?: WordIndex): DateMention[] {
  return readDates(text, ctx, from, to, words).dates;
}

/**
 * As findDates, and also the dates told relative to something the text does not give (`undated`):
 * a day or month without its year and no year to take, a weekday or "last year" with no
 * publication date, "two days later" with no date before it.
 */
export function readDates(text: string, ctx: DateContext, from = 0, to = text.length, words?: WordIndex): { dates: DateMention[]; undated: UndatedMention[] } {
  const undated: UndatedMention[] = [];
  const slice = text.slice(from, to);
  const index = words !== undefined && words.text === text && words.from <= from && words.to >= to ? words : new WordIndex(text, from, to);
  // which characters a date already covers (a mask, not a list: a long text is read in linear time)
  const covered = new Uint8Array(slice.length);
  const isTaken = (s: number, e: number): boolean => {
    for (let i = s; i < e; i += 1) if (covered[i] === 1) return true;
    return false;
  };
  const take = (s: number, e: number): void => { covered.fill(1, s, e); };
  // a wire dateline ("MAIDUGURI, Nigeria, Nov 4 (Meridian Wire) -") says when the story was filed, not when anything in it happened
  const dateline = from < 1_500 ? DATELINE.exec(text.slice(0, 1_500)) : null;
  if (dateline && dateline.index + dateline[0].length > from) {
    const s = Math.max(0, dateline.index - from);
    take(s, Math.min(slice.length, dateline.index + dateline[0].length - from));
  }
  const found: DateMention[] = [];
  // absolute dates first, so that context years exist for the relative ones
  for (const p of ABSOLUTE) {
    for (const m of p.anchored.matchesIn(slice, from, index, p.anchored.startsIn(index))) {
      const s = m.index;
      const e = s + m[0].length;
      if (isTaken(s, e)) continue;
      const date = p.read(m, { year: null, published: ctx.published, previous: null });
      if (!date) continue;
      take(s, e);
      found.push({ start: from + s, end: from + e, date, isRelative: false });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // (a stand-in for "now" is the latest date the text tells, which "now" is at least: it dates "last year" or "earlier this
  // month", no week or weekday: "Last week, gunmen …" after "on 3 May 2024" in a text with no publication date is not of late April)
  const published = ctx.published ?? toMonth(ctx.fallback?.(found) ?? null);
  // a wire story whose dateline gives no year, read with no publication date: its dates without a year are of a year
  // the text does not give, and the years it writes out are of other years (wire copy omits only the current one)
  const unanchored = published === null && dateline !== null && dateline[3] === undefined;
  const anchors = makeAnchors(text, found, unanchored);
  // every date so far in text order; relative ones are inserted where they stand
  const sorted = [...found];
  const lastBefore = (pos: number): number => countBefore(sorted, (f) => f.start, pos) - 1;
  for (const p of RELATIVE) {
    for (const m of p.anchored.matchesIn(slice, from, index, p.anchored.startsIn(index))) {
      const s = m.index;
      const e = s + m[0].length;
      if (isTaken(s, e)) continue;
      const at = from + s;
      const k = lastBefore(at);
      const previous = k >= 0 ? (sorted[k] as DateMention) : undefined;
      let previousDay: FuzzyDate | null = null;
      for (let j = k; j >= 0 && at - (sorted[j] as DateMention).start < 1_500; j -= 1) {
        // (not a day a document's first lines give for itself, "Issued: 6 June 2018", "Coverage: 1-31 May 2018": "the same
        // night" in a digest's first item is of that item's day, not of the issue's)
        if ((sorted[j] as DateMention).date.precision === 'day' && !isOwnDateInHead(text, sorted[j] as DateMention)) { previousDay = (sorted[j] as DateMention).date; break; }
      }
      // ("in February and March 2025", "between 28 February and 2 March 2024": the year the pair is told with)
      const pairedYear = p.yearless ? PAIRED_YEAR.exec(text.slice(from + e, from + e + 40)) : null;
      // ("Two days later, on 9 January": a day counted on from the date before it is of that date's year, or the next)
      const chained = p.yearless && !pairedYear && previous && previous.date.start.slice(0, 4) === previous.date.end.slice(0, 4) &&
        CHAINED_BEFORE.test(text.slice(Math.max(from, at - 40), at)) ? Number(previous.date.start.slice(0, 4)) : null;
      const dateIn = (y: number): FuzzyDate | null => p.read(m, { year: y, published, previous: previous?.date ?? null, previousDay });
      let year = pairedYear ? Number(pairedYear[2]) : chained ?? anchors.yearAt(at, published, p.yearless ? dateIn : undefined);
      if (chained !== null) {
        const probe = p.read(m, { year: chained, published, previous: previous?.date ?? null, previousDay });
        if (probe && probe.end < (previous as DateMention).date.start) year = chained + 1;
      } else if (p.yearless && !pairedYear && year !== null && previous && isPastNewYear(text, previous, at, year, dateIn, published)) year += 1;
      let date = p.read(m, { year, published, previous: previous?.date ?? null, previousDay });
      if (!date) {
        // words that read as a date once given the anchor they lack: a date nothing places in time
        const anchored = { year: year ?? PLACEHOLDER_YEAR, published: published ?? PLACEHOLDER_DAY, previous: previous?.date ?? PLACEHOLDER_DAY, previousDay: previousDay ?? (previous ? null : PLACEHOLDER_DAY) };
        if (p.read(m, anchored)) undated.push({ start: at, end: from + e, text: m[0] });
        continue;
      }
      // a day or month told without its year that would fall after the document was published is last year's
      // (unless its sentence looks ahead to it: "a cell planning attacks during Navruz in March", in a February report)
      if (p.yearless && published && date.start > published.end && year === Number(published.end.slice(0, 4)) &&
        !LOOKS_AHEAD.test(text.slice(sentenceStartBefore(text, at), at))) date = shiftYear(date, -1);
      take(s, e);
      const mention: DateMention = { start: at, end: from + e, date, isRelative: true };
      found.push(mention);
      sorted.splice(k + 1, 0, mention);
    }
  }
  return { dates: found.sort((a, b) => a.start - b.start), undated: undated.sort((a, b) => a.start - b.start) };
}

/**
 * When the document was published: a full date in its first lines ("March 29, 2024"),
 * else null. Callers may fall back to the latest year the body mentions.
 */
export function findPublicationDate(text: string): FuzzyDate | null {
  const head = text.slice(0, 600);
  const dates = findDates(head, { published: null }).filter((d) => (d.date.precision === 'day' || d.date.precision === 'month') && !isOccasionInHead(head, d));
  const dateline = DATELINE.exec(text.slice(0, 1_500));
  if (dateline) {
    const month = monthOf(dateline[1] as string);
    const dayOfMonth = Number(dateline[2]);
    if (dateline[3]) return day(Number(dateline[3]), month, dayOfMonth, dateline[0].trim());
    // "MAIDUGURI, Nigeria, Nov 4 (Meridian Wire) -": wire copy gives the year of no date of the current year
    // and gives it for every other; the dateline is of the year after the latest day or month the story dates
    // with its year, when the story also dates days without one (else its year is not known)
    const year = wireYear(text);
    if (year !== null) return day(year, month, dayOfMonth, dateline[0].trim());
  }
  // ("Coverage: 1-31 May 2018 | Issued: 6 June 2018": the date a publication word heads, before the first)
  const issued = dates.find((d) => PUBLICATION_WORD.test(head.slice(Math.max(head.lastIndexOf('\n', d.start - 1), head.lastIndexOf('|', d.start - 1)) + 1, d.start)));
  return (issued ?? dates[0])?.date ?? null;
}

/** Words heading the period a digest or a report covers in its first lines: "Coverage: 1-31 May 2018", "Reporting period:". */
const PERIOD_WORD = /\b(?:coverage|covering|covers|period)\b[^\p{L}]*(?:from\s+)?(?:\d{1,2}\s*[-–]\s*)?$/iu;

/** Whether a date stands in a document's first lines as its own date or period: "Issued: 6 June 2018", "Coverage: 1-31 May 2018". */
function isOwnDateInHead(text: string, d: DateMention): boolean {
  if (d.start >= 600) return false;
  const before = text.slice(Math.max(text.lastIndexOf('\n', d.start - 1), text.lastIndexOf('|', d.start - 1)) + 1, d.start);
  return PUBLICATION_WORD.test(before) || PERIOD_WORD.test(before);
}

/** Words heading a document's date of publication in its first lines: "Issued: 6 June 2018", "Published on 3 May 2024". */
const PUBLICATION_WORD = /\b(?:published|posted|updated|released|issued|dated|date)\b[^\p{L}]*(?:on\s+)?$/iu;

/**
 * Whether a date in a document's first lines is the date of something its opening sentence tells
 * ("Abstract: On June 23, 2024, gunmen struck …", "The bombing in Marawi in December 2023 was …"),
 * not when the document came out: a preposition heads it in running text, on a line no publication
 * word opens ("Published on 3 May 2024", "Date: 2 September 2025" and "POLICY BRIEF | June 2025" stay).
 */
function isOccasionInHead(head: string, d: DateMention): boolean {
  const line = head.slice(head.lastIndexOf('\n', d.start - 1) + 1, d.start);
  if (/\b(?:published|posted|updated|released|issued|dated|date|revised)\b/i.test(line)) return false;
  return /\b(?:on|in|since|from|until|till|after|before|during|between|and|of)\s+(?:(?:early|mid|late)[\s-]+)?$/i.test(line) && /\p{Ll}/u.test(line);
}

/**
 * What "now" is for a text with no publication date: the latest day, month or year it dates an occasion by
 * (not one it looks forward to: "a mandate due to end in 2026"); none for a wire story whose dateline has no
 * year, whose written-out years are all of other years than its own.
 */
export function fallbackReference(text: string, dates: readonly DateMention[]): FuzzyDate | null {
  const dateline = DATELINE.exec(text.slice(0, 1_500));
  if (dateline && dateline[3] === undefined) return null;
  let latest: FuzzyDate | null = null;
  for (const d of dates) {
    if (d.isRelative || FUTURE_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start))) continue;
    if (latest === null || d.date.end > latest.end) latest = d.date;
  }
  return latest;
}

/** A wire story's dateline: "MAIDUGURI, Nigeria, Nov 4 (Meridian Wire) -", "KABUL, March 3, 2024 (Reuters) —". */
const DATELINE = new RegExp(`^[ \\t]*[A-Z][A-Z .'’/-]{2,},(?:[ \\t]+[A-Z][\\w .'’-]*,){0,2}[ \\t]+${MONTH_CAP} (\\d{1,2})(?:,? ${YEAR})?[ \\t]*(?:\\(|[-–—])`, 'm');
/** Words that count a day on from the date told before it: "Two days later, on", "The next day,". */
const CHAINED_BEFORE = /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:days?|weeks?|months?) later|the (?:next|following) (?:day|week|month)|(?:later|earlier) that (?:week|month)),?\s+(?:on\s+|in\s+)?(?:the\s+\w+\s+of\s+)?$/i;
/** What follows a day or month told without its year that gives the year of both: " and March 2025", "–2 March 2024". */
const PAIRED_YEAR = new RegExp(`^(?:,? (?:and|or|to|through|until)|\\s?[-–])\\s*(?:(?:early|mid|late)[ -])?(?:\\d{1,2}(?:st|nd|rd|th)? )?${MONTH_CAP}(?: \\d{1,2}(?:st|nd|rd|th)?)?,? ${YEAR}`);
/** A day told without its year in running text: "on Oct. 27", "June 29". */
const YEARLESS_DAY = new RegExp(`\\b${MONTH_CAP} \\d{1,2}\\b(?![,.]? ?(?:19|20)\\d\\d|[.:]?\\d)`);
/** Words before a date that make it a future one ("elections due in March 2026"). */
const FUTURE_BEFORE = /\b(?:(?:due|scheduled|planned|expected|set)(?:\s+(?:to|for|in|on|end|expire|begin|start|be|held|take place))*|until|by|before|in time for)\s+(?:(?:in|for|on)\s+)?$/i;

/** The year of a wire dateline told without one, or null. */
function wireYear(text: string): number | null {
  const dateline = DATELINE.exec(text.slice(0, 1_500));
  const hasYearlessDay = YEARLESS_DAY.test(dateline ? text.slice(dateline.index + dateline[0].length) : text);
  const weekdays = dateline ? ledeWeekdays(text, dateline.index + dateline[0].length) : [];
  if (!hasYearlessDay && weekdays.length === 0) return null;
  const found = findDates(text, { published: null });
  let latest = 0;
  let isDatedToDayOrMonth = false;
  for (const d of found) {
    if (d.isRelative || FUTURE_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start))) continue;
    // (once the story dates an occasion of another year to its day or month, every year it writes out is another
    // year than its own, a bare one too: "a truce brokered in mid-2022", "since 2021"; a story that writes out only
    // bare years keeps its year unknown: those tell too little of how far back they lie)
    isDatedToDayOrMonth ||= d.date.precision === 'day' || d.date.precision === 'month';
    latest = Math.max(latest, Number(d.date.end.slice(0, 4)));
  }
  if (latest === 0) return null;
  // "VIENNA, Nov 12 (Wire) - Police arrested three men on Tuesday": the lede tells its news by the day of the week, a
  // day or two before the dateline's; the year is the first after the latest one written out in which the dateline's
  // day falls so (a story may leave more than one year unwritten: "last year" is not written out either); every day
  // the lede names is of the few days before it ("held the town from Friday until late on Saturday, residents said on
  // Monday" is not of a Saturday dateline, five days after the Monday)
  if (dateline && weekdays.length > 0) {
    const month = monthOf(dateline[1] as string);
    const dayOfMonth = Number(dateline[2]);
    for (let year = latest + 1; year <= latest + 7; year += 1) {
      const weekday = new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay();
      const lags = weekdays.map((w) => (weekday - w + 7) % 7);
      if (lags.some((lag) => lag <= LEDE_DAYS) && lags.every((lag) => lag <= LEDE_WEEK_DAYS)) return year;
    }
  }
  return hasYearlessDay && isDatedToDayOrMonth ? latest + 1 : null;
}

/** How many days before its dateline's a wire's lede may tell its news by the day of the week. */
const LEDE_DAYS = 2;
/** How many days before its dateline's any day a wire's lede names may be. */
const LEDE_WEEK_DAYS = 4;

/**
 * The days of the week (0 = Sunday) the paragraph after a dateline tells its news on: "detained eight people on Monday"
 * (not "last Wednesday", which may be a week back, nor "since Monday").
 */
function ledeWeekdays(text: string, from: number): number[] {
  const end = text.indexOf('\n', from);
  const lede = text.slice(from, end < 0 ? text.length : end);
  return [...lede.matchAll(/\b(?:[Oo]n|[Ll]ate on|[Ee]arly on) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g)]
    .map((m) => WEEKDAYS.indexOf((m[1] as string).toLowerCase()));
}
