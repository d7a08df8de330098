-- Event imports and trends (issue 4).
-- period_date: the day an event counts on in trends (ACLED event_date, UCDP date_start, GTD's date;
--   date_start for events read from documents), whatever the precision of its date interval.
-- row_hash: a hash of the dataset row, so a re-import tells an unchanged row from an updated one.
-- duplicate_of: the event this one likely repeats from another source (same day, place and type);
--   analyses over several sources leave flagged events out so nothing is counted twice.
ALTER TABLE event ADD COLUMN period_date date;
UPDATE event SET period_date = date_start;
ALTER TABLE event ADD COLUMN row_hash text;
ALTER TABLE event ADD COLUMN duplicate_of uuid;
-- Events read from reports are counted live beside the roll-up: a partial index finds them
-- without costing dataset imports anything.
CREATE INDEX event_report_period_idx ON event (workspace_id, period_date) WHERE dataset IS NULL;
-- Actor links are looked up by entity; most dataset actors link to none, so index only linked ones.
DROP INDEX event_actor_entity_idx;
CREATE INDEX event_actor_entity_idx ON event_actor (workspace_id, entity_id) WHERE entity_id IS NOT NULL;
-- No other index on period_date: every index costs bulk imports dearly on PGlite, trends read the
-- roll-up, and filtered reads by country use event_country_date_idx's leading columns.

-- Monthly counts of dataset events by country and type, rebuilt for a dataset in the transaction
-- that imports it, so trends over millions of rows read thousands. Events from documents are
-- few and are counted live beside it. Not keyed: a (month, country, type) cell may repeat.
CREATE TABLE event_month_rollup (
  workspace_id text NOT NULL,
  dataset text NOT NULL,
  month date NOT NULL,
  country char(2),
  type text NOT NULL,
  dataset_type text,
  events integer NOT NULL,
  fatalities bigint NOT NULL,
  duplicate_events integer NOT NULL,
  duplicate_fatalities bigint NOT NULL,
  CONSTRAINT event_month_rollup_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (workspace_id)
);
CREATE INDEX event_month_rollup_month_idx ON event_month_rollup (workspace_id, month);
CREATE INDEX event_month_rollup_dataset_idx ON event_month_rollup (workspace_id, dataset);
