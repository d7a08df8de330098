import { formatEventDate, type Event } from '../../model/index.js';
import type { GeoJsonFeature } from './geojson.js';

/**
 * An event as a GeoJSON point (RFC 7946: longitude first), or null when it has no coordinates:
 * its id, type, dates, place, actors, counts and marking as properties.
 */
export function eventToGeoJsonFeature(event: Event): GeoJsonFeature | null {
  const { latitude, longitude } = event.location;
  if (latitude === null || longitude === null) return null;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: {
      event_id: event.id,
      type: event.type,
      dataset_type: event.datasetType,
      date: formatEventDate(event.date),
      date_start: event.date.start,
      date_end: event.date.end,
      date_precision: event.date.precision,
      iso_a2: event.location.country,
      admin1: event.location.admin1,
      admin2: event.location.admin2,
      place: event.location.place,
      geo_precision: event.location.geoPrecision,
      actors: event.actors.map((a) => (a.role ? `${a.text} (${a.role})` : a.text)).join('; ') || null,
      fatalities: event.counts.fatalities,
      wounded: event.counts.wounded,
      arrested: event.counts.arrested,
      summary: event.summary,
      source: event.origin.kind === 'dataset' ? event.origin.dataset : 'reports',
      marking: event.marking,
    },
  };
}

/**
 * Writes a FeatureCollection feature by feature to `sink`, so a million events never sit in
 * memory as one string; `metadata` is a foreign member saying what the features are. Returns
 * how many features were written.
 */
export async function writeGeoJsonFeatures(
  features: AsyncIterable<GeoJsonFeature>,
  sink: (chunk: string) => void | Promise<void>,
  metadata: Record<string, unknown> = {},
): Promise<number> {
  await sink(`{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n`);
  let count = 0;
  for await (const feature of features) {
    await sink(`${count === 0 ? '' : ',\n'}${JSON.stringify(feature)}`);
    count += 1;
  }
  await sink('\n]}\n');
  return count;
}
