-- Meetings of a steering group (server/meetings): the index beside the meeting documents
-- (`meeting:<id>`), and, once the minutes are approved, the meeting document's Yjs state
-- at that moment, from which the approved minutes are rendered ever after.
CREATE TABLE hyte_meetings (
  ord            bigserial UNIQUE,
  id             text PRIMARY KEY,
  group_id       text NOT NULL,
  plan_id        text NOT NULL,
  title          text NOT NULL,
  starts_at      timestamptz NOT NULL,
  state          text NOT NULL CHECK (state IN ('planned', 'open', 'closed', 'approved')),
  created_by     text NOT NULL,
  created_at     timestamptz NOT NULL,
  opened_at      timestamptz,
  closed_at      timestamptz,
  approved_at    timestamptz,
  approved_by    json,
  approved_state bytea
);
CREATE INDEX hyte_meetings_group ON hyte_meetings (group_id);
CREATE INDEX hyte_meetings_plan ON hyte_meetings (plan_id, state);
