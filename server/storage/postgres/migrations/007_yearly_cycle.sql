-- The yearly cycle (status rounds, reminders, mail, notifications, the annual clock).

-- Jobs that must run once, at or after a time: each e-mail to send and each reminder.
-- A process claims due rows with SELECT … FOR UPDATE SKIP LOCKED and moves them to
-- 'running' in the same transaction, so that no two processes take the same job; a
-- job whose process died while running is taken again once its lease has run out.
CREATE TABLE hyte_jobs (
  ord          bigserial UNIQUE,
  id           text PRIMARY KEY,
  kind         text NOT NULL,
  -- Set for jobs that may exist once (a request's reminder "7 days before"): adding it again does nothing.
  dedupe_key   text UNIQUE,
  state        text NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed', 'cancelled')),
  run_at       timestamptz NOT NULL,
  locked_until timestamptz,
  attempts     integer NOT NULL DEFAULT 0,
  last_error   text,
  payload      jsonb NOT NULL,
  result       jsonb,
  created_at   timestamptz NOT NULL,
  finished_at  timestamptz
);
CREATE INDEX hyte_jobs_due ON hyte_jobs (run_at) WHERE state IN ('pending', 'running');
CREATE INDEX hyte_jobs_kind ON hyte_jobs (kind, ord);

-- Rounds, their requests, response tokens (SHA-256 only), proposals, notifications and
-- their settings, annual-clock events and calendar subscription links: records of a few
-- collections, each a JSON object found by its id or by the fields it is filtered on.
CREATE TABLE hyte_cycle_records (
  ord        bigserial UNIQUE,
  collection text NOT NULL,
  id         text NOT NULL,
  data       jsonb NOT NULL,
  PRIMARY KEY (collection, id)
);
CREATE INDEX hyte_cycle_records_fields ON hyte_cycle_records USING gin (data jsonb_path_ops);
