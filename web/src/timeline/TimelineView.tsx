import { useMemo, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import type { Event, ReviewItem } from '../../../src/model/index.js';
import { api } from '../api.js';
import { useApi } from '../app/use-api.js';
import { ClaimCard } from '../common/ClaimCard.js';
import { TlpBadge } from '../common/TlpBadge.js';
import { Status } from '../common/Status.js';
import { binDatasetEvents, countBins, datasetEventItem, isDatedEvent, isoOfDay, toTimelineItems, type DatedEvent, type TimelineItem } from './timeline-items.js';

const LANES: TimelineItem['lane'][] = ['events', 'datasets', 'relations', 'claims'];
const LANE_NAMES: Record<TimelineItem['lane'], string> = { events: 'events (reports)', datasets: 'dataset events', relations: 'relations', claims: 'claims' };
/** Dataset events listed at most (GET /events pages); beyond, the lane shows the server's monthly counts. */
const LISTED_EVENTS = 5_000;
/** Dataset events drawn one by one at most; beyond, counts per month (or year, for events not dated to a month). */
const DRAWN_EVENTS = 400;
const W = 1100;
const ROW = 16;
const LANE_GAP = 26;
const AXIS = 28;

async function loadClaims(isProposedIncluded: boolean, signal: AbortSignal): Promise<ReviewItem[]> {
  const statuses = isProposedIncluded ? (['accepted', 'proposed'] as const) : (['accepted'] as const);
  const all: ReviewItem[] = [];
  for (const status of statuses) {
    for (const kind of ['event', 'relation', 'attribute'] as const) {
      for (let offset = 0; offset < 5000; offset += 1000) {
        const page = await api.claims({ status, kind, limit: 1000, offset }, signal);
        all.push(...page.items);
        if (page.items.length < 1000) break;
      }
    }
  }
  return all;
}

/** Dataset events (ACLED, UCDP… imports) for their lane: listed when few enough, else the server's monthly counts. */
async function loadDatasetItems(signal: AbortSignal): Promise<{ items: TimelineItem[]; note: string }> {
  const events: DatedEvent[] = [];
  let after: string | null = null;
  let listed = 0;
  do {
    const page = await api.events({ limit: 1000, after }, signal);
    listed += page.items.length;
    events.push(...page.items.filter((event) => event.origin.kind === 'dataset').filter(isDatedEvent));
    after = page.next;
  } while (after !== null && listed < LISTED_EVENTS);
  if (after !== null) {
    const counts = await api.eventCount({ by: 'month', split: 'source' });
    return { items: countBins(counts.rows), note: `more than ${LISTED_EVENTS.toLocaleString('en')} events: monthly counts, each event on its first possible day` };
  }
  if (events.length > DRAWN_EVENTS) return { items: binDatasetEvents(events), note: `${events.length.toLocaleString('en')} dataset events: counts per month (per year where not dated to a month)` };
  return { items: events.map(datasetEventItem), note: `${events.length} dataset events` };
}

/** Greedy rows within a lane so that spans never overlap. */
function pack(items: TimelineItem[], dayWidth: (d: number) => number, labelRoom = 120): Map<string, number> {
  const rows: number[] = [];
  const placed = new Map<string, number>();
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    const x0 = dayWidth(item.start);
    let row = rows.findIndex((endX) => endX < x0 - 2);
    if (row === -1) row = rows.push(0) - 1;
    rows[row] = Math.max(dayWidth(item.end + 1), x0 + 6) + labelRoom;
    placed.set(item.id, row);
  }
  return placed;
}

/**
 * Events, relations and dated claims on one zoomable axis (wheel to zoom, drag to pan, years to
 * days). A day-precise date is a tick; a month- or year-precise one is drawn as the whole span it
 * allows; claims with no date are listed apart.
 */
export function TimelineView() {
  // proposed claims too by default: a fresh workspace has nothing accepted yet (they are drawn the same; the card says which)
  const [isProposedIncluded, setProposedIncluded] = useState(true);
  const [claims] = useApi(`timeline:${isProposedIncluded}`, (signal) => loadClaims(isProposedIncluded, signal));
  const [datasets] = useApi('timeline:datasets', loadDatasetItems);
  return (
    <section aria-labelledby="timeline-title">
      <div className="view-head">
        <h1 id="timeline-title">Timeline</h1>
        <label className="check">
          <input type="checkbox" checked={isProposedIncluded} onChange={(event) => setProposedIncluded(event.target.checked)} /> Include proposed claims
        </label>
      </div>
      <Status value={claims} label="dated claims">
        {(data) => (
          <Status value={datasets} label="dataset events">
            {(events) => <TimelineBody claims={data} datasets={events} />}
          </Status>
        )}
      </Status>
    </section>
  );
}

function TimelineBody({ claims, datasets }: { claims: ReviewItem[]; datasets: { items: TimelineItem[]; note: string } }) {
  const { dated, undated } = useMemo(() => {
    const fromClaims = toTimelineItems(claims);
    return { dated: [...fromClaims.dated, ...datasets.items], undated: fromClaims.undated };
  }, [claims, datasets]);
  const bounds = useMemo(() => {
    if (dated.length === 0) return { min: 0, max: 1 };
    const min = Math.min(...dated.map((i) => i.start));
    const max = Math.max(...dated.map((i) => i.end));
    const pad = Math.max(30, (max - min) * 0.03);
    return { min: min - pad, max: max + pad };
  }, [dated]);
  const [view, setView] = useState<{ min: number; max: number } | null>(null);
  const [selected, setSelected] = useState<TimelineItem | null>(null);
  const drag = useRef<{ x: number; min: number; max: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { min, max } = view ?? bounds;
  const scale = (d: number) => ((d - min) / (max - min)) * W;
  const rowsByLane = LANES.map((lane) => {
    const items = dated.filter((i) => i.lane === lane);
    // dataset events carry no label on the axis (their count, or the card when selected, says what they are)
    return { lane, items, rows: pack(items, scale, lane === 'datasets' ? 2 : 120) };
  });
  let y = AXIS;
  const laneTops = rowsByLane.map(({ rows }) => {
    const top = y;
    y += Math.max(1, ...[...rows.values()].map((r) => r + 1)) * ROW + LANE_GAP;
    return top;
  });
  const height = y;
  const spanDays = max - min;
  const tickStep = spanDays > 3650 ? 'year5' : spanDays > 730 ? 'year' : spanDays > 90 ? 'month' : 'day';
  const ticks: { day: number; label: string }[] = [];
  const startYear = Number(isoOfDay(Math.floor(min)).slice(0, 4));
  const endYear = Number(isoOfDay(Math.ceil(max)).slice(0, 4));
  for (let year = startYear; year <= endYear + 1; year++) {
    if (tickStep === 'year5' && year % 5 !== 0) continue;
    if (tickStep === 'year' || tickStep === 'year5') ticks.push({ day: Date.UTC(year, 0, 1) / 86_400_000, label: String(year) });
    else
      for (let month = 0; month < 12; month++) {
        if (tickStep === 'month') ticks.push({ day: Date.UTC(year, month, 1) / 86_400_000, label: month === 0 ? String(year) : isoOfDay(Date.UTC(year, month, 1) / 86_400_000).slice(0, 7) });
        else for (let d = 1; d <= 28; d += 7) ticks.push({ day: Date.UTC(year, month, d) / 86_400_000, label: isoOfDay(Date.UTC(year, month, d) / 86_400_000) });
      }
  }
  const visibleTicks = ticks.filter((t) => t.day >= min && t.day <= max);

  const onWheel = (event: WheelEvent<SVGSVGElement>) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect) return;
    const at = min + ((event.clientX - rect.left) / rect.width) * (max - min);
    const factor = event.deltaY > 0 ? 1.25 : 0.8;
    const nextSpan = Math.max(14, Math.min((bounds.max - bounds.min) * 4, (max - min) * factor));
    const ratio = (at - min) / (max - min);
    setView({ min: at - ratio * nextSpan, max: at + (1 - ratio) * nextSpan });
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    drag.current = { x: event.clientX, min, max };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    const rect = svgRef.current?.getBoundingClientRect();
    if (!start || !rect || event.buttons === 0) return;
    const shift = ((event.clientX - start.x) / rect.width) * (start.max - start.min);
    setView({ min: start.min - shift, max: start.max - shift });
  };

  return (
    <div className="timeline">
      <div className="timeline-tools">
        <span className="muted small">
          {dated.length} dated · {undated.length} undated · {datasets.note} · {isoOfDay(Math.floor(min))} to {isoOfDay(Math.ceil(max))} · wheel to zoom, drag to pan
        </span>
        <button type="button" className="small-button" onClick={() => setView(null)}>
          Fit all
        </button>
        <span className="legend">
          <span className="precision-day">day</span>
          <span className="precision-span">month / year / range: the whole span</span>
        </span>
      </div>
      <div className="panel timeline-canvas">
        <svg
          ref={svgRef}
          viewBox={`0 0 ${W} ${height}`}
          role="group"
          aria-label={`Timeline of ${dated.length} dated items`}
          onWheel={onWheel}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={() => (drag.current = null)}
        >
          {visibleTicks.map((t) => (
            <g key={t.day}>
              <line x1={scale(t.day)} x2={scale(t.day)} y1={AXIS - 6} y2={height} stroke="#eceff3" />
              <text x={scale(t.day) + 3} y={14} fontSize={11} fill="#5b6470">
                {t.label}
              </text>
            </g>
          ))}
          {rowsByLane.map(({ lane, items, rows }, laneIndex) => (
            <g key={lane}>
              <text x={4} y={laneTops[laneIndex]! + 10} fontSize={11} fontWeight={600} fill="#1d2530">
                {LANE_NAMES[lane]}
              </text>
              {items.map((item) => {
                const x0 = scale(item.start);
                const x1 = scale(item.end + 1);
                if (x1 < 0 || x0 > W) return null;
                const top = laneTops[laneIndex]! + 14 + (rows.get(item.id) ?? 0) * ROW;
                const isDay = item.precision === 'day';
                return (
                  <g
                    key={item.id}
                    className="tl-item"
                    data-lane={lane}
                    onClick={() => setSelected(item)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        setSelected(item);
                      }
                    }}
                    tabIndex={0}
                    role="button"
                    aria-label={`${item.label}, ${item.dateText} (${item.precision})`}
                  >
                    {item.count !== undefined ? (
                      <>
                        <rect x={x0} y={top} width={Math.max(2, x1 - x0 - 1)} height={ROW - 4} fill={`var(--lane-${lane})`} fillOpacity={Math.min(0.9, 0.2 + Math.log10(1 + item.count) / 3)} strokeDasharray={item.precision === 'month' ? undefined : '3 2'} stroke={item.precision === 'month' ? 'none' : `var(--lane-${lane})`} />
                        {x1 - x0 > 16 ? (
                          <text x={x0 + 2} y={top + ROW - 7} fontSize={9.5} fill="#1d2530">
                            {item.count}
                          </text>
                        ) : null}
                      </>
                    ) : isDay ? (
                      <rect x={x0 - 1.5} y={top} width={Math.max(3, x1 - x0)} height={ROW - 4} fill={`var(--lane-${lane})`} />
                    ) : (
                      <rect x={x0} y={top + 2} width={Math.max(2, x1 - x0)} height={ROW - 8} fill={`var(--lane-${lane})`} fillOpacity={0.25} stroke={`var(--lane-${lane})`} strokeDasharray="3 2" />
                    )}
                    {lane === 'datasets' ? null : (
                      <text x={Math.max(x1, x0 + 3) + 4} y={top + ROW - 6} fontSize={10.5} fill="#1d2530">
                        {/* cut at a word, not ellipsed: what is shown stays words of the item's accessible name */}
                        {item.label.length > 40 ? item.label.slice(0, Math.max(20, item.label.lastIndexOf(' ', 40))) : item.label}
                      </text>
                    )}
                    <title>{`${item.label}\n${item.dateText} (${item.precision})`}</title>
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
      <div className="timeline-lower">
        <section className="panel" aria-labelledby="tl-selected">
          <h2 id="tl-selected">Selected</h2>
          {selected ? (
            <>
              <p className="small">
                {selected.dateText} · precision <strong>{selected.precision}</strong>
              </p>
              {selected.claim ? <ClaimCard claim={selected.claim} /> : null}
              {selected.event ? <DatasetEventCard event={selected.event} /> : null}
              {selected.count !== undefined ? <p>{selected.label}</p> : null}
            </>
          ) : (
            <p className="muted">Click an item.</p>
          )}
        </section>
        <section className="panel" aria-labelledby="tl-undated">
          <h2 id="tl-undated">Undated ({undated.length})</h2>
          <ul className="hit-list" aria-label="Undated claims">
            {undated.slice(0, 200).map((claim) => (
              <li key={claim.id}>{claim.assertion}</li>
            ))}
          </ul>
          {undated.length > 200 ? <p className="muted small">and {undated.length - 200} more</p> : null}
        </section>
      </div>
    </div>
  );
}

/** A dataset event: what, when (at its precision), where, who, the toll and where it comes from. */
function DatasetEventCard({ event }: { event: Event }) {
  const place = [event.location.place, event.location.admin2, event.location.admin1, event.location.country].filter(Boolean).join(', ');
  return (
    <article className="claim" aria-label={`Dataset event: ${event.datasetType ?? event.type}`}>
      <p>
        <TlpBadge marking={event.marking} /> <strong>{event.datasetType ?? event.type}</strong>
        {event.datasetSubtype ? ` · ${event.datasetSubtype}` : ''} · {place || 'place unknown'}
      </p>
      {event.summary ? <p>{event.summary}</p> : null}
      <p className="small">
        {event.actors.map((a) => a.text).join('; ') || 'no actor named'} · fatalities {event.counts.fatalities ?? 'not given'}
      </p>
      <p className="small muted">
        {event.origin.kind === 'dataset' ? `${event.origin.dataset} ${event.origin.datasetEventId}` : 'from a report'}
        {event.sourceText ? ` · ${event.sourceText}` : ''}
      </p>
    </article>
  );
}
