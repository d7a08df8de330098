-- Actor rows without a per-row key check (issue 4).
-- Dataset imports write millions of actor rows; the foreign key to event checked (and row-locked)
-- each one's event. Actor rows are written only by store/events.ts and store/event-import.ts,
-- in the transaction that writes their event and for an event id that code has just written or
-- read back (test/events/events.contract.ts checks no actor row is left without its event). The
-- key's ON DELETE CASCADE becomes a statement trigger: deleting events (directly or through
-- their document) deletes their actors.
ALTER TABLE event_actor DROP CONSTRAINT event_actor_event_id_fkey;
CREATE FUNCTION event_actor_delete_with_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM event_actor a USING deleted_event d WHERE a.workspace_id = d.workspace_id AND a.event_id = d.event_id;
  RETURN NULL;
END
$$;
CREATE TRIGGER event_delete_actors AFTER DELETE ON event REFERENCING OLD TABLE AS deleted_event
  FOR EACH STATEMENT EXECUTE FUNCTION event_actor_delete_with_event();
