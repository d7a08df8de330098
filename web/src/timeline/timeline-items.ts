import type { DatePrecision, ReviewItem } from '../../../src/model/index.js';

/** One thing on the timeline: a span from its first to its last possible day, at its precision. */
export interface TimelineItem {
  id: string;
  lane: 'events' | 'relations' | 'claims';
  label: string;
  /** Days since 1970-01-01, inclusive. */
  start: number;
  end: number;
  precision: DatePrecision;
  dateText: string;
  claim: ReviewItem;
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
