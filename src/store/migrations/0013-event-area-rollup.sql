-- Monthly counts of dataset events by place (country and admin1) and by the dataset's type and
-- sub-type (issue 9). event_month_rollup (0004) answers trends by country and type from a few
-- thousand cells; a count filtered or split by admin1 or by a dataset sub-type had to read every
-- event (2.5-3.2 s at a million). This finer roll-up answers those exactly, and the coarse one is
-- now grouped from it in the same transaction (store/event-rollups.ts) instead of from the events.
-- One cell per marking and duplicate marking, as in 0008. The coarse roll-up also keeps the
-- dataset's sub-type (a few sub-types per type), so a count by sub-type reads as few cells as one by type.
CREATE TABLE event_area_rollup (
  workspace_id text NOT NULL,
  dataset text NOT NULL,
  month date NOT NULL,
  country char(2),
  admin1 text,
  type text NOT NULL,
  dataset_type text,
  dataset_subtype text,
  marking text NOT NULL,
  duplicate_marking text,
  events integer NOT NULL,
  fatalities bigint NOT NULL,
  duplicate_events integer NOT NULL,
  duplicate_fatalities bigint NOT NULL,
  CONSTRAINT event_area_rollup_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (workspace_id),
  CONSTRAINT event_area_rollup_marking_check
    CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'))
);
CREATE INDEX event_area_rollup_dataset_idx ON event_area_rollup (workspace_id, dataset);
CREATE INDEX event_area_rollup_country_idx ON event_area_rollup (workspace_id, country, month);
CREATE INDEX event_area_rollup_admin1_idx ON event_area_rollup (workspace_id, lower(admin1));
CREATE INDEX event_area_rollup_subtype_idx ON event_area_rollup (workspace_id, lower(dataset_subtype));

-- The workspaces' events as they are now.
INSERT INTO event_area_rollup (workspace_id, dataset, month, country, admin1, type, dataset_type, dataset_subtype,
  marking, duplicate_marking, events, fatalities, duplicate_events, duplicate_fatalities)
SELECT workspace_id, dataset, month, country, admin1, type, dataset_type, dataset_subtype, marking, duplicate_marking,
  count(*), coalesce(sum(fatalities), 0),
  count(*) FILTER (WHERE is_duplicate), coalesce(sum(fatalities) FILTER (WHERE is_duplicate), 0)
FROM (
  SELECT e.workspace_id, e.dataset, date_trunc('month', e.period_date)::date AS month, e.country, e.admin1, e.type,
    e.dataset_type, e.dataset_subtype, e.marking, e.fatalities, e.duplicate_of IS NOT NULL AS is_duplicate,
    CASE WHEN e.duplicate_of IS NULL THEN NULL ELSE
      (SELECT k.marking FROM event k WHERE k.workspace_id = e.workspace_id AND k.event_id = e.duplicate_of) END
      AS duplicate_marking
  FROM event e
  WHERE e.dataset IS NOT NULL
) x
GROUP BY workspace_id, dataset, month, country, admin1, type, dataset_type, dataset_subtype, marking, duplicate_marking;

ALTER TABLE event_month_rollup ADD COLUMN dataset_subtype text;
DELETE FROM event_month_rollup;
INSERT INTO event_month_rollup (workspace_id, dataset, month, country, type, dataset_type, dataset_subtype, marking,
  duplicate_marking, events, fatalities, duplicate_events, duplicate_fatalities)
SELECT workspace_id, dataset, month, country, type, dataset_type, dataset_subtype, marking, duplicate_marking,
  sum(events), sum(fatalities), sum(duplicate_events), sum(duplicate_fatalities)
FROM event_area_rollup
GROUP BY workspace_id, dataset, month, country, type, dataset_type, dataset_subtype, marking, duplicate_marking;

-- Counts filtered by an actor (a case-insensitive substring, `--actor`) read the actor rows of the
-- matching names by this index, not every event's actors: the workspace's distinct names are
-- walked on it (a few hundred index probes), matched, and their rows looked up
-- (store/event-counts.ts, actorCondition).
CREATE INDEX event_actor_text_idx ON event_actor (workspace_id, actor_text);
