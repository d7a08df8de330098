import { loadSearchIndex, refreshSearchIndex, type SearchIndex, type Store } from '../jobs/index.js';

interface Kept {
  index: Promise<SearchIndex>;
  /** The refresh in flight, which concurrent searches share. */
  refreshing: Promise<void> | null;
}

/**
 * The name index per workspace, kept for the server's life: loaded once through the root store
 * (which sees every name; each lookup filters by the caller's clearance) and brought up to date
 * before each search, one refresh at a time however many searches arrive together.
 */
export class SearchIndexes {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly root: Store) {}

  async forWorkspace(workspaceId: string): Promise<SearchIndex> {
    const store = this.root.inWorkspace(workspaceId);
    let kept = this.kept.get(workspaceId);
    if (kept === undefined) {
      kept = { index: loadSearchIndex(store), refreshing: null };
      this.kept.set(workspaceId, kept);
      kept.index.catch(() => this.kept.delete(workspaceId));
      return kept.index;
    }
    const index = await kept.index;
    if (kept.refreshing === null) {
      const current = kept;
      current.refreshing = refreshSearchIndex(store, index).finally(() => {
        current.refreshing = null;
      });
    }
    await kept.refreshing;
    return index;
  }
}
