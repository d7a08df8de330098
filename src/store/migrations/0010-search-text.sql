-- Search as you type (`tessera search`, GET /api/search) reads words that start with what was
-- typed, through the built-in full-text indexes: configuration 'simple' (no stemming, no stop
-- words), which splits any script into words. Substring scans of a million event summaries
-- took seconds; these answer in milliseconds. The expressions must stay identical to the ones in
-- store/search.ts, or the planner cannot use the indexes.
CREATE INDEX event_search_idx ON event
  USING gin (to_tsvector('simple'::regconfig, coalesce(summary, '') || ' ' || coalesce(place, '')));
CREATE INDEX event_actor_search_idx ON event_actor
  USING gin (to_tsvector('simple'::regconfig, actor_text));
CREATE INDEX claim_name_search_idx ON claim
  USING gin (to_tsvector('simple'::regconfig, value->>'value')) WHERE kind = 'name';
