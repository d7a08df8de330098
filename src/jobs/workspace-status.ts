import { DocumentListQuerySchema, parseInput, type DocumentListPage, type DocumentListQuery } from '../model/index.js';
import { listDocuments, listSupersededDocumentIds, listWorkspaceIds, summariseWorkspace, type Store, type WorkspaceSummary } from '../store/index.js';

export type { WorkspaceSummary };

/** `status`: which backend and workspace, and how many documents, entities, claims (by status) and events it holds. */
export async function getWorkspaceStatus(store: Store): Promise<WorkspaceSummary> {
  return summariseWorkspace(store);
}

/**
 * The other workspaces of the store that hold something, for a `status` whose workspace is
 * empty (`npm start` fills "demo"; a later command without --workspace reads "default").
 */
export async function listOtherWorkspaces(store: Store): Promise<WorkspaceSummary[]> {
  const others: WorkspaceSummary[] = [];
  for (const id of await listWorkspaceIds(store)) {
    if (id === store.workspaceId) continue;
    const summary = await summariseWorkspace(store.inWorkspace(id));
    if (summary.documents + summary.entities + summary.events > 0) others.push(summary);
  }
  return others;
}

/**
 * `documents --limit --offset`: a page of the workspace's documents, in the order they were
 * ingested: their current versions, or every version with `allVersions`.
 */
export async function listDocumentPage(store: Store, input: DocumentListQuery = {}): Promise<DocumentListPage> {
  const { limit, offset, allVersions } = parseInput(DocumentListQuerySchema, input, 'documents');
  const superseded = allVersions ? new Set<string>() : await listSupersededDocumentIds(store);
  const documents = (await listDocuments(store)).filter((d) => !superseded.has(d.id));
  return { items: documents.slice(offset, offset + limit), limit, offset, total: documents.length };
}

