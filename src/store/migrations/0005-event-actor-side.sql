-- Actor sides (issue 4): roles are stored normalised (model/actor-side.ts), so analyses can ask
-- whether an actor initiated an event (actor1, assoc_actor1, side_a, perpetrator) or was its
-- target (actor2, assoc_actor2, side_b, target). Earlier imports wrote ACLED's column names.
UPDATE event_actor SET role = 'assoc_actor1' WHERE role = 'assoc_actor_1';
UPDATE event_actor SET role = 'assoc_actor2' WHERE role = 'assoc_actor_2';
UPDATE event_actor SET role = lower(regexp_replace(btrim(role), '[[:space:]-]+', '_', 'g'))
  WHERE role IS NOT NULL AND role <> lower(regexp_replace(btrim(role), '[[:space:]-]+', '_', 'g'));
