import { useEffect, useMemo, useRef, useState } from 'react';
import Graph from 'graphology';
import Sigma from 'sigma';
import type { EntityType, ReviewItem } from '../../../src/model/index.js';
import { api } from '../api.js';
import { Link } from '../app/Link.js';
import { useApi } from '../app/use-api.js';
import { Status } from '../common/Status.js';
import { layoutGraph } from './layout.js';
import { holdsIn, toNetwork, type NetworkEdge } from './relation-network.js';

export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#c2410c',
  group: '#1f4e79',
  organization: '#0f766e',
  media: '#7c3aed',
  location: '#6b7280',
};

async function loadRelations(isProposedIncluded: boolean, signal: AbortSignal): Promise<ReviewItem[]> {
  const all: ReviewItem[] = [];
  for (const status of isProposedIncluded ? (['accepted', 'proposed'] as const) : (['accepted'] as const)) {
    for (let offset = 0; offset < 20_000; offset += 1000) {
      const page = await api.claims({ kind: 'relation', status, limit: 1000, offset }, signal);
      all.push(...page.items);
      if (page.items.length < 1000) break;
    }
  }
  return all;
}

/**
 * The link chart: entities and the relations claimed between them (WebGL, sigma.js), around an
 * entity or the whole workspace; a year slider, relation-type and hedge filters, node size by
 * degree, expand a node's neighbours.
 */
export function LinkChart({ focus }: { focus: string | null }) {
  const [isProposedIncluded, setProposedIncluded] = useState(true);
  const [claims] = useApi(`relations:${isProposedIncluded}`, (signal) => loadRelations(isProposedIncluded, signal));
  return (
    <section className="linkchart" aria-labelledby="graph-title">
      <div className="view-head">
        <h1 id="graph-title">Link chart</h1>
        <label className="check">
          <input type="checkbox" checked={isProposedIncluded} onChange={(event) => setProposedIncluded(event.target.checked)} /> Include proposed relations
        </label>
      </div>
      <Status value={claims} label="relations">
        {(data) => <NetworkPanel claims={data} focus={focus} />}
      </Status>
    </section>
  );
}

function NetworkPanel({ claims, focus }: { claims: ReviewItem[]; focus: string | null }) {
  const network = useMemo(() => toNetwork(claims), [claims]);
  const positions = useMemo(() => layoutGraph([...network.nodes.keys()], network.edges.map((e) => [e.source, e.target])), [network]);
  const relationTypes = useMemo(() => [...new Set(network.edges.map((e) => e.relationType))].sort(), [network]);
  const years = useMemo(() => {
    const all = network.edges.flatMap((e) => [e.fromYear, e.toYear]).filter((y): y is number => y !== null);
    return all.length === 0 ? null : { min: Math.min(...all), max: Math.max(...all) };
  }, [network]);
  const [hiddenTypes, setHiddenTypes] = useState<Set<string>>(new Set());
  const [year, setYear] = useState<number | null>(null);
  const [isHedgedHidden, setHedgedHidden] = useState(false);
  const [expanded, setExpanded] = useState<Set<string>>(new Set(focus ? [focus] : []));
  const [selected, setSelected] = useState<string | null>(focus);
  const container = useRef<HTMLDivElement>(null);

  const visible = useMemo(() => {
    let edges: NetworkEdge[] = network.edges.filter((e) => !hiddenTypes.has(e.relationType) && (year === null || holdsIn(e, year)) && !(isHedgedHidden && e.isHedged));
    if (expanded.size > 0) edges = edges.filter((e) => expanded.has(e.source) || expanded.has(e.target));
    const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
    for (const id of expanded) if (network.nodes.has(id)) ids.add(id);
    return { edges, ids };
  }, [network, hiddenTypes, year, isHedgedHidden, expanded]);

  useEffect(() => {
    if (!container.current) return;
    const graph = new Graph({ type: 'directed', multi: false });
    for (const id of visible.ids) {
      const node = network.nodes.get(id)!;
      const at = positions.get(id) ?? { x: 0, y: 0 };
      graph.addNode(id, { label: node.label, x: at.x, y: at.y, size: 3, color: TYPE_COLORS[node.type] });
    }
    for (const edge of visible.edges) {
      const key = `${edge.source}>${edge.target}`;
      if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'size', (s: number | undefined) => Math.min(6, (s ?? 1) + 0.5));
      else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, { size: 1, color: edge.isHedged ? '#c9ced6' : '#9aa4b2', label: edge.relationType });
    }
    graph.forEachNode((id) => graph.setNodeAttribute(id, 'size', 3 + 2.2 * Math.sqrt(graph.degree(id))));
    const renderer = new Sigma(graph, container.current, {
      settings: { renderEdgeLabels: false, labelRenderedSizeThreshold: graph.order > 500 ? 9 : 4, hideEdgesOnMove: graph.size > 3000, hideLabelsOnMove: graph.order > 3000, itemSizesReference: 'screen' },
    });
    renderer.on('clickNode', ({ node }) => setSelected(node));
    renderer.on('clickStage', () => setSelected(null));
    return () => renderer.kill();
  }, [visible, network, positions]);

  const selectedNode = selected ? network.nodes.get(selected) : undefined;
  const selectedEdges = selected ? network.edges.filter((e) => e.source === selected || e.target === selected) : [];
  return (
    <div className="linkchart-body">
      <aside className="panel graph-controls" aria-label="Link chart filters">
        <p className="small" role="status" aria-label="Link chart size">
          {visible.ids.size.toLocaleString('en')} entities · {visible.edges.length.toLocaleString('en')} relations
        </p>
        {years ? (
          <label>
            Year: {year ?? 'all'}
            <input
              type="range"
              min={years.min - 1}
              max={years.max}
              value={year ?? years.min - 1}
              onChange={(event) => setYear(Number(event.target.value) < years.min ? null : Number(event.target.value))}
              aria-label="Year"
            />
          </label>
        ) : null}
        <label className="check">
          <input type="checkbox" checked={isHedgedHidden} onChange={(event) => setHedgedHidden(event.target.checked)} /> Hide hedged relations
        </label>
        <fieldset>
          <legend>Relation types</legend>
          {relationTypes.map((type) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                checked={!hiddenTypes.has(type)}
                onChange={(event) => {
                  const next = new Set(hiddenTypes);
                  if (event.target.checked) next.delete(type);
                  else next.add(type);
                  setHiddenTypes(next);
                }}
              />{' '}
              {type.replaceAll('_', ' ')}
            </label>
          ))}
        </fieldset>
        <p className="legend">
          {(Object.keys(TYPE_COLORS) as EntityType[]).map((type) => (
            <span key={type}>
              <span className="dot" style={{ background: TYPE_COLORS[type] }} /> {type}
            </span>
          ))}
        </p>
        {expanded.size > 0 ? (
          <button type="button" onClick={() => setExpanded(new Set())}>
            Show the whole network
          </button>
        ) : null}
      </aside>
      <div ref={container} className="sigma-container panel" role="img" aria-label={`Link chart: ${visible.ids.size} entities, ${visible.edges.length} relations`} />
      <aside className="panel graph-detail" aria-label="Selected entity">
        {selectedNode ? (
          <>
            <h2>{selectedNode.label}</h2>
            <p>
              <span className={`type type-${selectedNode.type}`}>{selectedNode.type}</span> · {selectedEdges.length} relations
            </p>
            <p className="actions">
              <button type="button" onClick={() => setExpanded(new Set([...expanded, selectedNode.id]))}>
                Expand neighbours
              </button>
              <Link to={`/entities/${selectedNode.id}`} className="button">
                Entity page
              </Link>
            </p>
            <ul className="hit-list small">
              {selectedEdges.slice(0, 50).map((e) => (
                <li key={e.id}>{e.claim.assertion}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">Click an entity.</p>
        )}
      </aside>
    </div>
  );
}
