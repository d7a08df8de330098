-- TLP 2.0 markings on every readable fact (issue 7). Every read query keeps rows above the
-- viewer's clearance out (store/access-policy.ts), so each table a reader can reach carries a
-- marking: documents (sentences and cited works follow their document), claims, events (actors
-- follow their event), watch-list entries, and the event roll-up (one cell per marking).

ALTER TABLE document ADD CONSTRAINT document_marking_check
  CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'));
ALTER TABLE claim ADD CONSTRAINT claim_marking_check
  CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'));

-- A claim quotes its document: it is never marked below it.
UPDATE claim c SET marking = d.marking
  FROM document d
 WHERE d.workspace_id = c.workspace_id AND d.document_id = c.document_id
   AND array_position(ARRAY['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'], d.marking)
     > array_position(ARRAY['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'], c.marking);

-- A constant default adds the column without rewriting the table (PostgreSQL 11+).
ALTER TABLE event ADD COLUMN marking text NOT NULL DEFAULT 'TLP:CLEAR';
ALTER TABLE event ADD CONSTRAINT event_marking_check
  CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'));
-- Events read from a document take the document's marking.
UPDATE event e SET marking = d.marking
  FROM document d
 WHERE d.workspace_id = e.workspace_id AND d.document_id = e.document_id AND e.marking <> d.marking;

ALTER TABLE watchlist_entry ADD COLUMN marking text NOT NULL DEFAULT 'TLP:CLEAR';
ALTER TABLE watchlist_entry ADD CONSTRAINT watchlist_entry_marking_check
  CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'));

-- The roll-up keeps one cell per marking of its events, and per marking of the event a flagged
-- duplicate repeats (duplicate_marking; NULL in cells without duplicates): a viewer's counts add
-- only cells they may see, and subtract duplicates only where they may see the event kept.
-- Every event a roll-up counted so far was a TLP:CLEAR dataset row repeating another dataset row.
ALTER TABLE event_month_rollup ADD COLUMN marking text NOT NULL DEFAULT 'TLP:CLEAR';
ALTER TABLE event_month_rollup ADD COLUMN duplicate_marking text;
UPDATE event_month_rollup SET duplicate_marking = 'TLP:CLEAR' WHERE duplicate_events > 0;
ALTER TABLE event_month_rollup ADD CONSTRAINT event_month_rollup_marking_check
  CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'));
