import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  GRAPH_EXPORT_FORMATS,
  GraphEgoResultSchema,
  GraphLineageResultSchema,
  GraphMeasuresResultSchema,
  GraphPathResultSchema,
  TesseraError,
  type GraphExportFormat,
  type GraphPeriod,
} from '../model/index.js';
import { exportGraph, findEgoNetwork, findGraphPaths, measureGraph, renderGroupLineageChart, traceGroupLineage } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { addPageOptions, describePage, pageOf, type PageFlags } from './page-footer.js';
import { addFilterOptions, filterOf, filterParamsOf, type FilterFlags } from './graph-filter-options.js';
import { storeOrServer } from './store-or-server.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

const MEASURE_COLUMNS = [
  'name', 'type', 'degree', 'betweenness', 'pagerank', 'community', 'period', 'weighted_degree', 'closeness',
  'eigenvector', 'core', 'participation', 'constraint', 'broker', 'entity_id',
] as const;

const round = (v: number | null) => (v === null ? null : Number(v.toPrecision(6)));

/** `tessera graph measures|path|ego|lineage|export` (`tessera export gexf` is in export-command.ts). */
export function registerGraphCommand(program: Command, context: CommandContext): void {
  const graph = program.command('graph').description('networks over time: measures, paths, ego networks, group lineage, exports');

  const measures = addFilterOptions(
    graph
      .command('measures')
      .description('degree, betweenness, closeness, eigenvector, PageRank, k-core, communities and brokers per entity')
      .option('--every <period>', 'a series: year, quarter or month')
      .option('--format <format>', 'table, csv or json', 'table'),
  );
  addPageOptions(measures, 1000, 'rows').action(async (flags: FilterFlags & PageFlags & { every?: string; format: string }) => {
    const format = parseOutputFormat(flags.format);
    const result = await storeOrServer(
      context,
      (server) => server.get('/graph/measures', { ...filterParamsOf(flags), every: flags.every }, GraphMeasuresResultSchema),
      (store) => measureGraph(store, { filter: filterOf(flags), ...(flags.every ? { every: flags.every as GraphPeriod } : {}) }),
    );
    const page = pageOf(result.rows, flags);
    const writer = createRowWriter(context.out, format, MEASURE_COLUMNS);
    for (const r of page.items) {
      writer.write({
        name: r.name, type: r.type, degree: r.degree, betweenness: round(r.betweenness), pagerank: round(r.pagerank),
        community: r.community, period: r.period, weighted_degree: r.weightedDegree, closeness: round(r.closeness),
        eigenvector: round(r.eigenvector), core: r.core, participation: round(r.participation), constraint: round(r.constraint),
        broker: r.isBroker, entity_id: r.entityId,
      });
    }
    writer.end();
    for (const s of result.slices) {
      context.err.write(`${s.period}: ${s.nodes} nodes, ${s.edges} edges, ${s.communities} communities, betweenness ${s.betweenness}\n`);
    }
    context.err.write(`${describePage(page.position, page.items.length, 'rows')}\n`);
  });

  addFilterOptions(
    graph
      .command('path <from> <to>')
      .description('the shortest and k shortest paths between two entities, each link with its claims and sources')
      .option('--k <n>', 'how many paths', '1')
      .option('--format <format>', 'table or json', 'table'),
  ).action(async (from: string, to: string, flags: FilterFlags & { k: string; format: string }) => {
    const result = await storeOrServer(
      context,
      (server) => server.get('/graph/path', { ...filterParamsOf(flags), a: from, b: to, k: flags.k }, GraphPathResultSchema),
      (store) => findGraphPaths(store, { from, to, k: Number(flags.k), filter: filterOf(flags) }),
      GraphPathResultSchema,
    );
    if (flags.format === 'json') {
      context.out.write(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    if (result.paths.length === 0) context.out.write(`no path between ${result.from.label} and ${result.to.label}\n`);
    result.paths.forEach((path, i) => {
      context.out.write(`path ${i + 1} (${path.edges.length} links): ${path.nodes.map((n) => n.label).join(' — ')}\n`);
      path.edges.forEach((edge) => {
        const labels = new Map(path.nodes.map((n) => [n.id, n.label]));
        context.out.write(`  ${labels.get(edge.source)} — ${labels.get(edge.target)}: ${edge.relationTypes.join(', ')} (${edge.claims.length} claims)\n`);
        for (const c of edge.claims) {
          const hedge = c.hedge === null ? '' : ` [${c.hedge.text}${c.hedge.band ? `, ${c.hedge.band}` : ''}]`;
          const source = c.source === null ? '' : ` — ${c.source.title ?? c.source.path}${c.source.citedWorks.length ? `; ${c.source.citedWorks.map((w) => w.text || `note ${w.note}`).join('; ')}` : ''}`;
          context.out.write(`    ${c.relationType ?? c.layer} ${c.sourceReliability}${c.informationCredibility} ${c.status}${hedge}: “${c.quote ?? ''}”${source}\n`);
        }
      });
    });
  });

  const ego = addFilterOptions(
    graph
      .command('ego <name>')
      .description("an entity's neighbourhood (--limit/--offset page its links in the table)")
      .option('--depth <n>', 'hops', '2')
      .option('--format <format>', 'table or json', 'table'),
  );
  addPageOptions(ego, 1000, 'links').action(async (name: string, flags: FilterFlags & PageFlags & { depth: string; format: string }) => {
    const result = await storeOrServer(
      context,
      (server) => server.get('/graph/ego', { ...filterParamsOf(flags), entity: name, depth: flags.depth }, GraphEgoResultSchema),
      (store) => findEgoNetwork(store, { name, depth: Number(flags.depth), filter: filterOf(flags) }),
      GraphEgoResultSchema,
    );
    if (flags.format === 'json') {
      context.out.write(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const labels = new Map(result.nodes.map((n) => [n.id, n.label]));
    context.out.write(`${result.nodes.length} entities, ${result.edges.length} links\n`);
    const page = pageOf(result.edges, flags);
    context.err.write(`${describePage(page.position, page.items.length, 'links')}\n`);
    for (const e of page.items) context.out.write(`${labels.get(e.source)} — ${labels.get(e.target)}: ${e.relationTypes.join(', ')} (${e.weight})\n`);
  });

  graph
    .command('lineage <group>')
    .description("a group's genealogy over time: mergers, splits, pledges, alliances, rivalries, leaders")
    .option('--include-proposed', 'include proposed claims')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--chart <file.svg>', 'also write the timeline chart as SVG')
    .action(async (group: string, flags: { includeProposed?: boolean; format: string; chart?: string }) => {
      const format = parseOutputFormat(flags.format);
      const result = await storeOrServer(
        context,
        (server) => server.get('/graph/lineage', { group, includeProposed: flags.includeProposed === true ? true : undefined }, GraphLineageResultSchema),
        (store) => traceGroupLineage(store, { group, includeProposed: flags.includeProposed === true }),
        GraphLineageResultSchema,
      );
      if (format === 'json') context.out.write(`${JSON.stringify(result, null, 2)}\n`);
      else {
        const writer = createRowWriter(context.out, format, ['start', 'end', 'relation', 'statement', 'hedge', 'claims', 'sources']);
        for (const e of result.entries) {
          writer.write({
            start: e.start?.text ?? e.start?.start ?? null,
            end: e.end?.text ?? e.end?.end ?? null,
            relation: e.relationType,
            statement: e.statement,
            hedge: [...new Set(e.claims.map((c) => c.hedge?.text).filter(Boolean))].join('; ') || null,
            claims: e.claims.length,
            sources: [...new Set(e.claims.map((c) => c.source ? `${c.source.title ?? c.source.path}${c.source.citedWorks.length ? ` [${c.source.citedWorks.map((w) => w.note).join(',')}]` : ''}` : null).filter(Boolean))].join('; '),
          });
        }
        writer.end();
      }
      if (flags.chart) writeFileSync(flags.chart, await renderGroupLineageChart(result));
    });

  addFilterOptions(
    graph
      .command('export')
      .description(`the graph as ${GRAPH_EXPORT_FORMATS.join(', ')} on stdout`)
      .option('--format <format>', GRAPH_EXPORT_FORMATS.join(', '), 'gexf'),
  ).action(async (flags: FilterFlags & { format: string }) => {
    if (!(GRAPH_EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
      throw new TesseraError('invalid_input', `--format ${flags.format}: expected one of ${GRAPH_EXPORT_FORMATS.join(', ')}`);
    }
    const server = await context.server();
    if (server !== null) {
      // the exporter's text as the server wrote it, streamed through
      await server.download('/graph/export', { ...filterParamsOf(flags), format: flags.format }, async (chunk) => {
        context.out.write(chunk);
      });
      return;
    }
    context.out.write(await context.withStore((store) => exportGraph(store, flags.format as GraphExportFormat, filterOf(flags))));
  });
}
