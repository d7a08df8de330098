import type { Quantity } from '../../model/index.js';

/** A stated figure and where the text states it. */
export interface QuantityMention {
  start: number;
  end: number;
  quantity: Quantity;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, a: 1, an: 1,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

const NUM_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozens of|hundreds of|thousands of)';
// 1,300 (a glued endnote digit after a full group is dropped: "2,5004" → 2,500), 13, 1.5
const NUM_DIGITS = '(?:\\d{1,3}(?:,\\d{3})+(?=\\d{0,2}\\b)|\\d+(?:\\.\\d+)?)';
const NUM = `(?:${NUM_DIGITS}|${NUM_WORD})(?:[ -](?:hundred|thousand|million|billion))?`;
const QUALIFIER = '(an estimated|estimated|approximately|about|around|roughly|some|nearly|almost|up to|at least|more than|over|fewer than|less than|under|as many as|at most|close to|upwards of|in excess of)';
const UNIT_WORD = "(?:(?:[A-Z]\\.){2,}|[A-Za-z\\u00C0-\\u024F][\\w’'-]*)";

const QUANTITY = new RegExp(
  `(?<![\\w,.])(?:${QUALIFIER} )?(${NUM})(?:\\d{1,2})?(?:(?: ?(?:to|-|–|and) ?)(${NUM}))?(?:\\d{1,2})?( percent|%)?((?: ${UNIT_WORD}){1,4})?`,
  'gi',
);

const UNIT_STOP = new Set([
  'to', 'and', 'or', 'in', 'on', 'at', 'by', 'for', 'from', 'of', 'with', 'who', 'which', 'that', 'were', 'was', 'are', 'is',
  'have', 'had', 'has', 'been', 'since', 'per', 'still', 'already', 'reportedly', 'the', 'a', 'an', 'as', 'had', 'killed',
  'wounded', 'injured', 'arrested', 'detained', 'died', 'traveled', 'travelled', 'remain', 'remained', 'left', 'fighting',
  'making', 'there', 'their', 'its', 'his', 'her', 'they', 'it', 'than', 'more', 'be', 'will', 'would', 'could', 'may',
]);

/** Reads "1,300", "13", "four", "several thousand", "2.5 million" as a number. */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().trim();
  const m = /^([\d.,]+|dozens of|hundreds of|thousands of|a dozen|[a-z]+)(?:[ -](hundred|thousand|million|billion))?$/.exec(t);
  if (!m) return null;
  let base: number;
  const head = m[1] as string;
  if (/^[\d]/.test(head)) {
    const grouped = /^(\d{1,3}(?:,\d{3})+)/.exec(head);
    base = Number((grouped ? (grouped[1] as string) : head).replace(/,/g, ''));
  } else if (head === 'dozens of') base = 24;
  else if (head === 'hundreds of') base = 200;
  else if (head === 'thousands of') base = 2000;
  else if (head === 'a dozen') base = 12;
  else base = WORD_NUMBERS[head] ?? NaN;
  if (!Number.isFinite(base)) return null;
  return m[2] ? base * (SCALES[m[2]] ?? 1) : base;
}

/**
 * Goes on looking for figures right after the first number of the match `m`, which is none ("2021 and 2022": the next
 * is tried at "2022"). (A function of the module, not a helper made at each match.)
 */
function skipFigure(m: RegExpExecArray): void {
  QUANTITY.lastIndex = m.index + (m[1]?.length ?? 0) + (m[2] as string).length + 1;
}

/**
 * Stated figures in `text[from, to)`: "an estimated 1,700 to 2,500 Kyrgyz nationals",
 * "553 recorded episodes since May 10, 2021", "50 percent". Years, dates and endnote
 * numbers are not figures.
 */
export function findQuantities(text: string, from = 0, to = text.length): QuantityMention[] {
  const slice = text.slice(from, to);
  const out: QuantityMention[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(slice); m !== null; m = QUANTITY.exec(slice)) {
    const qualifier = m[1]?.toLowerCase() ?? null;
    const lowText = m[2] as string;
    const highText = m[3];
    const percent = m[4];
    let unitWords = (m[5] ?? '').trim().split(/\s+/).filter(Boolean);
    const low = parseNumber(lowText);
    if (low === null) continue;
    const high = highText ? parseNumber(highText) : low;
    if (high === null || high < low) continue;
    // a year, a day of a month, or a bare word number with no unit is not a stated figure
    const before = slice.slice(Math.max(0, m.index - 12), m.index);
    if (/^(?:19|20)\d\d$/.test(lowText) && !qualifier) { skipFigure(m); continue; }
    // "Volume 22, Issue 7", "pp. 14-19", "para. 23": bibliographic numbers are no figures
    if (/\b(?:vol(?:ume)?|issue|no|nos|number|pp?|pages?|chapter|ch|para(?:graph)?s?|article|art|section|sec|edition|ed|annex|table|figure|fig)\.?:?\s*$/i.test(before)) { skipFigure(m); continue; }
    if (/(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$/.test(before)) { skipFigure(m); continue; }
    // the unit is a noun phrase: it ends before a stop word, a comma, or a verb-like word after its first word
    const cut = unitWords.findIndex(
      (w, k) =>
        UNIT_STOP.has(w.toLowerCase().replace(/[,.;:]$/, '')) || (/[,.;:]$/.test(w) && !/^(?:[A-Z]\.){2,}$/.test(w)) || (k > 0 && /(?:ed|ing)$/.test(w)),
    );
    if (cut >= 0) {
      const w = unitWords[cut] as string;
      unitWords = /[,.;:]$/.test(w) && !UNIT_STOP.has(w.toLowerCase().replace(/[,.;:]$/, '')) ? [...unitWords.slice(0, cut), w.replace(/[,.;:]$/, '')] : unitWords.slice(0, cut);
    }
    let unit = percent ? 'percent' : unitWords.join(' ');
    if ((/^[a-z]/i.test(lowText) && !unit) || (!unit && !qualifier)) { skipFigure(m); continue; }
    unit = unit.replace(/[’']s$/, '');
    // "553 recorded episodes since May 10, 2021": the period qualifies the figure
    const endIdx = m.index + (percent ? m[0].indexOf(percent) + percent.length : m[0].length - (m[5] ?? '').length + (unitWords.length ? (m[5] ?? '').indexOf(unitWords.at(-1) as string) + (unitWords.at(-1) as string).length : 0));
    const rest = slice.slice(endIdx);
    // "two years before the attack", "three days later": a span of time that dates, not a figure
    if (/^(?:years?|months?|weeks?|days?|hours?|decades?) (?:before|after|later|earlier|ago|prior|afterwards)$/i.test(unit) ||
      (/^(?:years?|months?|weeks?|days?|hours?|decades?)$/i.test(unit) && /^\s+(?:before|after|later|earlier|ago|prior|afterwards)\b/i.test(rest))) {
      QUANTITY.lastIndex = Math.max(endIdx, m.index + 1);
      continue;
    }
    const since = /^\s+(since [A-Z][a-z]+ \d{1,2}, \d{4}|since (?:19|20)\d\d|between [^,.;]{3,40}|in (?:19|20)\d\d)/.exec(rest);
    QUANTITY.lastIndex = Math.max(endIdx, m.index + 1);
    const approximate = qualifier !== null && /estimated|approximately|about|around|roughly|some|nearly|almost|close|upwards/.test(qualifier);
    const qual = [qualifier && !/^(an )?estimated$/.test(qualifier) ? qualifier : null, since ? since[1] : null].filter(Boolean).join('; ');
    // "dozens of", "hundreds of": a range, not a number (24 stands for no one's count)
    const vague = /^(dozens|hundreds|thousands) of$/i.exec(lowText)?.[1]?.toLowerCase();
    const range: readonly [number, number] | null = vague === 'dozens' ? [24, 99] : vague === 'hundreds' ? [200, 999] : vague === 'thousands' ? [2_000, 9_999] : null;
    out.push({
      start: from + m.index,
      end: from + Math.max(endIdx, m.index + (m[1]?.length ?? 0) + lowText.length),
      quantity: {
        low: range ? range[0] : low,
        high: range ? (highText ? Math.max(high, range[1]) : range[1]) : high,
        unit,
        // a bound ("more than 90", "at least 21", "up to 30") is no exact figure either
        isApproximate: approximate || range !== null || (qualifier !== null && /more|over|fewer|less|under|up to|at least|at most|as many|in excess/.test(qualifier)),
        qualifier: range ? [vague, qual].filter(Boolean).join('; ') : qual === '' ? (qualifier && /estimated/.test(qualifier) ? qualifier : null) : qual,
        text: slice.slice(m.index, endIdx).trim() + (since ? ` ${since[1]}` : ''),
      },
    });
  }
  return out;
}
