import {
  ClaimSchema,
  EDIT_OF_PREFIX,
  EditClaimInputSchema,
  newId,
  parseInput,
  TesseraError,
  type Claim,
  type EditClaimInput,
  type EditClaimResult,
} from '../model/index.js';
import { detectScript } from '../names/index.js';
import { appendAudit, insertClaims, listClaims, setClaimStatus, type Store } from '../store/index.js';

type Changes = ReturnType<typeof parseEdit>['changes'];

function parseEdit(input: EditClaimInput) {
  return parseInput(EditClaimInputSchema, input, 'claim edit');
}

/** The claim with `predicate` and `value` applied where its kind has them. */
function applyKindChanges(claim: Claim, changes: Changes): Record<string, unknown> {
  const refuse = (field: string) => {
    throw new TesseraError('invalid_input', `claim ${claim.id}: a ${claim.kind} claim has no ${field} to edit`);
  };
  const next: Record<string, unknown> = { ...claim };
  if (changes.predicate !== undefined) {
    if (claim.kind === 'relation') next.relationType = changes.predicate;
    else if (claim.kind === 'attribute') next.attribute = changes.predicate;
    else refuse('predicate');
  }
  if (changes.value !== undefined) {
    if (claim.kind === 'attribute') next.value = changes.value;
    else if (claim.kind === 'name') {
      if (typeof changes.value !== 'string') refuse('non-text name');
      const value = String(changes.value);
      next.name = { ...claim.name, value, script: detectScript(value) };
    } else refuse('value');
  }
  return next;
}

/**
 * Edits a claim without losing what it said: the original is rejected and an accepted claim by
 * the analyst takes its place, with the same evidence (document, span, quote, cited notes) and
 * the changes applied. The new claim's author version reads `edit of <original id>`, so the
 * edit can be traced back (and undone by accepting the original again).
 */
export async function editClaim(store: Store, input: EditClaimInput): Promise<EditClaimResult> {
  const { id, changes, analyst } = parseEdit(input);
  return store.transaction(async (tx) => {
    const [original] = await listClaims(tx, { ids: [id] });
    if (original === undefined) throw new TesseraError('not_found', `claim ${id}: not in workspace ${tx.workspaceId}`);
    const { predicate: _predicate, value: _value, ...plain } = changes;
    const candidate = {
      ...applyKindChanges(original, changes),
      ...plain,
      id: newId(),
      status: 'accepted',
      author: { kind: 'analyst', name: analyst ?? tx.viewer.name, version: `${EDIT_OF_PREFIX}${original.id}` },
      recordedAt: new Date().toISOString(),
    };
    const edited = parseInput(ClaimSchema, candidate, `claim ${id}`);
    await setClaimStatus(tx, { ids: [original.id] }, 'rejected');
    await insertClaims(tx, [edited]);
    const previous = original as unknown as Record<string, unknown>;
    await appendAudit(tx, {
      action: 'claim.edit',
      targetIds: [original.id, edited.id],
      // only the fields the edit names (predicate and value by kind), before and after
      before: {
        claimId: original.id,
        status: original.status,
        ...Object.fromEntries(Object.keys(plain).map((field) => [field, previous[field] ?? null])),
        ...(changes.predicate !== undefined ? { predicate: 'relationType' in original ? original.relationType : 'attribute' in original ? original.attribute : null } : {}),
        ...(changes.value !== undefined ? { value: original.kind === 'name' ? original.name.value : 'value' in original ? original.value : null } : {}),
      },
      after: { claimId: edited.id, status: 'accepted', ...changes },
    });
    return { originalId: original.id, claimId: edited.id };
  });
}
