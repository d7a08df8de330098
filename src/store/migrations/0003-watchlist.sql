-- Sanctions and watch lists imported as entities: which list entry each entity came from,
-- so re-importing a list updates instead of duplicating, and screening can use the lists alone.
CREATE TABLE watchlist_entry (
  workspace_id text NOT NULL,
  list text NOT NULL,
  -- the list's own id (UN DATAID, OFAC ent_num / uid)
  external_id text NOT NULL,
  entity_id uuid NOT NULL,
  -- listing reference (UN "QDi.123") or OFAC programs
  reference text,
  listed_on date,
  programs text[] NOT NULL DEFAULT '{}',
  -- the list's generation or publication date, as the imported file gives it
  list_date date,
  imported_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT watchlist_entry_pkey PRIMARY KEY (workspace_id, list, external_id),
  CONSTRAINT watchlist_entry_entity_id_fkey FOREIGN KEY (workspace_id, entity_id)
    REFERENCES entity (workspace_id, entity_id) ON DELETE CASCADE
);
CREATE INDEX watchlist_entry_entity_idx ON watchlist_entry (workspace_id, entity_id);

-- Name claims are looked up by entity and read in bulk to build the name index.
CREATE INDEX claim_kind_entity_idx ON claim (workspace_id, kind, entity_id);
