import type { PlaceCountRow } from '../../model/index.js';

export interface GeoJsonFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, string | number | null>;
}
export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
  /** Foreign member: what the counts are and where they come from. */
  metadata: Record<string, unknown>;
}

/**
 * Place counts as choropleth-ready GeoJSON: one feature per place keyed for a join with
 * boundary files (`iso_a2` as in Natural Earth, `admin1` the province name), with events and
 * fatalities, and the mean event coordinates as a point (null when no event had coordinates).
 */
export function placeCountsToGeoJson(rows: readonly PlaceCountRow[], metadata: Record<string, unknown> = {}): GeoJsonFeatureCollection {
  return {
    type: 'FeatureCollection',
    metadata,
    features: rows.map((row) => ({
      type: 'Feature',
      geometry:
        row.latitude === null || row.longitude === null
          ? null
          : { type: 'Point', coordinates: [round(row.longitude), round(row.latitude)] },
      properties: {
        iso_a2: row.country,
        admin1: row.admin1,
        place: row.place,
        events: row.events,
        fatalities: row.fatalities,
      },
    })),
  };
}

const round = (x: number) => Math.round(Number(x) * 1e5) / 1e5;
