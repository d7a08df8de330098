-- Users, credentials and the audit log (issue 7), and each workspace's default marking.
--
-- Users, their API tokens, browser sessions and one-time login tokens belong to the instance,
-- not to a workspace: they carry no workspace_id. On a distributed PostgreSQL (Citus) they are
-- reference tables (create_reference_table: a copy on every node), so that every shard can join
-- them. A user's `workspaces` lists the workspaces they may open (NULL: every workspace).
-- No secret is stored: passwords as scrypt hashes, tokens as SHA-256 hashes (jobs/secret-hash.ts).

CREATE TABLE app_user (
  user_id uuid NOT NULL,
  name text NOT NULL,
  role text NOT NULL,
  clearance text NOT NULL,
  workspaces text[],
  -- 'scrypt$N$r$p$salt$hash' (base64url); NULL: the user signs in by token or login link only
  password_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- set when the user is removed: the row stays so the audit log keeps naming them
  disabled_at timestamptz,
  CONSTRAINT app_user_pkey PRIMARY KEY (user_id),
  CONSTRAINT app_user_role_check CHECK (role IN ('reader', 'analyst', 'admin')),
  CONSTRAINT app_user_clearance_check
    CHECK (clearance IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
  CONSTRAINT app_user_name_check CHECK (length(name) BETWEEN 1 AND 200)
);
-- One active user per name; a removed user's name may be given again.
CREATE UNIQUE INDEX app_user_active_name_key ON app_user (name) WHERE disabled_at IS NULL;

-- API tokens (`Authorization: Bearer tes_…`): only a hash of the token and a prefix to show.
CREATE TABLE api_token (
  token_id uuid NOT NULL,
  user_id uuid NOT NULL,
  -- the first characters of the token ('tes_' and 8 more), enough to name it in lists and revoke it
  prefix text NOT NULL,
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  CONSTRAINT api_token_pkey PRIMARY KEY (token_id),
  CONSTRAINT api_token_token_hash_key UNIQUE (token_hash),
  CONSTRAINT api_token_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user (user_id)
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
CREATE INDEX api_token_prefix_idx ON api_token (prefix);

-- Browser sessions (an httpOnly cookie holds the token; the CSRF token goes with every write).
CREATE TABLE user_session (
  session_hash text NOT NULL,
  user_id uuid NOT NULL,
  csrf_token text NOT NULL,
  remote_address text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  CONSTRAINT user_session_pkey PRIMARY KEY (session_hash),
  CONSTRAINT user_session_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user (user_id)
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

-- One-time login links (`tessera serve` prints one for the first admin): used once, then dead.
CREATE TABLE login_token (
  token_hash text NOT NULL,
  user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CONSTRAINT login_token_pkey PRIMARY KEY (token_hash),
  CONSTRAINT login_token_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user (user_id)
);
CREATE INDEX login_token_user_idx ON login_token (user_id);

-- The audit log: who did what, when, to which ids, with the state before and after. Sharded by
-- workspace like the facts it records (logins and user changes are logged in the workspace of
-- the handle that made them). No foreign keys: an entry outlives whatever it names.
CREATE TABLE audit_log (
  workspace_id text NOT NULL,
  audit_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_name text NOT NULL,
  actor_user_id uuid,
  action text NOT NULL,
  target_ids text[] NOT NULL DEFAULT '{}',
  before jsonb,
  after jsonb,
  detail jsonb,
  CONSTRAINT audit_log_pkey PRIMARY KEY (workspace_id, audit_id)
);
CREATE INDEX audit_log_at_idx ON audit_log (workspace_id, at);
CREATE INDEX audit_log_actor_idx ON audit_log (workspace_id, actor_name, at);

-- Append-only in SQL, whoever connects: rows may be inserted, never changed or removed.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- What a document, an event file or a watch list is marked when the import names no marking.
ALTER TABLE workspace ADD COLUMN default_marking text NOT NULL DEFAULT 'TLP:CLEAR';
ALTER TABLE workspace ADD CONSTRAINT workspace_default_marking_check
  CHECK (default_marking IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'));
