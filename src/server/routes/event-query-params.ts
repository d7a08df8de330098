import { z } from 'zod';
import { ACTOR_SIDES, type EventFilterInput } from '../../model/index.js';

/** A comma-separated list in a query parameter: `countries=AF,PK`. */
const commaList = z
  .string()
  .min(1)
  .transform((value) => value.split(',').map((part) => part.trim()).filter((part) => part !== ''));

/** `true`/`false` in a query parameter. */
export const queryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');

/**
 * The CLI's event filters as flat query parameters; the job checks them against
 * EventFilterSchema (model/event-query.ts), so one schema decides what a filter is.
 */
export const EventFilterParams = {
  countries: commaList.optional().describe('ISO 3166 alpha-2 codes, comma-separated'),
  admin1: z.string().min(1).optional(),
  type: z.string().min(1).optional().describe('Tessera type, dataset type or sub-type'),
  actor: z.string().min(1).optional().describe('part of an actor name'),
  actorSide: z.enum(ACTOR_SIDES).optional(),
  from: z.string().min(1).optional().describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  to: z.string().min(1).optional().describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  sources: commaList.optional().describe('datasets by name, and "reports"'),
};

type FilterParams = { [K in keyof typeof EventFilterParams]?: z.output<(typeof EventFilterParams)[K]> };

/** The filter part of a query, without the fields left unset. */
export function filterOf(query: FilterParams): EventFilterInput {
  const filter: Record<string, unknown> = {};
  for (const key of Object.keys(EventFilterParams) as (keyof FilterParams)[]) {
    if (query[key] !== undefined) filter[key] = query[key];
  }
  return filter as EventFilterInput;
}
