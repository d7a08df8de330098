-- Search finds events by the words of their actors' names through the workspace's distinct actor
-- names (issue 9): a name's words are indexed once, not once per event it acts in. The full-text
-- index of migration 0010 held every event_actor row (two million at a million ACLED events), and
-- building it again after a large import was one of its costliest steps; a workspace holds a few
-- thousand distinct names. The events of the matching names are then read on
-- event_actor_text_idx (migration 0013).
-- A name is noted when an actor row with it is inserted or changed (a statement trigger; a large
-- import, which turns its insert triggers off, notes its batches' names itself,
-- store/event-import.ts). Names are not taken back when their events go: a name left without events
-- finds none, so it changes no answer.
CREATE TABLE event_actor_name (
  workspace_id text NOT NULL,
  actor_text text NOT NULL,
  CONSTRAINT event_actor_name_pkey PRIMARY KEY (workspace_id, actor_text),
  CONSTRAINT event_actor_name_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (workspace_id) ON DELETE CASCADE
);
INSERT INTO event_actor_name (workspace_id, actor_text) SELECT DISTINCT workspace_id, actor_text FROM event_actor;
-- writes go straight into the index (no pending list every search reads, as migration 0012 says)
CREATE INDEX event_actor_name_search_idx ON event_actor_name USING gin (to_tsvector('simple'::regconfig, actor_text))
  WITH (fastupdate = off);
DROP INDEX event_actor_search_idx;

-- in name order, so that two writers noting the same new names wait for each other in one order
CREATE FUNCTION event_actor_note_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_actor_name (workspace_id, actor_text)
    SELECT DISTINCT n.workspace_id, n.actor_text FROM new_rows n ORDER BY 1, 2
    ON CONFLICT ON CONSTRAINT event_actor_name_pkey DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER event_actor_name_insert AFTER INSERT ON event_actor REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_actor_note_names();
CREATE TRIGGER event_actor_name_update AFTER UPDATE ON event_actor REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_actor_note_names();
