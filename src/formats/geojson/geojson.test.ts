import { describe, it, expect } from 'vitest';
import { placeCountsToGeoJson } from './geojson.js';

describe('choropleth-ready GeoJSON', () => {
  it('keys each place for a join with boundaries and keeps its counts', () => {
    const collection = placeCountsToGeoJson(
      [
        { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: null, events: 56, fatalities: 27, latitude: 33.776123, longitude: 71.567421 },
        { country: 'AF', admin1: 'Nangarhar', place: null, events: 3, fatalities: 0, latitude: null, longitude: null },
      ],
      { level: 'admin1' },
    );
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [71.56742, 33.77612] },
      properties: { iso_a2: 'PK', admin1: 'Khyber Pakhtunkhwa', place: null, events: 56, fatalities: 27 },
    });
    expect(collection.features[1]!.geometry).toBeNull();
  });
});
