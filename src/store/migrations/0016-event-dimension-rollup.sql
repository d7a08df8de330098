-- Monthly counts of dataset events by one dimension at a time, actor or admin1 (issue 9). A count
-- filtered by an actor read every matching actor row and its event (1.1 s at a million events on
-- PGlite), a split by actor joined every event to its actors (31 s), and a split by admin1 read
-- the roll-up by place and type, nearly one cell per event on data whose places and types vary
-- together (1.5 s). This roll-up answers those from a few cells per name and month
-- (store/event-counts.ts, dimensionRollupFor) and is rebuilt with the others in the import's
-- transaction (store/event-rollups.ts).
--
-- An actor cell counts each event once per actor name however often the name appears in it, and
-- keeps the sides the name is on in the event (`sides`: 1 initiator, 2 target, as bits; the roles
-- of model/actor-side.ts), so a count of one name on one side is a sum of cells; a text matching
-- several names needs the events (one event may carry two of them).
-- One cell per marking and duplicate marking, as in 0008.
CREATE TABLE event_dimension_rollup (
  workspace_id text NOT NULL,
  dataset text NOT NULL,
  month date NOT NULL,
  dimension text NOT NULL,
  value text,
  sides smallint,
  marking text NOT NULL,
  duplicate_marking text,
  events integer NOT NULL,
  fatalities bigint NOT NULL,
  duplicate_events integer NOT NULL,
  duplicate_fatalities bigint NOT NULL,
  CONSTRAINT event_dimension_rollup_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (workspace_id),
  CONSTRAINT event_dimension_rollup_dimension_check CHECK (dimension IN ('actor', 'admin1')),
  CONSTRAINT event_dimension_rollup_marking_check
    CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'))
);
CREATE INDEX event_dimension_rollup_value_idx ON event_dimension_rollup (workspace_id, dimension, value);
CREATE INDEX event_dimension_rollup_lower_idx ON event_dimension_rollup (workspace_id, dimension, lower(value));
CREATE INDEX event_dimension_rollup_dataset_idx ON event_dimension_rollup (workspace_id, dataset);

-- The workspaces' events as they are now (the same SQL as store/event-rollups.ts).
INSERT INTO event_dimension_rollup (workspace_id, dataset, month, dimension, value, sides, marking, duplicate_marking,
  events, fatalities, duplicate_events, duplicate_fatalities)
SELECT workspace_id, dataset, month, 'admin1', admin1, NULL, marking, duplicate_marking,
  sum(events), sum(fatalities), sum(duplicate_events), sum(duplicate_fatalities)
FROM event_area_rollup
GROUP BY workspace_id, dataset, month, admin1, marking, duplicate_marking;

INSERT INTO event_dimension_rollup (workspace_id, dataset, month, dimension, value, sides, marking, duplicate_marking,
  events, fatalities, duplicate_events, duplicate_fatalities)
SELECT workspace_id, dataset, month, 'actor', actor_text, sides, marking, duplicate_marking,
  count(*), coalesce(sum(fatalities), 0),
  count(*) FILTER (WHERE is_duplicate), coalesce(sum(fatalities) FILTER (WHERE is_duplicate), 0)
FROM (
  SELECT e.workspace_id, e.dataset, date_trunc('month', e.period_date)::date AS month, a.actor_text,
    bit_or(CASE WHEN a.role = ANY('{actor1,assoc_actor1,side_a,perpetrator,initiator}') THEN 1
      WHEN a.role = ANY('{actor2,assoc_actor2,side_b,target}') THEN 2 ELSE 0 END)::smallint AS sides,
    e.marking, e.fatalities, e.duplicate_of IS NOT NULL AS is_duplicate,
    CASE WHEN e.duplicate_of IS NULL THEN NULL ELSE
      (SELECT k.marking FROM event k WHERE k.workspace_id = e.workspace_id AND k.event_id = e.duplicate_of) END
      AS duplicate_marking
  FROM event e
  JOIN event_actor a ON a.workspace_id = e.workspace_id AND a.event_id = e.event_id
  WHERE e.dataset IS NOT NULL
  GROUP BY e.workspace_id, e.event_id, a.actor_text
) x
GROUP BY workspace_id, dataset, month, actor_text, sides, marking, duplicate_marking;
