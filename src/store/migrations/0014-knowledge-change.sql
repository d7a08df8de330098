-- A change marker per workspace and marking (issue 12): a counter that grows whenever a committed
-- transaction changed a row an export of the workspace reads, so a kept export (TAXII's collection
-- cache) knows in one index read whether it is still the workspace's knowledge. Before, the cache
-- counted and dated every visible claim, event, document and entity at each request (58-208 ms at
-- 100,000 objects on PGlite).
--
-- `feed` is what changed: 'knowledge' (claims, entities, events and their actors, documents and
-- their cited works) or 'posted' (STIX objects other tools posted to the TAXII collection).
-- `marking` is the changed row's marking (an actor's or cited work's is its event's or document's,
-- an entity's those of the claims about it), so a viewer reads only the counters of the markings
-- they may see and a change above their clearance never shows through theirs.
CREATE TABLE knowledge_change (
  workspace_id text NOT NULL,
  feed text NOT NULL,
  marking text NOT NULL,
  version bigint NOT NULL,
  CONSTRAINT knowledge_change_pkey PRIMARY KEY (workspace_id, feed, marking),
  CONSTRAINT knowledge_change_feed_check CHECK (feed IN ('knowledge', 'posted')),
  CONSTRAINT knowledge_change_marking_check
    CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'))
);

-- How the counters move without serialising writers: each statement that changes such rows notes,
-- once per transaction, which workspace, feed and marking it changed (a statement-level trigger
-- reading the statement's transition table; ON CONFLICT keeps one note per transaction). A note
-- fires a deferred trigger at commit, which bumps the counters noted and drops the notes. A counter
-- row is thus locked only for the instant of the commit (an import holding it for minutes would
-- block every other writer of the workspace), and its new value is seen together with the rows:
-- a reader that reads the counter before the rows can only think the rows older than they are.
CREATE UNLOGGED TABLE knowledge_change_note (
  transaction_id xid8 NOT NULL,
  workspace_id text NOT NULL,
  feed text NOT NULL,
  marking text NOT NULL,
  CONSTRAINT knowledge_change_note_pkey PRIMARY KEY (transaction_id, workspace_id, feed, marking)
);

CREATE FUNCTION knowledge_change_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- every note of the transaction at once, the counters in key order: two transactions committing
  -- together lock them in the same order and cannot deadlock (the notes after the first find none)
  WITH notes AS (
    DELETE FROM knowledge_change_note WHERE transaction_id = NEW.transaction_id RETURNING workspace_id, feed, marking
  )
  INSERT INTO knowledge_change (workspace_id, feed, marking, version)
    SELECT workspace_id, feed, marking, 1 FROM notes ORDER BY workspace_id, feed, marking
    ON CONFLICT ON CONSTRAINT knowledge_change_pkey DO UPDATE SET version = knowledge_change.version + 1;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER knowledge_change_note_commit AFTER INSERT ON knowledge_change_note
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION knowledge_change_bump();

-- Notes the workspaces and markings of the rows a statement changed (its transition tables
-- new_rows and old_rows; an UPDATE's both, since a marking may have changed). TG_ARGV[0] is the
-- feed; TG_ARGV[1] where a row's marking is: 'own' (its marking column), 'event' or 'document'
-- (its event's or document's; when that is gone, its own deletion was noted), 'entity' (the
-- markings of the claims about the entity, since it exists for a viewer only through them: a RED
-- entity's renaming stays out of GREEN's counters).
CREATE FUNCTION knowledge_change_note() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text := CASE TG_OP WHEN 'INSERT' THEN 'new_rows' WHEN 'DELETE' THEN 'old_rows'
    ELSE '(SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows)' END;
  marked text := CASE TG_ARGV[1]
    WHEN 'own' THEN format('(SELECT DISTINCT workspace_id, marking FROM %s c) m', source)
    WHEN 'event' THEN format('(SELECT DISTINCT workspace_id, event_id FROM %s c) c
      JOIN event m ON m.workspace_id = c.workspace_id AND m.event_id = c.event_id', source)
    WHEN 'document' THEN format('(SELECT DISTINCT workspace_id, document_id FROM %s c) c
      JOIN document m ON m.workspace_id = c.workspace_id AND m.document_id = c.document_id', source)
    ELSE format('(SELECT s.workspace_id, s.marking FROM (SELECT DISTINCT workspace_id, entity_id FROM %1$s c) c
        JOIN claim s ON s.workspace_id = c.workspace_id AND s.entity_id = c.entity_id
      UNION SELECT t.workspace_id, t.marking FROM (SELECT DISTINCT workspace_id, entity_id FROM %1$s c) c
        JOIN claim t ON t.workspace_id = c.workspace_id AND t.target_entity_id = c.entity_id) m', source) END;
BEGIN
  EXECUTE format('INSERT INTO knowledge_change_note (transaction_id, workspace_id, feed, marking)
      SELECT DISTINCT pg_current_xact_id(), m.workspace_id, $1, m.marking FROM %s
      ON CONFLICT ON CONSTRAINT knowledge_change_note_pkey DO NOTHING', marked) USING TG_ARGV[0];
  RETURN NULL;
END $$;

-- One trigger per kind of change and table (a trigger with transition tables fires on one event
-- only). An entity is noted only when updated: a new entity is known to no viewer until claims
-- about it come (which are noted, and the counters move at commit, whatever the order of the
-- statements), and a deleted one has lost its claims, which were noted.
DO $$
DECLARE
  watched record;
BEGIN
  FOR watched IN SELECT * FROM (VALUES ('claim', 'knowledge', 'own', true), ('entity', 'knowledge', 'entity', false),
      ('event', 'knowledge', 'own', true), ('event_actor', 'knowledge', 'event', true), ('document', 'knowledge', 'own', true),
      ('cited_work', 'knowledge', 'document', true), ('taxii_object', 'posted', 'own', true)) AS t (name, feed, marking, is_inserted_noted)
  LOOP
    IF watched.is_inserted_noted THEN
      EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION knowledge_change_note(%L, %L)', watched.name || '_change_insert', watched.name, watched.feed, watched.marking);
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION knowledge_change_note(%L, %L)', watched.name || '_change_delete', watched.name, watched.feed, watched.marking);
    END IF;
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION knowledge_change_note(%L, %L)', watched.name || '_change_update', watched.name, watched.feed, watched.marking);
  END LOOP;
END $$;
