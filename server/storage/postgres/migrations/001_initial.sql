-- Hyte-työtila on PostgreSQL: everything the embedded default keeps under DATA_DIR.
-- Times are timestamptz; the application reads and writes them as ISO 8601 strings.
-- `ord` columns keep insertion order, which the embedded store returns lists in.

-- Yjs documents: the compacted state plus a journal of the updates applied since.
-- A journal row is committed before the socket acknowledges its update.
CREATE TABLE hyte_documents (
  name         text PRIMARY KEY,
  state        bytea NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  compacted_at timestamptz
);

CREATE TABLE hyte_document_updates (
  -- One sequence for every process: ids never collide, whoever appends.
  id         bigserial PRIMARY KEY,
  document   text NOT NULL REFERENCES hyte_documents (name) ON DELETE CASCADE,
  "update"   bytea NOT NULL,
  -- The process that appended the row (random per start): tells its own in-flight rows from others'.
  writer     text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hyte_document_updates_document ON hyte_document_updates (document, id);

CREATE TABLE hyte_users (
  ord           bigserial UNIQUE,
  id            text PRIMARY KEY,
  email         text NOT NULL UNIQUE,
  name          text NOT NULL,
  password_hash text NOT NULL,
  is_admin      boolean NOT NULL,
  color         text NOT NULL,
  created_at    timestamptz NOT NULL
);

CREATE TABLE hyte_sessions (
  ord        bigserial UNIQUE,
  id         text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  user_id    text NOT NULL REFERENCES hyte_users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX hyte_sessions_user ON hyte_sessions (user_id);
CREATE INDEX hyte_sessions_expiry ON hyte_sessions (expires_at);

CREATE TABLE hyte_groups (
  ord        bigserial UNIQUE,
  id         text PRIMARY KEY,
  name       text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE SEQUENCE hyte_memberships_ord;
CREATE TABLE hyte_memberships (
  -- Renewed on every put: the embedded store moves a replaced membership to the end.
  ord      bigint NOT NULL DEFAULT nextval('hyte_memberships_ord'),
  group_id text NOT NULL REFERENCES hyte_groups (id) ON DELETE CASCADE,
  user_id  text NOT NULL REFERENCES hyte_users (id) ON DELETE CASCADE,
  role     text NOT NULL,
  title    text NOT NULL,
  unit     text NOT NULL,
  deputy   boolean NOT NULL,
  expert   boolean NOT NULL,
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX hyte_memberships_user ON hyte_memberships (user_id);

CREATE TABLE hyte_plans (
  ord        bigserial UNIQUE,
  id         text PRIMARY KEY,
  title      text NOT NULL,
  group_id   text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE hyte_invites (
  ord        bigserial UNIQUE,
  token_hash text PRIMARY KEY,
  user_id    text NOT NULL REFERENCES hyte_users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX hyte_invites_user ON hyte_invites (user_id);

CREATE SEQUENCE hyte_read_marks_ord;
CREATE TABLE hyte_read_marks (
  ord       bigint NOT NULL DEFAULT nextval('hyte_read_marks_ord'),
  user_id   text NOT NULL REFERENCES hyte_users (id) ON DELETE CASCADE,
  plan_id   text NOT NULL,
  thread_id text NOT NULL,
  read_at   timestamptz NOT NULL,
  PRIMARY KEY (user_id, plan_id, thread_id)
);

-- Versions: automatic snapshots and named versions of a plan.
CREATE TABLE hyte_snapshots (
  ord          bigserial UNIQUE,
  id           text PRIMARY KEY,
  plan_id      text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('auto', 'named')),
  label        text NOT NULL,
  created_at   timestamptz NOT NULL,
  created_by   json,
  content_hash text NOT NULL,
  -- json, not jsonb: the stored text comes back exactly as written.
  data         json NOT NULL,
  state        bytea NOT NULL
);
CREATE INDEX hyte_snapshots_plan ON hyte_snapshots (plan_id, created_at DESC);

-- Named versions are kept forever, whatever a caller tries.
CREATE FUNCTION hyte_keep_named_snapshots() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.kind = 'named' THEN
    RAISE EXCEPTION 'named version % cannot be removed', OLD.id;
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER hyte_snapshots_keep_named BEFORE DELETE ON hyte_snapshots
  FOR EACH ROW EXECUTE FUNCTION hyte_keep_named_snapshots();

-- The audit trail: append-only.
CREATE TABLE hyte_audit (
  id         bigserial PRIMARY KEY,
  plan_id    text,
  at         timestamptz NOT NULL,
  user_id    text,
  user_name  text,
  entity     text NOT NULL,
  entity_id  text NOT NULL,
  field      text NOT NULL,
  from_value text,
  to_value   text
);
CREATE INDEX hyte_audit_plan ON hyte_audit (plan_id, id DESC);

CREATE FUNCTION hyte_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END $$;
CREATE TRIGGER hyte_audit_no_update BEFORE UPDATE OR DELETE ON hyte_audit
  FOR EACH ROW EXECUTE FUNCTION hyte_audit_append_only();
CREATE TRIGGER hyte_audit_no_truncate BEFORE TRUNCATE ON hyte_audit
  FOR EACH STATEMENT EXECUTE FUNCTION hyte_audit_append_only();
