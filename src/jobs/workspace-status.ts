import type { DocumentSummary } from '../model/index.js';
import { listDocuments, summariseWorkspace, type Store, type WorkspaceSummary } from '../store/index.js';

export type { WorkspaceSummary };

/** `status`: which backend and workspace, and how many documents, entities, claims (by status) and events it holds. */
export async function getWorkspaceStatus(store: Store): Promise<WorkspaceSummary> {
  return summariseWorkspace(store);
}

/** `documents`: the workspace's documents with their claim counts, in the order they were ingested. */
export async function listDocumentSummaries(store: Store): Promise<DocumentSummary[]> {
  return listDocuments(store);
}
