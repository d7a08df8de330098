import type { TopLevelSpec } from 'vega-lite';
import type { LineageEntry } from '../model/index.js';
import { renderSvg } from './render-chart.js';

/**
 * A group's genealogy as a timeline: one row per entry, a bar from its start to its end (to the
 * last date shown when it is still open), a dot at the start, coloured by relation type. Undated
 * entries are left out of the chart (the table lists them).
 */
export function lineageTimelineSpec(groupLabel: string, entries: readonly LineageEntry[], today: string): TopLevelSpec {
  const dated = entries.filter((e) => e.start !== null);
  const lastDate = dated.reduce((max, e) => [e.start!.end, e.end?.end ?? ''].reduce((m, d) => (d > m ? d : m), max), '');
  const horizon = lastDate > today ? lastDate : today;
  const values = dated.map((e) => ({
    statement: e.statement,
    relation: e.relationType.replace(/_/g, ' '),
    start: e.start!.start,
    end: e.end?.end ?? horizon,
    dates: `${e.start!.text ?? e.start!.start}${e.end === null ? ' –' : ` – ${e.end.text ?? e.end.end}`}`,
    sources: e.claims.length,
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: `Lineage of ${groupLabel}`, subtitle: `${dated.length} dated links; bars run to the end date, or on while open` },
    width: 640,
    height: Math.max(60, values.length * 26),
    data: { values },
    encoding: {
      y: { field: 'statement', type: 'nominal', sort: { field: 'start' }, title: null, axis: { labelLimit: 420 } },
    },
    layer: [
      {
        mark: { type: 'bar', height: 10, opacity: 0.55 },
        encoding: {
          x: { field: 'start', type: 'temporal', title: null },
          x2: { field: 'end' },
          color: { field: 'relation', type: 'nominal', title: 'Relation' },
          tooltip: [{ field: 'statement' }, { field: 'dates' }, { field: 'sources' }],
        },
      },
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: { x: { field: 'start', type: 'temporal' }, color: { field: 'relation', type: 'nominal' } },
      },
    ],
  } as TopLevelSpec;
}

/** The lineage timeline as SVG, with the source line under it. */
export async function renderLineageTimeline(groupLabel: string, entries: readonly LineageEntry[], today: string): Promise<string> {
  const documents = new Set(entries.flatMap((e) => e.claims.map((c) => c.source?.title ?? c.source?.path).filter((t) => t != null)));
  const source = `Source: ${documents.size} document${documents.size === 1 ? '' : 's'} in the Tessera store (${[...documents].slice(0, 3).join('; ')}${documents.size > 3 ? '; …' : ''})`;
  return renderSvg(lineageTimelineSpec(groupLabel, entries, today), source);
}
