import { formatEventDate, type Event } from '../model/index.js';

/** An event in one line: date, type, place, counts. */
export function describeEvent(event: Event): string {
  const place = [event.location.place, event.location.admin1, event.location.country].filter((v) => v !== null).join(', ');
  const counts = [
    event.counts.fatalities !== null ? `${event.counts.fatalities} killed` : null,
    event.counts.wounded !== null ? `${event.counts.wounded} wounded` : null,
    event.counts.arrested !== null ? `${event.counts.arrested} arrested` : null,
  ].filter((v) => v !== null);
  return [(formatEventDate(event.date) || 'undated').padEnd(10), event.type.padEnd(11), place, counts.join(', ')].filter((p) => p.trim() !== '').join('  ');
}
