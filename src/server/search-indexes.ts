import { loadSearchIndex, refreshSearchIndex, type SearchIndex, type Store } from '../jobs/index.js';

/** Longest a kept index may lag writes made outside this server (the CLI, another server, an import). */
const MAX_STALENESS_MS = 2_000;

interface Kept {
  index: Promise<SearchIndex>;
  /** The refresh in flight, which concurrent searches share. */
  refreshing: Promise<void> | null;
  refreshedAt: number;
  /** A write through this server may have changed names since the last refresh. */
  isDirty: boolean;
}

/**
 * The name index per workspace, kept for the server's life: loaded once through the root store
 * (which sees every name; each lookup filters by the caller's clearance) and brought up to date
 * before a search after a write through this server, or when older than two seconds — one
 * refresh at a time however many searches arrive together.
 */
export class SearchIndexes {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly root: Store) {}

  /** Called after every successful write request in a workspace. */
  markDirty(workspaceId: string): void {
    const kept = this.kept.get(workspaceId);
    if (kept !== undefined) kept.isDirty = true;
  }

  async forWorkspace(workspaceId: string): Promise<SearchIndex> {
    const store = this.root.inWorkspace(workspaceId);
    let kept = this.kept.get(workspaceId);
    if (kept === undefined) {
      kept = { index: loadSearchIndex(store), refreshing: null, refreshedAt: Date.now(), isDirty: false };
      this.kept.set(workspaceId, kept);
      const loading = kept;
      // the staleness clock starts when the index is ready (what was written meanwhile is read by the first refresh)
      kept.index.then(
        () => (loading.refreshedAt = Date.now()),
        () => this.kept.delete(workspaceId),
      );
      return kept.index;
    }
    const index = await kept.index;
    const isStale = kept.isDirty || Date.now() - kept.refreshedAt > MAX_STALENESS_MS;
    if (isStale && kept.refreshing === null) {
      const current = kept;
      current.isDirty = false;
      current.refreshing = refreshSearchIndex(store, index)
        .then(() => {
          current.refreshedAt = Date.now();
        })
        .finally(() => {
          current.refreshing = null;
        });
    }
    if (kept.refreshing !== null) await kept.refreshing;
    return index;
  }
}
