import type { GraphEdge } from '../../model/index.js';

/** The distinct sources of an edge's claims, as short citations: document title (or path) and cited notes. */
export function edgeSourceLabels(edge: GraphEdge): string[] {
  const labels = new Set<string>();
  for (const claim of edge.claims) {
    if (claim.source === null) continue;
    const document = claim.source.title ?? claim.source.path.split('/').pop() ?? claim.source.path;
    const notes = claim.source.citedWorks.map((w) => (w.text === '' ? `note ${w.note}` : w.text));
    labels.add(notes.length === 0 ? document : `${document} — ${notes.join('; ')}`);
  }
  return [...labels];
}

/** Node intervals from their edges: earliest edge start (null when any edge is open) to latest end. */
export function nodeIntervals(edges: readonly GraphEdge[]): Map<string, { start: string | null; end: string | null }> {
  const spans = new Map<string, { start: string | null; end: string | null; isStartOpen: boolean; isEndOpen: boolean }>();
  for (const edge of edges) {
    for (const id of [edge.source, edge.target]) {
      const span = spans.get(id) ?? { start: null, end: null, isStartOpen: false, isEndOpen: false };
      if (edge.start === null) span.isStartOpen = true;
      else if (span.start === null || edge.start < span.start) span.start = edge.start;
      if (edge.end === null) span.isEndOpen = true;
      else if (span.end === null || edge.end > span.end) span.end = edge.end;
      spans.set(id, span);
    }
  }
  return new Map([...spans].map(([id, s]) => [id, { start: s.isStartOpen ? null : s.start, end: s.isEndOpen ? null : s.end }]));
}
