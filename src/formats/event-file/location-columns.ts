import type { EventLocation } from '../../model/index.js';

/**
 * An event's location as flat snake_case columns, in one order: Tessera's event CSV
 * (docs/events-csv.md) and the store's event table both lay a location out this way.
 */
export const EVENT_LOCATION_COLUMNS = ['country', 'admin1', 'admin2', 'place', 'latitude', 'longitude', 'geo_precision'] as const;

/** A location's values in EVENT_LOCATION_COLUMNS order. */
export function locationValues(location: EventLocation): (string | number | null)[] {
  return [
    location.country,
    location.admin1,
    location.admin2,
    location.place,
    location.latitude,
    location.longitude,
    location.geoPrecision,
  ];
}
