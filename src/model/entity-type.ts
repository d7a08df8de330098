import { z } from 'zod';

/** The five kinds of entity (DESIGN.md "The model"). */
export const ENTITY_TYPES = ['person', 'group', 'organization', 'media', 'location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

/** Finer kinds of location, from country down to a site. */
export const LOCATION_LEVELS = ['country', 'admin1', 'district', 'city', 'site', 'region'] as const;
export type LocationLevel = (typeof LOCATION_LEVELS)[number];
