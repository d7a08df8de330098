import type { DatePrecision, Event, FuzzyDate, ReviewItem } from '../../../src/model/index.js';

/** An event placed in time (its precision is not `unknown`). */
export type DatedEvent = Event & { date: FuzzyDate };

/** Whether an event's date places it in time: an undated one is listed apart, never drawn. */
export const isDatedEvent = (event: Event): event is DatedEvent => event.date.precision !== 'unknown';

/** One thing on the timeline: a span from its first to its last possible day, at its precision. */
export interface TimelineItem {
  id: string;
  lane: 'events' | 'datasets' | 'relations' | 'claims';
  label: string;
  /** Days since 1970-01-01, inclusive. */
  start: number;
  end: number;
  precision: DatePrecision;
  dateText: string;
  /** What the item stands for: a claim, one dataset event, or a count of dataset events. */
  claim?: ReviewItem;
  event?: Event;
  count?: number;
}

const DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** "2017" → the year, "2017-03" → the month, "2017-03-05" → the day: the span the text allows, no narrower. */
export function spanOf(text: string): { start: number; end: number; precision: DatePrecision } | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text);
  if (match === null) return null;
  const [, y, m, d] = match;
  if (d !== undefined && m !== undefined) {
    const day = dayNumber(`${y}-${m}-${d}`);
    return { start: day, end: day, precision: 'day' };
  }
  if (m !== undefined) {
    const start = dayNumber(`${y}-${m}-01`);
    const next = Number(m) === 12 ? `${Number(y) + 1}-01-01` : `${y}-${String(Number(m) + 1).padStart(2, '0')}-01`;
    return { start, end: dayNumber(next) - 1, precision: 'month' };
  }
  return { start: dayNumber(`${y}-01-01`), end: dayNumber(`${y}-12-31`), precision: 'year' };
}

/** Timeline items from claims; those with no date come back apart, to be listed, never guessed. */
export function toTimelineItems(claims: ReviewItem[]): { dated: TimelineItem[]; undated: ReviewItem[] } {
  const dated: TimelineItem[] = [];
  const undated: ReviewItem[] = [];
  for (const claim of claims) {
    if (claim.kind === 'event' && claim.event) {
      const { date } = claim.event;
      if (date.precision === 'unknown') {
        undated.push(claim);
        continue;
      }
      dated.push({
        id: claim.id,
        lane: 'events',
        label: `${claim.event.type}${claim.event.location.place ? ` · ${claim.event.location.place}` : ''}`,
        start: dayNumber(date.start),
        end: dayNumber(date.end),
        precision: date.precision,
        dateText: date.text ?? (date.start === date.end ? date.start : `${date.start} – ${date.end}`),
        claim,
      });
      continue;
    }
    const from = claim.validFrom ? spanOf(claim.validFrom) : null;
    const to = claim.validTo ? spanOf(claim.validTo) : null;
    if (from === null && to === null) {
      undated.push(claim);
      continue;
    }
    const start = (from ?? to)!.start;
    const end = (to ?? from)!.end;
    dated.push({
      id: claim.id,
      lane: claim.kind === 'relation' ? 'relations' : 'claims',
      label: claim.assertion,
      start,
      end: Math.max(start, end),
      precision: from && to ? 'range' : (from ?? to)!.precision,
      dateText: `${claim.validFrom ?? '…'} → ${claim.validTo ?? '…'}`,
      claim,
    });
  }
  return { dated, undated };
}

/** One dataset event (ACLED, UCDP… imports) as drawn: its whole date span at its precision. */
export function datasetEventItem(event: DatedEvent): TimelineItem {
  const { date } = event;
  return {
    id: event.id,
    lane: 'datasets',
    label: `${event.datasetType ?? event.type}${event.location.place ? ` · ${event.location.place}` : ''}`,
    start: dayNumber(date.start),
    end: dayNumber(date.end),
    precision: date.precision,
    dateText: date.text ?? (date.start === date.end ? date.start : `${date.start} – ${date.end}`),
    event,
  };
}

const monthSpan = (y: number, m: number) => ({ start: Date.UTC(y, m, 1) / DAY, end: Date.UTC(y, m + 1, 1) / DAY - 1 });

/**
 * Too many dataset events to draw one by one: counts per calendar month for the events whose whole
 * span lies in one month (day-, week- and month-precise), per year for those whose span lies in one
 * year, and each of the rest on its own. No event is narrowed to a day it may not have happened on.
 */
export function binDatasetEvents(events: DatedEvent[]): TimelineItem[] {
  const bins = new Map<string, TimelineItem>();
  const single: TimelineItem[] = [];
  for (const event of events) {
    const item = datasetEventItem(event);
    const [y0, m0] = [Number(event.date.start.slice(0, 4)), Number(event.date.start.slice(5, 7)) - 1];
    const [y1, m1] = [Number(event.date.end.slice(0, 4)), Number(event.date.end.slice(5, 7)) - 1];
    let key: string;
    let span: { start: number; end: number };
    let precision: DatePrecision;
    if (y0 === y1 && m0 === m1) [key, span, precision] = [`m${y0}-${m0}`, monthSpan(y0, m0), 'month'];
    else if (y0 === y1) [key, span, precision] = [`y${y0}`, { start: dayNumber(`${y0}-01-01`), end: dayNumber(`${y0}-12-31`) }, 'year'];
    else {
      single.push(item);
      continue;
    }
    const bin = bins.get(key);
    if (bin) bin.count = (bin.count ?? 0) + 1;
    else {
      const text = precision === 'month' ? isoOfDay(span.start).slice(0, 7) : String(y0);
      bins.set(key, { id: `bin-${key}`, lane: 'datasets', label: '', ...span, precision, dateText: text, count: 1 });
    }
  }
  for (const bin of bins.values()) bin.label = `${bin.count} dataset events within ${bin.dateText}${bin.precision === 'year' ? ', not dated to one month' : ''}`;
  return [...bins.values(), ...single];
}

/**
 * More dataset events than the browser lists: the server's counts per month and source (reports
 * left out), each event counted on its first possible day as in Trends (the label says so).
 */
export function countBins(rows: { period: string; key: string | null; events: number }[]): TimelineItem[] {
  const perMonth = new Map<string, number>();
  for (const row of rows) if (row.key !== 'reports' && row.events > 0) perMonth.set(row.period, (perMonth.get(row.period) ?? 0) + row.events);
  return [...perMonth].flatMap(([period, count]) => {
    const span = spanOf(period);
    if (span === null) return [];
    return [{ id: `count-${period}`, lane: 'datasets' as const, label: `${count} dataset events counted in ${period} (each on its first possible day)`, start: span.start, end: span.end, precision: span.precision, dateText: period, count }];
  });
}
