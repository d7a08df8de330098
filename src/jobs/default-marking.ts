import { parseInput, TlpMarkingSchema, type TlpMarking } from '../model/index.js';
import { appendAudit, getDefaultMarking, setDefaultMarking, type Store } from '../store/index.js';

/** The marking an import without `--marking` gets in this workspace. */
export async function workspaceDefaultMarking(store: Store): Promise<TlpMarking> {
  return getDefaultMarking(store);
}

/** Sets the workspace's default marking (audited); returns the one before. */
export async function changeDefaultMarking(store: Store, marking: TlpMarking): Promise<{ before: TlpMarking; after: TlpMarking }> {
  const after = parseInput(TlpMarkingSchema, marking, 'workspace default marking');
  return store.transaction(async (tx) => {
    const before = await setDefaultMarking(tx, after);
    await appendAudit(tx, {
      action: 'workspace.default_marking',
      targetIds: [tx.workspaceId],
      before: { defaultMarking: before },
      after: { defaultMarking: after },
    });
    return { before, after };
  });
}

/** The marking an import writes at: the one given, else the workspace's default. */
export async function importMarking(store: Store, given: TlpMarking | undefined): Promise<TlpMarking> {
  return given === undefined ? getDefaultMarking(store) : parseInput(TlpMarkingSchema, given, 'marking');
}
