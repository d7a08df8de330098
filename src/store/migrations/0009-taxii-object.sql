-- STIX objects posted to a TAXII collection (a workspace) by other tools, kept as sent, one row per
-- version (the object's `modified`, or `created`). Read through the viewer's clearance by `marking`,
-- the strictest TLP 2.0 marking the object carries (TLP:CLEAR when it carries none).
CREATE TABLE taxii_object (
  workspace_id text NOT NULL,
  stix_id text NOT NULL,
  version text NOT NULL,
  type text NOT NULL,
  spec_version text NOT NULL DEFAULT '2.1',
  marking text NOT NULL,
  date_added timestamptz NOT NULL DEFAULT clock_timestamp(),
  added_by text NOT NULL,
  body jsonb NOT NULL,
  CONSTRAINT taxii_object_pkey PRIMARY KEY (workspace_id, stix_id, version),
  CONSTRAINT taxii_object_marking_check CHECK (marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
  CONSTRAINT taxii_object_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (workspace_id)
);
CREATE INDEX taxii_object_date_added_idx ON taxii_object (workspace_id, date_added);
