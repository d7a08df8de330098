-- Document versions (issue 9): a report is identified by its source (its path or URL, else its
-- title and date) as well as by its content hash. A changed report ingested again is a new
-- version of the document it revises: previous_version_id links the new version to the old one,
-- superseded_by the old one to its successor. Events read from a superseded version are left out
-- of counts; its proposed claims become 'superseded' (accepted ones stay, moved to the new
-- version when their sentence is unchanged).
ALTER TABLE document ADD COLUMN previous_version_id uuid;
ALTER TABLE document ADD COLUMN superseded_by uuid;
ALTER TABLE document ADD CONSTRAINT document_previous_version_id_fkey FOREIGN KEY (workspace_id, previous_version_id)
  REFERENCES document (workspace_id, document_id);
ALTER TABLE document ADD CONSTRAINT document_superseded_by_fkey FOREIGN KEY (workspace_id, superseded_by)
  REFERENCES document (workspace_id, document_id);
-- The current version of a source is found by its path (or title) among current versions.
CREATE INDEX document_current_path_idx ON document (workspace_id, path) WHERE superseded_by IS NULL;
CREATE INDEX document_current_title_idx ON document (workspace_id, lower(title)) WHERE superseded_by IS NULL AND title IS NOT NULL;

ALTER TABLE claim DROP CONSTRAINT claim_status_check;
ALTER TABLE claim ADD CONSTRAINT claim_status_check CHECK (status IN ('proposed', 'accepted', 'rejected', 'superseded'));
