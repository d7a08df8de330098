-- Events whose date cannot be resolved (issue 8): an event read from a report that tells an occasion
-- without anything that places it in time ("on Wednesday" in a wire story with no year) is kept with
-- precision 'unknown' and no dates, instead of being dropped. Such an event has no period_date either:
-- counts, trends and filters by period leave it out (and say how many they left out).
ALTER TABLE event ALTER COLUMN date_start DROP NOT NULL;
ALTER TABLE event ALTER COLUMN date_end DROP NOT NULL;
ALTER TABLE event ADD CONSTRAINT event_date_check CHECK (
  CASE WHEN date_precision = 'unknown'
    THEN date_start IS NULL AND date_end IS NULL AND period_date IS NULL
    ELSE date_start IS NOT NULL AND date_end IS NOT NULL END);
