import {
  CLAIM_CSV_COLUMNS,
  claimCsvLine,
  csvHeader,
  ENTITY_CSV_COLUMNS,
  entityCsvLine,
  eventsCsvHeader,
  eventsToCsv,
  eventToGeoJsonFeature,
  RELATION_CSV_COLUMNS,
  relationCsvLine,
  writeGeoJsonFeatures,
  writeStixBundle,
  type GeoJsonFeature,
  type StixObject,
  type TextSink,
} from '../formats/index.js';
import {
  canOpenWorkspace,
  CLAIM_KINDS,
  EXPORT_SUBJECTS_BY_FORMAT,
  markingRank,
  parseInput,
  TesseraError,
  WorkspaceExportInputSchema,
  type Event,
  type ExportSubject,
  type RelationClaim,
  type ReviewStatus,
  type Viewer,
  type WorkspaceExportInput,
  type WorkspaceExportResult,
} from '../model/index.js';
import { appendAudit, findActiveUser, listEventsPage, scanClaims, scanEntitiesWithClaims, type Store } from '../store/index.js';
import { streamStixObjects } from './export-stix.js';
import { exportGraph } from './graph-export.js';

/** STIX types each `--what` keeps (relationships keep the entity objects they point at, so every ref resolves). */
const STIX_TYPES: Record<Exclude<ExportSubject, 'claims'>, ReadonlySet<string>> = {
  entities: new Set(['threat-actor', 'identity', 'location', 'channel']),
  events: new Set(['incident', 'campaign']),
  relations: new Set(['relationship', 'threat-actor', 'identity', 'location', 'channel']),
};

/**
 * The viewer an export reads as: the caller, or the registered user it is made for (`asUser`,
 * never above the caller's own clearance), capped at `clearance` when given.
 */
async function exportViewer(store: Store, asUser: string | undefined, clearance: Viewer['clearance'] | undefined): Promise<Viewer> {
  let viewer = store.viewer;
  if (asUser !== undefined) {
    const user = await findActiveUser(store, asUser);
    if (user === null) throw new TesseraError('not_found', `--as-user ${asUser}: no such user`, { field: 'asUser' });
    if (!canOpenWorkspace(user.viewer, store.workspaceId)) {
      throw new TesseraError('invalid_input', `--as-user ${asUser}: may not open workspace ${store.workspaceId}`, { field: 'asUser' });
    }
    const capped = markingRank(user.viewer.clearance) <= markingRank(viewer.clearance) ? user.viewer.clearance : viewer.clearance;
    viewer = { ...user.viewer, clearance: capped };
  }
  if (clearance !== undefined && markingRank(clearance) < markingRank(viewer.clearance)) viewer = { ...viewer, clearance };
  return viewer;
}

/** The events the viewer may see, report events only unless dataset rows are asked for, a page at a time. */
async function* visibleEvents(store: Store, includeDatasetEvents: boolean): AsyncGenerator<{ event: Event; periodDate: string | null }> {
  const filter = includeDatasetEvents ? {} : { sources: ['reports'] };
  let after: string | null = null;
  for (;;) {
    const page = await listEventsPage(store, filter, after, 2_000);
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1]!.event.id;
  }
}

/**
 * `tessera export csv|geojson|gexf|stix [--what entities|events|relations|claims]`: writes what
 * the viewer may read — the caller's store viewer, or `asUser`'s view, capped at `clearance` —
 * to `sink` as it reads it (pages from the store, a chunk per row, feature or object), so the
 * size of the workspace never sits in memory. Accepted claims unless proposed ones are asked
 * for; event-dataset rows only when asked (their licences may forbid redistribution).
 */
export async function exportWorkspace(store: Store, input: WorkspaceExportInput, sink: TextSink): Promise<WorkspaceExportResult> {
  const options = parseInput(WorkspaceExportInputSchema, input, `export ${String(input.format)}`);
  const what: ExportSubject | null = options.what ?? (options.format === 'stix' ? null : EXPORT_SUBJECTS_BY_FORMAT[options.format][0]!);
  const viewer = await exportViewer(store, options.asUser, options.clearance);
  const reader = store.asViewer(viewer);
  const statuses: ReviewStatus[] = options.includeProposed ? ['accepted', 'proposed'] : ['accepted'];
  const written: Record<string, number> = {};
  const skipped: Record<string, number> = {};
  const count = (into: Record<string, number>, key: string, n = 1) => {
    into[key] = (into[key] ?? 0) + n;
  };

  switch (options.format) {
    case 'csv':
      if (what === 'entities') {
        await sink(csvHeader(ENTITY_CSV_COLUMNS));
        // the one-pass cursors of the STIX export (export-cursor.ts), in one transaction and snapshot
        await reader.transaction(async (tx) => {
          for await (const { entity, claims } of scanEntitiesWithClaims(tx, { statuses })) {
            await sink(entityCsvLine(entity, claims));
            count(written, 'entities');
          }
        });
      } else if (what === 'relations') {
        await reader.transaction(async (tx) => {
          // the ends' labels as the viewer knows them (an entity known only by a hidden name stays unlabelled)
          const labels = new Map<string, string>();
          for await (const { entity } of scanEntitiesWithClaims(tx, { statuses })) labels.set(entity.id, entity.label);
          await sink(csvHeader(RELATION_CSV_COLUMNS));
          for await (const claim of scanClaims(tx, ['relation'], { statuses })) {
            await sink(relationCsvLine(claim as RelationClaim, (id) => labels.get(id) ?? null));
            count(written, 'relations');
          }
        });
      } else if (what === 'claims') {
        await sink(csvHeader(CLAIM_CSV_COLUMNS));
        await reader.transaction(async (tx) => {
          for await (const claim of scanClaims(tx, CLAIM_KINDS, { statuses })) {
            await sink(claimCsvLine(claim));
            count(written, 'claims');
          }
        });
      } else {
        // Tessera's event CSV, which `tessera events import` reads back
        await sink(eventsCsvHeader());
        for await (const row of visibleEvents(reader, options.includeDatasetEvents)) {
          await sink(eventsToCsv([row]));
          count(written, 'events');
        }
      }
      break;
    case 'geojson': {
      async function* features(): AsyncGenerator<GeoJsonFeature> {
        for await (const { event } of visibleEvents(reader, options.includeDatasetEvents)) {
          const feature = eventToGeoJsonFeature(event);
          if (feature === null) count(skipped, 'events without coordinates');
          else yield feature;
        }
      }
      const n = await writeGeoJsonFeatures(features(), sink, {
        what: 'events',
        workspace: store.workspaceId,
        clearance: viewer.clearance,
        sources: options.includeDatasetEvents ? 'reports and datasets' : 'reports',
      });
      count(written, 'events', n);
      break;
    }
    case 'gexf': {
      const gexf = await exportGraph(reader, 'gexf', { ...(options.graphFilter ?? {}), includeProposed: options.includeProposed });
      await sink(gexf);
      count(written, 'nodes', (gexf.match(/<node /g) ?? []).length);
      count(written, 'edges', (gexf.match(/<edge /g) ?? []).length);
      break;
    }
    case 'stix': {
      const keep = what === null || what === 'claims' ? null : STIX_TYPES[what];
      async function* objects(tx: Store): AsyncGenerator<StixObject> {
        for await (const object of streamStixObjects(tx, {
          includeProposed: options.includeProposed,
          includeDatasetEvents: options.includeDatasetEvents,
        })) {
          if (keep !== null && !keep.has(object.type)) continue;
          count(written, object.type);
          yield object;
        }
      }
      const statusKey = options.includeProposed ? 'accepted+proposed' : 'accepted';
      // the bundle id of `exportStix` for the whole workspace; a part of it gets its own
      await reader.transaction((tx) => writeStixBundle(objects(tx), sink, `${store.workspaceId}:${statusKey}${what === null ? '' : `:${what}`}`));
      break;
    }
  }
  return { format: options.format, what, viewer: { name: viewer.name, clearance: viewer.clearance }, written, skipped };
}

/**
 * `GET /api/v1/export`: exportWorkspace for a remote caller, then an audit entry (`workspace.export`)
 * of what left, in which format, at which clearance and for whom. An export that fails part-way
 * (the client went away, the store failed) is audited too, as failed with its reason: part of it
 * may have left.
 */
export async function exportWorkspaceAudited(store: Store, input: WorkspaceExportInput, sink: TextSink): Promise<WorkspaceExportResult> {
  let result: WorkspaceExportResult;
  try {
    result = await exportWorkspace(store, input, sink);
  } catch (error) {
    await appendAudit(store, {
      action: 'workspace.export',
      targetIds: [],
      detail: {
        format: input.format,
        what: input.what ?? null,
        caller: { name: store.viewer.name, clearance: store.viewer.clearance },
        clearanceAsked: input.clearance ?? null,
        outcome: 'failed',
        reason: error instanceof Error ? error.message : String(error),
      },
    });
    throw error;
  }
  await appendAudit(store, {
    action: 'workspace.export',
    targetIds: [],
    detail: { format: result.format, what: result.what, viewer: result.viewer, written: result.written, skipped: result.skipped },
  });
  return result;
}
