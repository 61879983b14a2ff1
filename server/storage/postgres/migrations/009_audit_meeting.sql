-- A change made in a meeting names it (server/meetings/meetingClaims.ts): the minutes list the
-- meeting's own changes, not whatever happened while it was open. Empty for every older entry.
ALTER TABLE hyte_audit ADD COLUMN meeting_id text;
CREATE INDEX hyte_audit_meeting ON hyte_audit (plan_id, meeting_id) WHERE meeting_id IS NOT NULL;
