-- Keeping search fast as the store is written to, without autovacuum (PGlite has none).
--
-- The search indexes of 0010 are GIN indexes, which by default collect new entries in a pending
-- list that every search reads in full until VACUUM (or autovacuum's ANALYZE) merges it. PGlite
-- runs no autovacuum, so the list grew with every write up to 4 MB and each name search scanned
-- it: 258 pending pages after 40,000 name claims, a name search 2-5 times slower. Writes now go
-- straight into the indexes, and what is pending is merged once here.
ALTER INDEX claim_name_search_idx SET (fastupdate = off);
ALTER INDEX event_search_idx SET (fastupdate = off);
ALTER INDEX event_actor_search_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('claim_name_search_idx'::regclass);
SELECT gin_clean_pending_list('event_search_idx'::regclass);
SELECT gin_clean_pending_list('event_actor_search_idx'::regclass);

-- A kept name index (the server's, refreshed before a search at most every two seconds) reads the
-- claims recorded or reviewed since its last read (store/identity.ts, greatest(…) > since): by this
-- index, not by a scan of every name claim in the workspace.
CREATE INDEX claim_changed_idx ON claim (workspace_id, (greatest(recorded_at, reviewed_at)));
