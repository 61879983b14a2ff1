-- `/api/ready` on PostgreSQL: each server process upserts its own row and commits, so that
-- readiness means "accepts writes", not merely "answers queries" (see probeWrite in database.ts).
CREATE TABLE hyte_readiness_probe (
  instance   text PRIMARY KEY,
  checked_at timestamptz NOT NULL
);
