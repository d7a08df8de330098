import {
  ENTITY_TYPES,
  type EntityType,
  type Event,
  type ReviewItem,
} from '../model/index.js';
import {
  ensureWorkspace,
  listClaims,
  listDocumentEvents,
  listDocuments,
  listEntities,
  summariseWorkspace,
  type Store,
  type WorkspaceSummary,
} from '../store/index.js';
import { ingestFiles, type IngestFileResult, type IngestFilesOptions } from './ingest-files.js';
import { listReviewItems } from './review-claims.js';

export interface DemoEntity {
  id: string;
  label: string;
  /** Other names the reports give it. */
  aliases: string[];
  /** How many claims are about it. */
  claims: number;
}

export interface DemoSummary {
  ingest: IngestFileResult[];
  workspace: WorkspaceSummary;
  entities: { type: EntityType; count: number; entities: DemoEntity[] }[];
  events: Event[];
  relations: ReviewItem[];
  /** A few claims whose evidence sentence cites endnotes: the citation chain in action. */
  examples: ReviewItem[];
}

/**
 * Builds the demo workspace: ingests the project's sample reports (idempotent: a second run
 * finds them already there) and gathers what the workspace now knows, for `tessera demo`.
 */
export async function buildDemo(
  store: Store,
  input: { samplesDir: string; workspaceName?: string; examples?: number },
  options: Pick<IngestFilesOptions, 'onProgress'> = {},
): Promise<DemoSummary> {
  const { samplesDir } = input;
  await ensureWorkspace(store, input.workspaceName ?? store.workspaceId);
  const ingest = await ingestFiles(store, [samplesDir], options.onProgress ? { onProgress: options.onProgress } : {});
  const names = await listClaims(store, { kind: 'name' });
  const aliasesOf = new Map<string, Set<string>>();
  const claimCount = new Map<string, number>();
  for (const claim of names) {
    if (claim.kind !== 'name' || claim.status === 'rejected') continue;
    const set = aliasesOf.get(claim.entityId) ?? new Set<string>();
    set.add(claim.name.value);
    aliasesOf.set(claim.entityId, set);
  }
  for (const claim of await listClaims(store, {})) {
    const ids = 'entityId' in claim ? [claim.entityId, 'targetEntityId' in claim ? claim.targetEntityId : null] : [];
    for (const id of ids) if (id) claimCount.set(id, (claimCount.get(id) ?? 0) + 1);
  }
  const entities: DemoSummary['entities'] = [];
  for (const type of ENTITY_TYPES) {
    const list = (await listEntities(store, { type })).map((e) => ({
      id: e.id,
      label: e.label,
      aliases: [...(aliasesOf.get(e.id) ?? [])].filter((a) => a !== e.label),
      claims: claimCount.get(e.id) ?? 0,
    }));
    list.sort((a, b) => b.claims - a.claims || a.label.localeCompare(b.label));
    entities.push({ type, count: list.length, entities: list });
  }
  const events: Event[] = [];
  for (const document of await listDocuments(store)) events.push(...(await listDocumentEvents(store, document.id)));
  events.sort((a, b) => (a.date.start ?? '').localeCompare(b.date.start ?? ''));
  const relations = await listReviewItems(store, { kind: 'relation', limit: 1000 });
  // examples: a link between actors, an event with its toll, an alias — each citing its sources
  const byActors = relations.filter(
    (i) => i.citations.length > 0 && i.subject?.type !== 'location' && i.target?.type !== 'location' && i.subject?.type !== 'organization',
  );
  const withToll = (await listReviewItems(store, { kind: 'event', limit: 1000 })).filter(
    (i) => i.citations.length > 0 && i.event !== null && (i.event.counts.fatalities ?? i.event.counts.arrested) !== null,
  );
  const aliases = (await listReviewItems(store, { kind: 'name', limit: 5000 })).filter(
    (i) => i.citations.length > 0 && i.predicate !== 'is named' && i.subject?.type !== 'location',
  );
  const preferred = ['leader_of', 'pledged_allegiance_to', 'member_of', 'directed', 'recruited', 'published_by'];
  byActors.sort((a, b) => rank(preferred, a.predicate) - rank(preferred, b.predicate));
  const examples = [byActors[0], withToll[0], aliases[0], ...byActors.slice(1)].filter((i): i is ReviewItem => i !== undefined);
  return {
    ingest,
    workspace: await summariseWorkspace(store),
    entities,
    events,
    relations,
    examples: examples.slice(0, input.examples ?? 3),
  };
}

function rank(order: readonly string[], value: string | null): number {
  const at = value === null ? -1 : order.indexOf(value);
  return at < 0 ? order.length : at;
}
