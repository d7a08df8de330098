import { useState } from 'react';
import { EVENT_PERIODS, type EventPeriod } from '../../../src/model/index.js';
import { api } from '../api.js';
import { useApi } from '../app/use-api.js';
import { Status } from '../common/Status.js';
import { SeriesChart } from './SeriesChart.js';

const PALETTE = ['#1f4e79', '#c0392b', '#2e8b57', '#b7791f', '#6b46c1', '#0f766e', '#9d174d', '#4b5563'];

/**
 * The event analyses as charts: events and fatalities per period (two measures on one axis),
 * split by a dimension, the month-of-year profile, the places with most events, and the periods
 * that stand out against their baseline. Each exports as SVG, PNG and CSV.
 */
export function TrendsView() {
  const [by, setBy] = useState<EventPeriod>('month');
  const [country, setCountry] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter = { ...(country ? { countries: country } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const key = JSON.stringify({ by, filter });
  const [count] = useApi(`count:${key}`, () => api.eventCount({ by, fill: true, ...filter }));
  const [anomaly] = useApi(`anomaly:${key}`, () => api.eventAnomaly({ by, ...filter }));
  const [season] = useApi(`season:${key}`, () => api.eventSeasonality(filter));
  const [top] = useApi(`top:${key}`, () => api.eventTop({ level: 'admin1', limit: 15, ...filter }));
  const [byType] = useApi(`type:${key}`, () => api.eventCount({ by: by === 'day' || by === 'week' ? 'month' : by, split: 'type', fill: true, ...filter }));

  return (
    <section aria-labelledby="trends-title">
      <div className="view-head">
        <h1 id="trends-title">Trends</h1>
      </div>
      <form className="filters" aria-label="Event selection" onSubmit={(event) => event.preventDefault()}>
        <label>
          Period
          <select value={by} onChange={(event) => setBy(event.target.value as EventPeriod)}>
            {EVENT_PERIODS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          Countries
          <input value={country} onChange={(event) => setCountry(event.target.value.toUpperCase())} placeholder="AF,PK" size={8} />
        </label>
        <label>
          From
          <input value={from} onChange={(event) => setFrom(event.target.value)} placeholder="YYYY[-MM]" size={9} />
        </label>
        <label>
          To
          <input value={to} onChange={(event) => setTo(event.target.value)} placeholder="YYYY[-MM]" size={9} />
        </label>
      </form>
      <div className="chart-grid">
        <Status value={count} label="the event counts">
          {(result) => {
            const points = result.series[0]?.points ?? [];
            return (
              <SeriesChart
                title={`Events and fatalities per ${by}`}
                fileName={`events-per-${by}`}
                labels={points.map((p) => p.period)}
                series={[
                  { name: 'events', values: points.map((p) => p.events), style: 'bar', color: PALETTE[0]! },
                  { name: 'fatalities', values: points.map((p) => p.fatalities), isRightAxis: true, color: PALETTE[1]! },
                ]}
              />
            );
          }}
        </Status>
        <Status value={anomaly} label="the anomalies">
          {(result) => (
            <SeriesChart
              title={`Against the rolling baseline (anomalies marked)`}
              fileName={`anomalies-per-${by}`}
              labels={result.points.map((p) => p.period)}
              marks={new Set(result.points.flatMap((p, i) => (p.isAnomaly ? [i] : [])))}
              series={[
                { name: 'events', values: result.points.map((p) => p.events), color: PALETTE[0]! },
                { name: 'baseline mean', values: result.points.map((p) => (p.baselineMean === null ? null : Math.round(p.baselineMean * 10) / 10)), color: '#8a94a3' },
              ]}
            />
          )}
        </Status>
        <Status value={byType} label="the split by type">
          {(result) => {
            const labels = result.series[0]?.points.map((p) => p.period) ?? [];
            return (
              <SeriesChart
                title="Events by type"
                fileName="events-by-type"
                labels={labels}
                series={result.series.slice(0, 8).map((s, i) => ({ name: s.key ?? 'all', values: s.points.map((p) => p.events), color: PALETTE[i % PALETTE.length]! }))}
              />
            );
          }}
        </Status>
        <Status value={season} label="the seasonality">
          {(result) => (
            <SeriesChart
              title={`Month of year — peak season ${result.peakSeason.label} (${Math.round(result.peakSeason.share * 100)} %)`}
              fileName="seasonality"
              labels={result.profile.map((m) => m.name.slice(0, 3))}
              series={[{ name: 'mean events per year', values: result.profile.map((m) => Math.round(m.meanEvents * 10) / 10), style: 'bar', color: PALETTE[2]! }]}
            />
          )}
        </Status>
        <Status value={top} label="the places">
          {(result) => (
            <SeriesChart
              title="First-level divisions with most events"
              fileName="top-admin1"
              labels={result.places.map((p) => p.admin1 ?? p.country ?? '?')}
              series={[
                { name: 'events', values: result.places.map((p) => p.events), style: 'bar', color: PALETTE[0]! },
                { name: 'fatalities', values: result.places.map((p) => p.fatalities), style: 'bar', color: PALETTE[1]! },
              ]}
            />
          )}
        </Status>
      </div>
    </section>
  );
}
