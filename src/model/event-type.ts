import { z } from 'zod';

/** Tessera's event types; datasets keep their own type and sub-type beside these. */
export const EVENT_TYPES = [
  'attack',
  'plot',
  'arrest',
  'clash',
  'killing',
  'propaganda',
  'pledge',
  'merger',
  'appointment',
  'designation',
  'policy',
  // dataset categories with no counter-terrorism type of their own (ACLED protests, riots, other strategic developments)
  'protest',
  'riot',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EventTypeSchema = z.enum(EVENT_TYPES);
