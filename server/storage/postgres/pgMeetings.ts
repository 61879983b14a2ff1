import type pg from 'pg';
import type { PersonRef } from '../../../shared/people';
import type { MeetingState } from '../../../shared/meeting';
import type { MeetingRecord, MeetingRepository } from '../meetingRepository';
import { iso } from './database';

interface MeetingRow {
  id: string;
  group_id: string;
  plan_id: string;
  title: string;
  starts_at: Date;
  state: MeetingState;
  created_by: string;
  created_at: Date;
  opened_at: Date | null;
  closed_at: Date | null;
  approved_at: Date | null;
  approved_by: PersonRef | null;
}

const COLUMNS = 'id, group_id, plan_id, title, starts_at, state, created_by, created_at, opened_at, closed_at, approved_at, approved_by';
const CHANGEABLE: Record<string, string> = { title: 'title', startsAt: 'starts_at', state: 'state', openedAt: 'opened_at', closedAt: 'closed_at' };

const isoOrNull = (value: Date | null) => (value === null ? null : iso(value));
const toMeeting = (r: MeetingRow): MeetingRecord => ({
  id: r.id,
  groupId: r.group_id,
  planId: r.plan_id,
  title: r.title,
  startsAt: iso(r.starts_at),
  state: r.state,
  createdBy: r.created_by,
  createdAt: iso(r.created_at),
  openedAt: isoOrNull(r.opened_at),
  closedAt: isoOrNull(r.closed_at),
  approvedAt: isoOrNull(r.approved_at),
  approvedBy: r.approved_by,
});

/** The meeting index on PostgreSQL (`hyte_meetings`, migration 008). */
export function pgMeetings(pool: pg.Pool): MeetingRepository {
  const select = async (where: string, values: unknown[]) =>
    (await pool.query<MeetingRow>(`SELECT ${COLUMNS} FROM hyte_meetings WHERE ${where} ORDER BY ord`, values)).rows.map(toMeeting);
  return {
    findById: async (id) => (await select('id = $1', [id]))[0],
    ofGroup: (groupId) => select('group_id = $1', [groupId]),
    openOfPlan: (planId) => select("plan_id = $1 AND state = 'open'", [planId]),
    create: async (m) => {
      await pool.query(
        `INSERT INTO hyte_meetings (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [m.id, m.groupId, m.planId, m.title, m.startsAt, m.state, m.createdBy, m.createdAt, m.openedAt, m.closedAt, m.approvedAt, m.approvedBy === null ? null : JSON.stringify(m.approvedBy)],
      );
    },
    update: async (id, changes) => {
      const entries = Object.entries(changes).filter(([key, value]) => value !== undefined && key in CHANGEABLE);
      if (entries.length === 0) return;
      const set = entries.map(([key], i) => `${CHANGEABLE[key]} = $${i + 2}`).join(', ');
      await pool.query(`UPDATE hyte_meetings SET ${set} WHERE id = $1`, [id, ...entries.map(([, value]) => value)]);
    },
    approve: async (id, { approvedAt, approvedBy, state }) => {
      // One statement: of two approvals at once, exactly one finds approved_at still null.
      const result = await pool.query(
        `UPDATE hyte_meetings SET state = 'approved', approved_at = $2, approved_by = $3, approved_state = $4 WHERE id = $1 AND approved_at IS NULL`,
        [id, approvedAt, JSON.stringify(approvedBy), Buffer.from(state)],
      );
      return (result.rowCount ?? 0) > 0;
    },
    approvedState: async (id) => {
      const { rows } = await pool.query<{ approved_state: Buffer | null }>('SELECT approved_state FROM hyte_meetings WHERE id = $1', [id]);
      const state = rows[0]?.approved_state;
      return state ? new Uint8Array(state) : undefined;
    },
  };
}
