import { DocumentViewInputSchema, parseInput, TesseraError, type DocumentView, type DocumentViewInput, type ReviewItem } from '../model/index.js';
import { getDocument, listCitedWorks, listSentences, type Store } from '../store/index.js';
import { findDocumentRef, listReviewItems } from './review-claims.js';

/**
 * A document as the analyst reads it: its text, each sentence with its span, the endnotes it
 * cites and the claims read from it, and the works the endnotes cite. Claims of every status
 * but rejected unless a status is given.
 */
export async function viewDocument(store: Store, input: DocumentViewInput): Promise<DocumentView> {
  const { ref, status } = parseInput(DocumentViewInputSchema, input, 'document');
  const summary = await findDocumentRef(store, ref);
  const document = await getDocument(store, summary.id);
  if (document === null) throw new TesseraError('not_found', `document ${ref}: not in workspace ${store.workspaceId}`);
  const [sentences, citedWorks] = await Promise.all([listSentences(store, document.id), listCitedWorks(store, document.id)]);
  const claims: ReviewItem[] = [];
  for (const s of status === undefined ? (['proposed', 'accepted'] as const) : [status]) {
    claims.push(...(await listReviewItems(store, { document: document.id, status: s, limit: 100_000 })));
  }
  claims.sort((a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) || a.id.localeCompare(b.id));
  const bySentence = sentences.map(() => [] as ReviewItem[]);
  const otherClaims: ReviewItem[] = [];
  for (const claim of claims) {
    const at = claim.span === null ? -1 : sentences.findIndex((s) => claim.span!.start >= s.start && claim.span!.start < s.end);
    if (at < 0) otherClaims.push(claim);
    else bySentence[at]!.push(claim);
  }
  return {
    document: {
      id: document.id,
      path: document.path,
      title: document.title,
      format: document.format,
      published: document.published,
      sourceReliability: document.sourceReliability,
      marking: document.marking,
      ingestedAt: document.ingestedAt,
      text: document.text,
      bodyEnd: document.bodyEnd,
    },
    sentences: sentences.map((s, i) => ({
      index: s.index,
      start: s.start,
      end: s.end,
      text: document.text.slice(s.start, s.end),
      citedNotes: s.citedNotes,
      claims: bySentence[i]!,
    })),
    citedWorks,
    otherClaims,
  };
}
