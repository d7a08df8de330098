-- Events checked against their workspace and document once per statement (issue 9).
-- A dataset import COPYs a million events, and each foreign key of the event table ran its trigger
-- once per row: the workspace key looked up and row-locked the workspace for every event (about
-- 45% of the time to COPY events on PostgreSQL), the document key queued a trigger event for every
-- row although dataset events have no document. As migration 0006 did for event_actor, the keys
-- become statement triggers over the statement's rows, with the keys' errors (SQLSTATE 23503 and
-- the key's name) and locks (each referenced row FOR KEY SHARE, as the keys took them, so a
-- concurrent delete of it waits): inserting or updating events checks their workspaces and
-- documents; deleting a document deletes its events (the document key's ON DELETE CASCADE, one
-- join instead of a scan of the event table per document); deleting a workspace that holds events,
-- or changing the key of a workspace or document that events refer to, fails.
-- A large dataset import turns the insert check off while it writes (store/event-import.ts, as it
-- does the change triggers of 0014): it writes only rows of its own workspace, which it has locked,
-- and never a document id.
ALTER TABLE event DROP CONSTRAINT event_workspace_id_fkey;
ALTER TABLE event DROP CONSTRAINT event_document_id_fkey;

CREATE FUNCTION event_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  missing record;
BEGIN
  PERFORM 1 FROM workspace w WHERE w.workspace_id IN (SELECT n.workspace_id FROM new_event n) FOR KEY SHARE OF w;
  SELECT n.workspace_id INTO missing FROM new_event n
    WHERE NOT EXISTS (SELECT 1 FROM workspace w WHERE w.workspace_id = n.workspace_id) LIMIT 1;
  IF FOUND THEN
    RAISE foreign_key_violation USING
      MESSAGE = 'insert or update on table "event" violates foreign key constraint "event_workspace_id_fkey"',
      DETAIL = format('Key (workspace_id)=(%s) is not present in table "workspace".', missing.workspace_id),
      CONSTRAINT = 'event_workspace_id_fkey', TABLE = 'event';
  END IF;
  PERFORM 1 FROM document d
    WHERE (d.workspace_id, d.document_id) IN (SELECT n.workspace_id, n.document_id FROM new_event n WHERE n.document_id IS NOT NULL)
    FOR KEY SHARE OF d;
  SELECT n.workspace_id, n.document_id INTO missing FROM new_event n
    WHERE n.document_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM document d WHERE d.workspace_id = n.workspace_id AND d.document_id = n.document_id) LIMIT 1;
  IF FOUND THEN
    RAISE foreign_key_violation USING
      MESSAGE = 'insert or update on table "event" violates foreign key constraint "event_document_id_fkey"',
      DETAIL = format('Key (workspace_id, document_id)=(%s, %s) is not present in table "document".', missing.workspace_id, missing.document_id),
      CONSTRAINT = 'event_document_id_fkey', TABLE = 'event';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER event_reference_check_insert AFTER INSERT ON event REFERENCING NEW TABLE AS new_event
  FOR EACH STATEMENT EXECUTE FUNCTION event_check_references();
CREATE TRIGGER event_reference_check_update AFTER UPDATE ON event REFERENCING NEW TABLE AS new_event
  FOR EACH STATEMENT EXECUTE FUNCTION event_check_references();

CREATE FUNCTION event_delete_with_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM event e USING deleted_document d WHERE e.workspace_id = d.workspace_id AND e.document_id = d.document_id;
  RETURN NULL;
END
$$;
CREATE TRIGGER document_delete_events AFTER DELETE ON document REFERENCING OLD TABLE AS deleted_document
  FOR EACH STATEMENT EXECUTE FUNCTION event_delete_with_document();

CREATE FUNCTION document_check_event_references() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kept record;
BEGIN
  -- most updates keep every key: nothing to look up in the event table (no index by document)
  IF NOT EXISTS (SELECT 1 FROM old_document o
      WHERE NOT EXISTS (SELECT 1 FROM new_document n WHERE n.workspace_id = o.workspace_id AND n.document_id = o.document_id)) THEN
    RETURN NULL;
  END IF;
  SELECT e.workspace_id, e.document_id INTO kept FROM old_document o
    JOIN event e ON e.workspace_id = o.workspace_id AND e.document_id = o.document_id
    WHERE NOT EXISTS (SELECT 1 FROM new_document n WHERE n.workspace_id = o.workspace_id AND n.document_id = o.document_id) LIMIT 1;
  IF FOUND THEN
    RAISE foreign_key_violation USING
      MESSAGE = 'update or delete on table "document" violates foreign key constraint "event_document_id_fkey" on table "event"',
      DETAIL = format('Key (workspace_id, document_id)=(%s, %s) is still referenced from table "event".', kept.workspace_id, kept.document_id),
      CONSTRAINT = 'event_document_id_fkey', TABLE = 'document';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER document_event_reference_check AFTER UPDATE ON document REFERENCING OLD TABLE AS old_document NEW TABLE AS new_document
  FOR EACH STATEMENT EXECUTE FUNCTION document_check_event_references();

CREATE FUNCTION workspace_check_event_references() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kept record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT o.workspace_id INTO kept FROM old_workspace o
      WHERE EXISTS (SELECT 1 FROM event e WHERE e.workspace_id = o.workspace_id) LIMIT 1;
  ELSE
    SELECT o.workspace_id INTO kept FROM old_workspace o
      WHERE NOT EXISTS (SELECT 1 FROM new_workspace n WHERE n.workspace_id = o.workspace_id)
        AND EXISTS (SELECT 1 FROM event e WHERE e.workspace_id = o.workspace_id) LIMIT 1;
  END IF;
  IF FOUND THEN
    RAISE foreign_key_violation USING
      MESSAGE = 'update or delete on table "workspace" violates foreign key constraint "event_workspace_id_fkey" on table "event"',
      DETAIL = format('Key (workspace_id)=(%s) is still referenced from table "event".', kept.workspace_id),
      CONSTRAINT = 'event_workspace_id_fkey', TABLE = 'workspace';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER workspace_event_reference_check_delete AFTER DELETE ON workspace REFERENCING OLD TABLE AS old_workspace
  FOR EACH STATEMENT EXECUTE FUNCTION workspace_check_event_references();
CREATE TRIGGER workspace_event_reference_check_update AFTER UPDATE ON workspace REFERENCING OLD TABLE AS old_workspace NEW TABLE AS new_workspace
  FOR EACH STATEMENT EXECUTE FUNCTION workspace_check_event_references();
