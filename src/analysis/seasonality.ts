import type { SeasonalMonth, Seasonality, SeriesPoint } from '../model/index.js';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * The month-of-year profile of a monthly series (periods YYYY-MM) and the peak season it
 * implies. Mean per observed year corrects for partly covered years; the peak season is the run
 * of consecutive months above the average month that contains the busiest month.
 */
export function seasonality(points: readonly SeriesPoint[]): Seasonality {
  const events = new Array<number>(12).fill(0);
  const fatalities = new Array<number>(12).fill(0);
  const years = Array.from({ length: 12 }, () => new Set<string>());
  const byYear = new Map<string, { month: number; events: number }>();
  for (const p of points) {
    const year = p.period.slice(0, 4);
    const m = Number(p.period.slice(5, 7)) - 1;
    if (!(m >= 0 && m < 12)) continue;
    events[m]! += p.events;
    fatalities[m]! += p.fatalities;
    years[m]!.add(year);
    const best = byYear.get(year);
    if (!best || p.events > best.events) byYear.set(year, { month: m + 1, events: p.events });
  }
  const means = events.map((e, m) => (years[m]!.size === 0 ? 0 : e / years[m]!.size));
  const totalMean = means.reduce((a, b) => a + b, 0);
  const profile: SeasonalMonth[] = means.map((mean, m) => ({
    month: m + 1,
    name: MONTH_NAMES[m]!,
    events: events[m]!,
    fatalities: fatalities[m]!,
    years: years[m]!.size,
    meanEvents: Math.round(mean * 100) / 100,
    share: totalMean === 0 ? 0 : mean / totalMean,
  }));
  const shares = profile.map((p) => p.share);
  let peakMonth = 1;
  for (let m = 0; m < 12; m++) if (shares[m]! > shares[peakMonth - 1]!) peakMonth = m + 1;
  // the run of consecutive above-average months (wrapping the year end) around the peak month
  const isAbove = (m: number) => shares[((m % 12) + 12) % 12]! > 1 / 12 + 1e-12;
  let first = peakMonth - 1;
  let length = 1;
  if (shares.every((x) => x === shares[0])) {
    first = 0;
    length = 12;
  } else {
    while (length < 12 && isAbove(first - 1)) {
      first -= 1;
      length += 1;
    }
    while (length < 12 && isAbove(first + length)) length += 1;
    first = ((first % 12) + 12) % 12;
  }
  let seasonShare = 0;
  for (let k = 0; k < length; k++) seasonShare += shares[(first + k) % 12]!;
  const best = { start: first, length, share: seasonShare };
  const endMonth = ((best.start + best.length - 1) % 12) + 1;
  return {
    profile,
    peakMonth,
    peakSeason: {
      startMonth: best.start + 1,
      endMonth,
      label: best.length === 1 ? MONTH_NAMES[best.start]! : `${MONTH_NAMES[best.start]}–${MONTH_NAMES[endMonth - 1]}`,
      share: Math.round(best.share * 1000) / 1000,
      months: best.length,
    },
    peakMonthByYear: [...byYear.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, v]) => ({ year, ...v })),
  };
}
