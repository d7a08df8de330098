import { useEffect, useMemo, useRef, useState } from 'react';
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import { PROBABILITY_BANDS, type EntityType, type GraphEgoResult, type LinkChartGraph, type ProbabilityBand } from '../../../src/model/index.js';
import { api } from '../api.js';
import { Link } from '../app/Link.js';
import { useApi } from '../app/use-api.js';
import { Status } from '../common/Status.js';
import { linksOf, seedLayout } from './layout.js';
import { panByTransform } from './pan-by-transform.js';
import type { LayoutProgress, LayoutRequest } from './layout.worker.js';
import { fromLinkChartGraph, holdsIn, meetsBand, type Network, type NetworkEdge } from './relation-network.js';

export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#c2410c',
  group: '#1f4e79',
  organization: '#0f766e',
  media: '#7c3aed',
  location: '#6b7280',
};

/**
 * The link chart: entities and the relations claimed between them (WebGL, sigma.js), around an
 * entity or the whole workspace; a year slider, relation-type, hedge-band and credibility filters,
 * node size by degree or by claims, expand a node's neighbours. Drawn at once from an instant
 * seed layout, then refined by a force layout in a Web Worker; filters hide and show (no redraw
 * from scratch), so the chart stays fluid at thousands of entities.
 */
export function LinkChart({ focus }: { focus: string | null }) {
  const [isProposedIncluded, setProposedIncluded] = useState(true);
  const [graph] = useApi(`graph:${isProposedIncluded}`, (signal) => api.graph({ includeProposed: isProposedIncluded }, signal));
  return (
    <section className="linkchart" aria-labelledby="graph-title">
      <div className="view-head">
        <h1 id="graph-title">Link chart</h1>
        <label className="check">
          <input type="checkbox" checked={isProposedIncluded} onChange={(event) => setProposedIncluded(event.target.checked)} /> Include proposed relations
        </label>
      </div>
      <Status value={graph} label="relations">
        {(data) => <GraphNetwork graph={data} focus={focus} isProposedIncluded={isProposedIncluded} />}
      </Status>
    </section>
  );
}

/** Degree and claims are counted over the links shown; the rest are the graph jobs' measures of the whole network. */
const SIZE_MEASURES = { degree: 'degree', claims: 'claims', betweenness: 'betweenness', pagerank: 'PageRank', eigenvector: 'eigenvector', core: 'k-core' } as const;
type SizeBy = keyof typeof SIZE_MEASURES;
type MeasureName = Exclude<SizeBy, 'degree' | 'claims'>;
type LayoutState = 'seed' | 'refining' | 'settled';

interface Visible {
  edges: NetworkEdge[];
  ids: Set<string>;
  pairs: Set<string>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function GraphNetwork({ graph, focus, isProposedIncluded }: { graph: LinkChartGraph; focus: string | null; isProposedIncluded: boolean }) {
  const network = useMemo(() => fromLinkChartGraph(graph), [graph]);
  return <NetworkPanel network={network} focus={focus} isProposedIncluded={isProposedIncluded} />;
}

function NetworkPanel({ network, focus, isProposedIncluded }: { network: Network; focus: string | null; isProposedIncluded: boolean }) {
  const relationTypes = useMemo(() => [...new Set(network.edges.map((e) => e.relationType))].sort(), [network]);
  const hasCredibility = useMemo(() => network.edges.some((e) => e.credibility !== null), [network]);
  const years = useMemo(() => {
    let min = Infinity;
    let max = -Infinity;
    for (const e of network.edges)
      for (const y of [e.fromYear, e.toYear])
        if (y !== null) {
          min = Math.min(min, y);
          max = Math.max(max, y);
        }
    return min === Infinity ? null : { min, max };
  }, [network]);
  const [hiddenTypes, setHiddenTypes] = useState<Set<string>>(new Set());
  const [year, setYear] = useState<number | null>(null);
  const [minBand, setMinBand] = useState<ProbabilityBand | null>(null);
  const [isHedgedHidden, setHedgedHidden] = useState(false);
  const [maxCredibility, setMaxCredibility] = useState(6);
  const [sizeBy, setSizeBy] = useState<SizeBy>('degree');
  const [expanded, setExpanded] = useState<Set<string>>(new Set(focus ? [focus] : []));
  const [selected, setSelected] = useState<string | null>(focus);
  const [layoutState, setLayoutState] = useState<LayoutState>('seed');
  const isMeasure = sizeBy !== 'degree' && sizeBy !== 'claims';
  const [measures] = useApi(`measures:${isMeasure}:${isProposedIncluded}`, (signal) =>
    isMeasure ? api.graphMeasures({ includeProposed: isProposedIncluded }, signal) : Promise.resolve(null),
  );
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<{ graph: Graph; renderer: Sigma } | null>(null);

  const visible = useMemo<Visible>(() => {
    let edges = network.edges.filter(
      (e) =>
        !hiddenTypes.has(e.relationType) &&
        (year === null || holdsIn(e, year)) &&
        !(isHedgedHidden && e.isHedged) &&
        meetsBand(e, minBand) &&
        (e.credibility === null || e.credibility <= maxCredibility),
    );
    if (expanded.size > 0) edges = edges.filter((e) => expanded.has(e.source) || expanded.has(e.target));
    const ids = new Set<string>();
    const pairs = new Set<string>();
    for (const e of edges) {
      ids.add(e.source);
      ids.add(e.target);
      pairs.add(pairKey(e.source, e.target));
    }
    for (const id of expanded) if (network.nodes.has(id)) ids.add(id);
    return { edges, ids, pairs };
  }, [network, hiddenTypes, year, isHedgedHidden, minBand, maxCredibility, expanded]);
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  // the graph and its renderer, once per network: every entity and one edge per linked pair
  useEffect(() => {
    if (!container.current) return;
    const ids = [...network.nodes.keys()];
    const index = new Map(ids.map((id, i) => [id, i]));
    const links = linksOf(
      network.edges.map((e) => [e.source, e.target] as [string, string]),
      index,
    );
    const seed = seedLayout(ids.length, links);
    const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
    ids.forEach((id, i) => {
      const node = network.nodes.get(id)!;
      graph.addNode(id, { label: node.label, x: seed.xs[i], y: seed.ys[i], size: 3, color: TYPE_COLORS[node.type], claims: 0 });
    });
    for (const edge of network.edges) {
      if (edge.source === edge.target) continue;
      graph.updateNodeAttribute(edge.source, 'claims', (n: number) => n + 1);
      graph.updateNodeAttribute(edge.target, 'claims', (n: number) => n + 1);
      const key = pairKey(edge.source, edge.target);
      if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'claims', (n: number) => n + 1);
      else graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, { claims: 1, size: 1, color: edge.isHedged ? '#c9ced6' : '#9aa4b2' });
    }
    graph.forEachEdge((key, attributes) => graph.setEdgeAttribute(key, 'size', Math.min(5, 0.8 + Math.log2(attributes.claims as number))));
    const isLarge = graph.size > 3000 || graph.order > 3000;
    // filters and the selection reach the renderer through reducers, read at each refresh
    const renderer = new Sigma(graph, container.current, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: graph.order > 500 ? 9 : 4,
      hideEdgesOnMove: isLarge,
      hideLabelsOnMove: isLarge,
      itemSizesReference: 'screen',
      // above a few thousand: one-pixel lines and point sprites, the cheapest primitives to rasterise
      nodeProgramClasses: { circle: isLarge ? NodePointProgram : NodeCircleProgram },
      edgeProgramClasses: { line: isLarge ? EdgeLineProgram : EdgeRectangleProgram },
      nodeReducer: (node, data) => {
        const shown = visibleRef.current.ids.has(node);
        const isSelected = node === selectedRef.current;
        return shown && !isSelected ? data : { ...data, hidden: !shown, highlighted: isSelected, forceLabel: isSelected };
      },
      edgeReducer: (edge, data) => (visibleRef.current.pairs.has(edge) ? data : { ...data, hidden: true }),
    });
    // a drag moves the drawn layers by a CSS transform; sigma draws again once, on release
    const detachPan = panByTransform(renderer);
    renderer.on('clickNode', ({ node }) => setSelected(node));
    renderer.on('clickStage', () => setSelected(null));
    renderer.once('afterRender', () => container.current?.setAttribute('data-drawn', 'true'));
    chart.current = { graph, renderer };
    setLayoutState('seed');

    // refine the layout off the main thread; positions land between gestures, never during one
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    let pending: LayoutProgress | null = null;
    let isPointerDown = false;
    const apply = () => {
      if (pending === null || isPointerDown) return;
      const { xs, ys, done } = pending;
      pending = null;
      graph.updateEachNodeAttributes((_, attributes) => {
        const i = index.get(_)!;
        attributes.x = xs[i];
        attributes.y = ys[i];
        return attributes;
      }, { attributes: ['x', 'y'] });
      if (done) {
        setLayoutState('settled');
        container.current?.setAttribute('data-layout', 'settled');
      }
    };
    const onDown = () => (isPointerDown = true);
    const onUp = () => {
      isPointerDown = false;
      apply();
    };
    const element = container.current;
    element.addEventListener('pointerdown', onDown);
    window.addEventListener('pointerup', onUp);
    worker.onmessage = (message: MessageEvent<LayoutProgress>) => {
      pending = message.data;
      apply();
    };
    if (links.length > 0 && ids.length > 2) {
      setLayoutState('refining');
      // a large chart takes the refined positions once (each update re-processes every item)
      const request: LayoutRequest = { xs: seed.xs.slice(), ys: seed.ys.slice(), links, every: isLarge ? Infinity : 400 };
      worker.postMessage(request, [request.xs.buffer, request.ys.buffer]);
    } else {
      setLayoutState('settled');
      element.setAttribute('data-layout', 'settled');
    }
    return () => {
      worker.terminate();
      element.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointerup', onUp);
      element.removeAttribute('data-drawn');
      element.removeAttribute('data-layout');
      detachPan();
      renderer.kill();
      chart.current = null;
    };
  }, [network]);

  // filters hide and show entities and links; the camera frames what is shown
  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    const { graph, renderer } = current;
    if (expanded.size > 0 && visible.ids.size > 0 && visible.ids.size < graph.order) {
      let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
      for (const id of visible.ids) {
        const { x, y } = graph.getNodeAttributes(id) as { x: number; y: number };
        [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
      }
      renderer.setCustomBBox({ x: [x0 - 1, x1 + 1], y: [y0 - 1, y1 + 1] });
    } else renderer.setCustomBBox(null);
    renderer.refresh();
  }, [visible, network, layoutState]);

  // node size by degree among the links shown, by the claims behind them, or by a measure
  const measureRows = measures.state === 'ready' ? measures.data?.rows : undefined;
  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    const { graph } = current;
    const value = new Map<string, number>();
    if (isMeasure) {
      for (const row of measureRows ?? []) value.set(row.entityId, Math.max(0, row[sizeBy as MeasureName] ?? 0));
    } else {
      for (const key of visible.pairs) {
        const [a, b] = key.split('|') as [string, string];
        const weight = sizeBy === 'degree' ? 1 : (graph.getEdgeAttribute(key, 'claims') as number);
        value.set(a, (value.get(a) ?? 0) + weight);
        value.set(b, (value.get(b) ?? 0) + weight);
      }
    }
    let max = 0;
    for (const v of value.values()) max = Math.max(max, v);
    // degree-like counts keep their square-root scale; measures are scaled to the largest
    const sizeOf = (v: number) => (isMeasure ? 3 + 14 * Math.sqrt(max > 0 ? v / max : 0) : 3 + 2.2 * Math.sqrt(v));
    graph.updateEachNodeAttributes(
      (id, attributes) => {
        attributes.size = sizeOf(value.get(id) ?? 0);
        return attributes;
      },
      { attributes: ['size'] },
    );
  }, [visible, sizeBy, network, measureRows]);

  useEffect(() => {
    chart.current?.renderer.refresh({ skipIndexation: true });
  }, [selected]);

  const selectedNode = selected ? network.nodes.get(selected) : undefined;
  const selectedEdges = selected ? visible.edges.filter((e) => e.source === selected || e.target === selected) : [];
  return (
    <div className="linkchart-body">
      <aside className="panel graph-controls" aria-label="Link chart filters">
        <p className="small" role="status" aria-label="Link chart size">
          {visible.ids.size.toLocaleString('en')} entities · {visible.edges.length.toLocaleString('en')} relations
          {layoutState === 'refining' ? <span className="muted"> · arranging…</span> : null}
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
        <label>
          Lowest hedge band
          <select value={minBand ?? ''} onChange={(event) => setMinBand((event.target.value || null) as ProbabilityBand | null)}>
            <option value="">any (unhedged kept)</option>
            {PROBABILITY_BANDS.map((band) => (
              <option key={band} value={band}>
                {band.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={isHedgedHidden} onChange={(event) => setHedgedHidden(event.target.checked)} /> Hide hedged relations
        </label>
        {hasCredibility ? (
          <label>
            Credibility at worst: {maxCredibility}
            <input type="range" min={1} max={6} value={maxCredibility} onChange={(event) => setMaxCredibility(Number(event.target.value))} aria-label="Worst credibility kept" />
          </label>
        ) : null}
        <label>
          Node size
          <select value={sizeBy} onChange={(event) => setSizeBy(event.target.value as SizeBy)}>
            {(Object.keys(SIZE_MEASURES) as SizeBy[]).map((measure) => (
              <option key={measure} value={measure}>
                by {SIZE_MEASURES[measure]}
              </option>
            ))}
          </select>
          {isMeasure && measures.state === 'loading' ? <span className="muted small">measuring…</span> : null}
          {measures.state === 'error' ? <span className="error small">{measures.error.message}</span> : null}
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
                <li key={e.id}>{describeEdge(e, selectedNode.id, network)}</li>
              ))}
            </ul>
            <Evidence key={selectedNode.id} entityId={selectedNode.id} isProposedIncluded={isProposedIncluded} />
          </>
        ) : (
          <p className="muted">Click an entity.</p>
        )}
      </aside>
    </div>
  );
}

const yearsOf = (e: NetworkEdge) => (e.fromYear === null && e.toYear === null ? '' : ` (${e.fromYear ?? '…'}–${e.toYear ?? '…'})`);

/** One claim from the selected entity's side: "member of Cell North (2017–…), hedged". */
function describeEdge(e: NetworkEdge, from: string, network: Network): string {
  const other = network.nodes.get(e.source === from ? e.target : e.source)?.label ?? '?';
  const verb = e.relationType.replaceAll('_', ' ');
  const text = e.source === from ? `${verb} ${other}` : `${other} ${verb} this`;
  return `${text}${yearsOf(e)}${e.isHedged ? `, hedged${e.hedgeBand ? ` (${e.hedgeBand.replaceAll('_', ' ')})` : ''}` : ''}`;
}

/** The evidence behind the selected entity's links, read on demand (GET /graph/ego): the chart's own payload carries none. */
function Evidence({ entityId, isProposedIncluded }: { entityId: string; isProposedIncluded: boolean }) {
  const [isShown, setShown] = useState(false);
  if (!isShown)
    return (
      <button type="button" onClick={() => setShown(true)}>
        Show evidence
      </button>
    );
  return <EvidenceList entityId={entityId} isProposedIncluded={isProposedIncluded} />;
}

function EvidenceList({ entityId, isProposedIncluded }: { entityId: string; isProposedIncluded: boolean }) {
  const [ego] = useApi(`ego:${entityId}:${isProposedIncluded}`, (signal) => api.graphEgo({ entity: entityId, depth: 1, includeProposed: isProposedIncluded }, signal));
  return (
    <Status value={ego} label="the evidence">
      {(result: GraphEgoResult) => {
        const labels = new Map(result.nodes.map((n) => [n.id, n.label]));
        const claims = result.edges
          .filter((edge) => edge.source === result.center || edge.target === result.center)
          .flatMap((edge) => edge.claims.map((claim) => ({ edge, claim })));
        return (
          <ul className="hit-list small" aria-label="Evidence">
            {claims.slice(0, 100).map(({ edge, claim }) => (
              <li key={claim.claimId}>
                {labels.get(edge.source) ?? '?'} {(claim.relationType ?? 'related').replaceAll('_', ' ')} {labels.get(edge.target) ?? '?'}
                {claim.quote ? <q>{claim.quote}</q> : <span className="muted"> (no quote)</span>}
                {claim.source?.title ? <span className="muted"> — {claim.source.title}</span> : null}
              </li>
            ))}
            {claims.length === 0 ? <li className="muted">No claims.</li> : null}
          </ul>
        );
      }}
    </Status>
  );
}
