import type { PlaceCountRow } from '../../../src/model/index.js';
import { admin1Alias } from './admin1-aliases.js';
import type { Shape } from './topojson.js';

/** Words that name the kind of division, not the division: "Kabul Province" is "Kabul". */
const DIVISION_WORDS = /\b(province|provincia|state|region|governorate|gouvernorat|district|department|departement|prefecture|oblast|krai|kray|territory|capital|federal|municipality|county|wilaya|muhafazat|division)\b/g;

/** A first-level division's name for comparison: no accents, case, punctuation or division words. */
export function admin1Key(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(DIVISION_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance, stopping early once above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export interface Admin1Area {
  country: string;
  shape: Shape;
  events: number;
  fatalities: number;
  /** The dataset names counted in this area (one, or several spellings). */
  names: string[];
}

/**
 * The event counts by admin1 laid on the boundaries of their countries: the same name once
 * accents, case and division words are set aside, else one spelling away ("Balochistan" /
 * "Baluchistan") when only one boundary is that close, or by the reviewed table of renamed
 * divisions (admin1-aliases.ts: Khyber Pakhtunkhwa is "N.W.F.P." in the boundary files). Rows
 * with no such boundary come back apart, to be listed, never placed by guess.
 */
export function matchAdmin1(rows: PlaceCountRow[], shapesByCountry: ReadonlyMap<string, Shape[]>): { areas: Admin1Area[]; unmatched: PlaceCountRow[] } {
  const areas = new Map<Shape, Admin1Area>();
  const unmatched: PlaceCountRow[] = [];
  for (const row of rows) {
    const shapes = row.country ? shapesByCountry.get(row.country) : undefined;
    if (!row.admin1 || !shapes || shapes.length === 0) {
      unmatched.push(row);
      continue;
    }
    const key = admin1Key(row.admin1);
    const alias = admin1Alias(row.country!, row.admin1);
    let shape = shapes.find((s) => admin1Key(s.name) === key) ?? (alias === undefined ? undefined : shapes.find((s) => s.name === alias));
    if (!shape && key.length >= 6) {
      const near = shapes.filter((s) => distance(admin1Key(s.name), key, 1) <= 1);
      if (near.length === 1) shape = near[0];
    }
    if (!shape) {
      unmatched.push(row);
      continue;
    }
    const area = areas.get(shape) ?? { country: row.country!, shape, events: 0, fatalities: 0, names: [] };
    area.events += row.events;
    area.fatalities += row.fatalities;
    area.names.push(row.admin1);
    areas.set(shape, area);
  }
  return { areas: [...areas.values()], unmatched };
}
