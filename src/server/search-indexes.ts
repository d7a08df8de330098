import { loadSearchIndex, refreshSearchIndex, type SearchIndex, type Store } from '../jobs/index.js';

/**
 * Age after which a search starts refreshing a kept index, for writes made outside this server (the
 * CLI, another server, an import): they show once that refresh is done.
 */
const MAX_STALENESS_MS = 2_000;

interface Kept {
  index: Promise<SearchIndex>;
  /** The refresh in flight, which concurrent searches share. */
  refreshing: Promise<void> | null;
  refreshedAt: number;
  /** A write through this server may have changed names since the last refresh. */
  isDirty: boolean;
  /** The refresh in flight was started for such a write: searches wait for it. */
  isRefreshForWrite: boolean;
}

/**
 * The name index per workspace, kept for the server's life: loaded once through the root store
 * (which sees every name; each lookup filters by the caller's clearance) and refreshed, one
 * refresh at a time however many searches arrive together, after a write through this server
 * (searches wait for that refresh, so a writer finds what it wrote) or when older than two seconds
 * (searches go on with the index as it is meanwhile: on PGlite the refresh's statements queue
 * behind every search already waiting, and searches held behind it timed out under load).
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
      kept = { index: loadSearchIndex(store), refreshing: null, refreshedAt: Date.now(), isDirty: false, isRefreshForWrite: false };
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
    const isDirty = kept.isDirty;
    if ((isDirty || Date.now() - kept.refreshedAt > MAX_STALENESS_MS) && kept.refreshing === null) {
      const current = kept;
      current.isDirty = false;
      current.isRefreshForWrite = isDirty;
      current.refreshing = refreshSearchIndex(store, index)
        .then(() => {
          current.refreshedAt = Date.now();
        })
        .finally(() => {
          current.refreshing = null;
        });
      // a failed refresh nobody waits for is tried again by the next search (a waiting one gets the error)
      current.refreshing.catch(() => undefined);
    }
    // after a write through this server a search waits for the refresh (it sees its own writes);
    // otherwise it answers from the index as it is while the refresh runs, instead of queueing
    // behind it (on PGlite the refresh's statements wait for every search already queued)
    if (kept.refreshing !== null && (kept.isDirty || kept.isRefreshForWrite)) await kept.refreshing;
    return index;
  }
}
