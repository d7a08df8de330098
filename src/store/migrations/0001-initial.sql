-- Tessera's initial schema. Every table carries workspace_id and leads its primary key with it,
-- so a distributed PostgreSQL (Citus) can shard by workspace. Constraints are named by hand.

CREATE TABLE workspace (
  workspace_id text NOT NULL,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT workspace_pkey PRIMARY KEY (workspace_id)
);

-- A document read into the store. Evidence spans index into `text`.
CREATE TABLE document (
  workspace_id text NOT NULL,
  document_id uuid NOT NULL,
  content_hash text NOT NULL,
  path text NOT NULL,
  format text NOT NULL,
  title text,
  text text NOT NULL,
  body_end integer NOT NULL,
  published jsonb,
  source_reliability char(1) NOT NULL DEFAULT 'F',
  marking text NOT NULL DEFAULT 'TLP:CLEAR',
  ingested_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT document_pkey PRIMARY KEY (workspace_id, document_id),
  CONSTRAINT document_content_hash_key UNIQUE (workspace_id, content_hash),
  CONSTRAINT document_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (workspace_id)
);

-- Body sentences with the endnote numbers each carries: the citation chain of every claim.
CREATE TABLE document_sentence (
  workspace_id text NOT NULL,
  document_id uuid NOT NULL,
  sentence_index integer NOT NULL,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  cited_notes integer[] NOT NULL DEFAULT '{}',
  CONSTRAINT document_sentence_pkey PRIMARY KEY (workspace_id, document_id, sentence_index),
  CONSTRAINT document_sentence_document_id_fkey FOREIGN KEY (workspace_id, document_id)
    REFERENCES document (workspace_id, document_id) ON DELETE CASCADE
);

-- A work a document cites in a numbered endnote.
CREATE TABLE cited_work (
  workspace_id text NOT NULL,
  document_id uuid NOT NULL,
  note_number integer NOT NULL,
  text text NOT NULL,
  authors text[] NOT NULL DEFAULT '{}',
  title text,
  outlet text,
  published jsonb,
  language text,
  url text,
  CONSTRAINT cited_work_pkey PRIMARY KEY (workspace_id, document_id, note_number),
  CONSTRAINT cited_work_document_id_fkey FOREIGN KEY (workspace_id, document_id)
    REFERENCES document (workspace_id, document_id) ON DELETE CASCADE
);

-- The identity row of an entity; all it is said to be lives in claims.
CREATE TABLE entity (
  workspace_id text NOT NULL,
  entity_id uuid NOT NULL,
  type text NOT NULL,
  label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT entity_pkey PRIMARY KEY (workspace_id, entity_id),
  CONSTRAINT entity_type_check CHECK (type IN ('person', 'group', 'organization', 'media', 'location')),
  CONSTRAINT entity_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (workspace_id)
);

-- An event: from a dataset row (idempotent by dataset + its own id) or read from a document.
CREATE TABLE event (
  workspace_id text NOT NULL,
  event_id uuid NOT NULL,
  type text NOT NULL,
  dataset_type text,
  dataset_subtype text,
  date_start date NOT NULL,
  date_end date NOT NULL,
  date_precision text NOT NULL,
  date_text text,
  country char(2),
  admin1 text,
  admin2 text,
  place text,
  latitude double precision,
  longitude double precision,
  geo_precision smallint,
  fatalities integer,
  wounded integer,
  arrested integer,
  summary text,
  notes text,
  source_text text,
  dataset text,
  dataset_event_id text,
  document_id uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT event_pkey PRIMARY KEY (workspace_id, event_id),
  CONSTRAINT event_dataset_key UNIQUE (workspace_id, dataset, dataset_event_id),
  CONSTRAINT event_origin_check CHECK ((dataset IS NULL) = (dataset_event_id IS NULL)),
  CONSTRAINT event_document_id_fkey FOREIGN KEY (workspace_id, document_id)
    REFERENCES document (workspace_id, document_id) ON DELETE CASCADE,
  CONSTRAINT event_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspace (workspace_id)
);
CREATE INDEX event_date_idx ON event (workspace_id, date_start);
CREATE INDEX event_country_date_idx ON event (workspace_id, country, date_start);

CREATE TABLE event_actor (
  workspace_id text NOT NULL,
  event_id uuid NOT NULL,
  position smallint NOT NULL,
  actor_text text NOT NULL,
  entity_id uuid,
  role text,
  CONSTRAINT event_actor_pkey PRIMARY KEY (workspace_id, event_id, position),
  CONSTRAINT event_actor_event_id_fkey FOREIGN KEY (workspace_id, event_id)
    REFERENCES event (workspace_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_actor_entity_idx ON event_actor (workspace_id, entity_id);

-- One assertion with its evidence, trust, hedge, author, review status, marking and times.
CREATE TABLE claim (
  workspace_id text NOT NULL,
  claim_id uuid NOT NULL,
  kind text NOT NULL,
  status text NOT NULL DEFAULT 'proposed',
  entity_id uuid,
  target_entity_id uuid,
  event_id uuid,
  -- relation type, attribute name or event field
  predicate text,
  -- name object, attribute value or quantity, by kind
  value jsonb,
  document_id uuid,
  span_start integer,
  span_end integer,
  quote text,
  cited_notes integer[] NOT NULL DEFAULT '{}',
  source_reliability char(1) NOT NULL,
  information_credibility smallint NOT NULL,
  hedge jsonb,
  author_kind text NOT NULL,
  author_name text NOT NULL,
  author_version text,
  marking text NOT NULL,
  valid_from jsonb,
  valid_to jsonb,
  -- the interval the claim holds over, from valid_from.start to valid_to.end, for time queries
  valid_start date,
  valid_end date,
  confidence real,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  reviewed_at timestamptz,
  CONSTRAINT claim_pkey PRIMARY KEY (workspace_id, claim_id),
  CONSTRAINT claim_kind_check CHECK (kind IN ('name', 'attribute', 'relation', 'event', 'same_as', 'quantity')),
  CONSTRAINT claim_status_check CHECK (status IN ('proposed', 'accepted', 'rejected')),
  CONSTRAINT claim_information_credibility_check CHECK (information_credibility BETWEEN 1 AND 6),
  CONSTRAINT claim_entity_id_fkey FOREIGN KEY (workspace_id, entity_id)
    REFERENCES entity (workspace_id, entity_id) ON DELETE CASCADE,
  CONSTRAINT claim_target_entity_id_fkey FOREIGN KEY (workspace_id, target_entity_id)
    REFERENCES entity (workspace_id, entity_id) ON DELETE CASCADE,
  CONSTRAINT claim_event_id_fkey FOREIGN KEY (workspace_id, event_id)
    REFERENCES event (workspace_id, event_id) ON DELETE CASCADE,
  CONSTRAINT claim_document_id_fkey FOREIGN KEY (workspace_id, document_id)
    REFERENCES document (workspace_id, document_id) ON DELETE CASCADE
);
CREATE INDEX claim_status_idx ON claim (workspace_id, status, kind);
CREATE INDEX claim_entity_idx ON claim (workspace_id, entity_id);
CREATE INDEX claim_target_entity_idx ON claim (workspace_id, target_entity_id);
CREATE INDEX claim_document_idx ON claim (workspace_id, document_id);
CREATE INDEX claim_event_idx ON claim (workspace_id, event_id);
