import { z } from 'zod';
import { EventSchema } from './event.js';
import { EventFilterSchema } from './event-query.js';
import { IdSchema } from './id.js';

/** `GET /api/v1/events`: the events a filter selects, a page at a time after a cursor (the last id of the page before). */
export const EventListInputSchema = z.strictObject({
  filter: EventFilterSchema.prefault({}),
  after: IdSchema.nullable().default(null),
  limit: z.number().int().min(1).max(5_000).default(500),
});
export type EventListInput = z.input<typeof EventListInputSchema>;

/** One page of events in id order; `next` is the cursor of the page after, null on the last page. */
export const EventListPageSchema = z.object({
  items: z.array(EventSchema),
  next: IdSchema.nullable(),
});
export type EventListPage = z.infer<typeof EventListPageSchema>;
