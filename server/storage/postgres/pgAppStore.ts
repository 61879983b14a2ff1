import type pg from 'pg';
import type { Role } from '../../../shared/roles';
import type { AppStore, Group, Invite, Membership, PlanRecord, ReadMark, Session, User } from '../appStore';
import { iso } from './database';
import { pgMeetings } from './pgMeetings';

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  is_admin: boolean;
  color: string;
  created_at: Date;
}
interface SessionRow {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: Date;
  expires_at: Date;
}
interface PlanRow {
  id: string;
  title: string;
  group_id: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}
interface GroupRow {
  id: string;
  name: string;
  created_at: Date;
}
interface MembershipRow {
  group_id: string;
  user_id: string;
  role: Role;
  title: string;
  unit: string;
  deputy: boolean;
  expert: boolean;
}
interface InviteRow {
  token_hash: string;
  user_id: string;
  created_at: Date;
  expires_at: Date;
}
interface ReadMarkRow {
  user_id: string;
  plan_id: string;
  thread_id: string;
  read_at: Date;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  passwordHash: r.password_hash,
  isAdmin: r.is_admin,
  color: r.color,
  createdAt: iso(r.created_at),
});
const toSession = (r: SessionRow): Session => ({
  id: r.id,
  tokenHash: r.token_hash,
  userId: r.user_id,
  createdAt: iso(r.created_at),
  expiresAt: iso(r.expires_at),
});
const toPlan = (r: PlanRow): PlanRecord => ({
  id: r.id,
  title: r.title,
  groupId: r.group_id,
  createdBy: r.created_by,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});
const toGroup = (r: GroupRow): Group => ({ id: r.id, name: r.name, createdAt: iso(r.created_at) });
const toMembership = (r: MembershipRow): Membership => ({
  groupId: r.group_id,
  userId: r.user_id,
  role: r.role,
  title: r.title,
  unit: r.unit,
  deputy: r.deputy,
  expert: r.expert,
});
const toInvite = (r: InviteRow): Invite => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  createdAt: iso(r.created_at),
  expiresAt: iso(r.expires_at),
});
const toReadMark = (r: ReadMarkRow): ReadMark => ({
  userId: r.user_id,
  planId: r.plan_id,
  threadId: r.thread_id,
  readAt: iso(r.read_at),
});

/** Builds `SET a = $2, b = $3` from the defined keys of `changes`; `null` when nothing changes. */
function assignments(changes: Record<string, unknown>, columns: Record<string, string>): { sql: string; values: unknown[] } | null {
  const entries = Object.entries(changes).filter(([key, value]) => value !== undefined && key in columns);
  if (entries.length === 0) return null;
  return {
    sql: entries.map(([key], i) => `${columns[key]} = $${i + 2}`).join(', '),
    values: entries.map(([, value]) => value),
  };
}

/**
 * The repositories of `AppStore` on PostgreSQL. Lists come back in insertion
 * order, as the embedded store returns them; deleting a user or a group
 * takes their memberships, sessions, invites and read marks along (foreign
 * keys with ON DELETE CASCADE).
 */
export function pgAppStore(pool: pg.Pool): AppStore {
  const rows = async <R extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await pool.query<R>(sql, values)).rows;

  return {
    meetings: pgMeetings(pool),
    users: {
      findById: async (id) => rows<UserRow>('SELECT * FROM hyte_users WHERE id = $1', [id]).then((r) => r[0] && toUser(r[0])),
      findByEmail: async (email) =>
        rows<UserRow>('SELECT * FROM hyte_users WHERE email = $1', [email.toLowerCase()]).then((r) => r[0] && toUser(r[0])),
      list: async () => (await rows<UserRow>('SELECT * FROM hyte_users ORDER BY ord')).map(toUser),
      count: async () => Number((await rows<{ count: string }>('SELECT count(*) AS count FROM hyte_users'))[0]?.count ?? 0),
      create: async (user) => {
        await pool.query(
          'INSERT INTO hyte_users (id, email, name, password_hash, is_admin, color, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [user.id, user.email.toLowerCase(), user.name, user.passwordHash, user.isAdmin, user.color, user.createdAt],
        );
      },
      update: async (id, changes) => {
        const set = assignments(
          { ...changes, email: changes.email?.toLowerCase() },
          { name: 'name', email: 'email', isAdmin: 'is_admin', passwordHash: 'password_hash' },
        );
        if (set) await pool.query(`UPDATE hyte_users SET ${set.sql} WHERE id = $1`, [id, ...set.values]);
      },
      delete: async (id) => {
        await pool.query('DELETE FROM hyte_users WHERE id = $1', [id]);
      },
    },
    sessions: {
      create: async (session) => {
        await pool.query('INSERT INTO hyte_sessions (id, token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
          session.id,
          session.tokenHash,
          session.userId,
          session.createdAt,
          session.expiresAt,
        ]);
      },
      findByTokenHash: async (hash) =>
        rows<SessionRow>('SELECT * FROM hyte_sessions WHERE token_hash = $1', [hash]).then((r) => r[0] && toSession(r[0])),
      ofUser: async (userId) => (await rows<SessionRow>('SELECT * FROM hyte_sessions WHERE user_id = $1 ORDER BY ord', [userId])).map(toSession),
      delete: async (id) => {
        await pool.query('DELETE FROM hyte_sessions WHERE id = $1', [id]);
      },
      deleteExpired: async (now) => (await pool.query('DELETE FROM hyte_sessions WHERE expires_at <= $1', [now])).rowCount ?? 0,
    },
    plans: {
      list: async () => (await rows<PlanRow>('SELECT * FROM hyte_plans ORDER BY ord')).map(toPlan),
      findById: async (id) => rows<PlanRow>('SELECT * FROM hyte_plans WHERE id = $1', [id]).then((r) => r[0] && toPlan(r[0])),
      create: async (plan) => {
        await pool.query(
          'INSERT INTO hyte_plans (id, title, group_id, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [plan.id, plan.title, plan.groupId, plan.createdBy, plan.createdAt, plan.updatedAt],
        );
      },
      update: async (id, changes) => {
        const set = assignments(changes, { title: 'title', updatedAt: 'updated_at', groupId: 'group_id' });
        if (set) await pool.query(`UPDATE hyte_plans SET ${set.sql} WHERE id = $1`, [id, ...set.values]);
      },
    },
    groups: {
      list: async () => (await rows<GroupRow>('SELECT * FROM hyte_groups ORDER BY ord')).map(toGroup),
      findById: async (id) => rows<GroupRow>('SELECT * FROM hyte_groups WHERE id = $1', [id]).then((r) => r[0] && toGroup(r[0])),
      create: async (group) => {
        await pool.query('INSERT INTO hyte_groups (id, name, created_at) VALUES ($1, $2, $3)', [group.id, group.name, group.createdAt]);
      },
      rename: async (id, name) => {
        await pool.query('UPDATE hyte_groups SET name = $2 WHERE id = $1', [id, name]);
      },
      delete: async (id) => {
        await pool.query('DELETE FROM hyte_groups WHERE id = $1', [id]);
      },
    },
    memberships: {
      ofGroup: async (groupId) =>
        (await rows<MembershipRow>('SELECT * FROM hyte_memberships WHERE group_id = $1 ORDER BY ord', [groupId])).map(toMembership),
      ofUser: async (userId) =>
        (await rows<MembershipRow>('SELECT * FROM hyte_memberships WHERE user_id = $1 ORDER BY ord', [userId])).map(toMembership),
      find: async (groupId, userId) =>
        rows<MembershipRow>('SELECT * FROM hyte_memberships WHERE group_id = $1 AND user_id = $2', [groupId, userId]).then(
          (r) => r[0] && toMembership(r[0]),
        ),
      put: async (m) => {
        await pool.query(
          `INSERT INTO hyte_memberships (group_id, user_id, role, title, unit, deputy, expert) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (group_id, user_id) DO UPDATE SET role = EXCLUDED.role, title = EXCLUDED.title, unit = EXCLUDED.unit,
             deputy = EXCLUDED.deputy, expert = EXCLUDED.expert, ord = nextval('hyte_memberships_ord')`,
          [m.groupId, m.userId, m.role, m.title, m.unit, m.deputy, m.expert],
        );
      },
      delete: async (groupId, userId) => {
        await pool.query('DELETE FROM hyte_memberships WHERE group_id = $1 AND user_id = $2', [groupId, userId]);
      },
    },
    invites: {
      create: async (invite) => {
        await pool.query('INSERT INTO hyte_invites (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
          invite.tokenHash,
          invite.userId,
          invite.createdAt,
          invite.expiresAt,
        ]);
      },
      findByTokenHash: async (hash) =>
        rows<InviteRow>('SELECT * FROM hyte_invites WHERE token_hash = $1', [hash]).then((r) => r[0] && toInvite(r[0])),
      deleteForUser: async (userId) => {
        await pool.query('DELETE FROM hyte_invites WHERE user_id = $1', [userId]);
      },
    },
    readMarks: {
      ofUserInPlan: async (userId, planId) =>
        (await rows<ReadMarkRow>('SELECT * FROM hyte_read_marks WHERE user_id = $1 AND plan_id = $2 ORDER BY ord', [userId, planId])).map(toReadMark),
      put: async (mark) => {
        await pool.query(
          `INSERT INTO hyte_read_marks (user_id, plan_id, thread_id, read_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id, plan_id, thread_id) DO UPDATE SET read_at = EXCLUDED.read_at, ord = nextval('hyte_read_marks_ord')`,
          [mark.userId, mark.planId, mark.threadId, mark.readAt],
        );
      },
      deleteOfThreads: async (planId, threadIds) => {
        await pool.query('DELETE FROM hyte_read_marks WHERE plan_id = $1 AND thread_id = ANY($2::text[])', [planId, [...threadIds]]);
      },
    },
  };
}
