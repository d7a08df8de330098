-- The events flagged as likely duplicates (duplicate_of, migration 0004), by workspace: few, and
-- every import asks for them twice — to clear flags that no longer hold (store/event-duplicates.ts)
-- and to know whether a roll-up must count duplicates (store/event-rollups.ts). Without an index
-- each question read every event of the workspace (about 1.9 s of a million-row import on PGlite),
-- and so did every small import into a large workspace. Only flagged rows are indexed.
CREATE INDEX event_duplicate_idx ON event (workspace_id) WHERE duplicate_of IS NOT NULL;
