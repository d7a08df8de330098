import type { DocumentVersion } from '../model/index.js';
import { listDocumentVersions as listVersions, type Store } from '../store/index.js';
import { findDocumentRef } from './review-claims.js';

/** The versions of the document `ref` names (its id or path; a path names its latest version), oldest first. */
export async function listDocumentVersions(store: Store, input: { document: string }): Promise<DocumentVersion[]> {
  const document = await findDocumentRef(store, input.document);
  return listVersions(store, document.id);
}
