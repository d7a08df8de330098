import { EventListInputSchema, parseInput, type EventListInput, type EventListPage } from '../model/index.js';
import { listEventsPage, type Store } from '../store/index.js';

/** The events the filter selects, one page after the cursor, through the viewer's markings (GET /events). */
export async function listEvents(store: Store, input: EventListInput = {}): Promise<EventListPage> {
  const { filter, after, limit } = parseInput(EventListInputSchema, input, 'events');
  // one more than asked: whether a page follows, without counting the whole selection
  const rows = await listEventsPage(store, filter, after, limit + 1);
  const items = rows.slice(0, limit).map((row) => row.event);
  return { items, next: rows.length > limit ? items[items.length - 1]!.id : null };
}
