import type { Group, Membership } from '../../shared/api/groups';
import type { MeetingRepository } from './meetingRepository';

/**
 * The small structured data beside the documents: users, sessions and the
 * plan index. The embedded default keeps it in one lowdb JSON file; a
 * PostgreSQL deployment implements the same repositories.
 */

export interface User {
  id: string;
  email: string;
  name: string;
  /** Empty until an invited user has set a password: such a user cannot sign in. */
  passwordHash: string;
  isAdmin: boolean;
  /** Caret and presence colour, fixed per user so people recognise each other. */
  color: string;
  createdAt: string;
}

export interface Session {
  id: string;
  /** SHA-256 of the token: a stolen data file does not yield live sessions. */
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface PlanRecord {
  id: string;
  title: string;
  /** The steering group whose roles apply; null until groups are in use. */
  groupId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** Groups and memberships are kept as the API shows them (shared/api/groups.ts). */
export type { Group, Membership };

/** A one-time link with which a new user sets their password. */
export interface Invite {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

/** When a user last read a comment thread: the unread markers. */
export interface ReadMark {
  userId: string;
  planId: string;
  threadId: string;
  readAt: string;
}

export interface ReadMarkRepository {
  ofUserInPlan(userId: string, planId: string): Promise<ReadMark[]>;
  /** Adds or replaces the user's one mark of the thread. */
  put(mark: ReadMark): Promise<void>;
  /** Removes every user's marks of these threads of the plan: threads that are gone. */
  deleteOfThreads(planId: string, threadIds: readonly string[]): Promise<void>;
}

export interface UserRepository {
  findById(id: string): Promise<User | undefined>;
  findByEmail(email: string): Promise<User | undefined>;
  list(): Promise<User[]>;
  count(): Promise<number>;
  create(user: User): Promise<void>;
  update(id: string, changes: Partial<Pick<User, 'name' | 'email' | 'isAdmin' | 'passwordHash'>>): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface GroupRepository {
  list(): Promise<Group[]>;
  findById(id: string): Promise<Group | undefined>;
  create(group: Group): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface MembershipRepository {
  ofGroup(groupId: string): Promise<Membership[]>;
  ofUser(userId: string): Promise<Membership[]>;
  find(groupId: string, userId: string): Promise<Membership | undefined>;
  /** Adds or replaces the user's membership in the group. */
  put(membership: Membership): Promise<void>;
  delete(groupId: string, userId: string): Promise<void>;
}

export interface InviteRepository {
  create(invite: Invite): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<Invite | undefined>;
  /** Removes every invite of the user: used, replaced or the user removed. */
  deleteForUser(userId: string): Promise<void>;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<Session | undefined>;
  ofUser(userId: string): Promise<Session[]>;
  delete(id: string): Promise<void>;
  deleteExpired(now: Date): Promise<number>;
}

export interface PlanRepository {
  list(): Promise<PlanRecord[]>;
  findById(id: string): Promise<PlanRecord | undefined>;
  create(plan: PlanRecord): Promise<void>;
  update(id: string, changes: Partial<Pick<PlanRecord, 'title' | 'updatedAt' | 'groupId'>>): Promise<void>;
}

export interface AppStore {
  users: UserRepository;
  sessions: SessionRepository;
  plans: PlanRepository;
  groups: GroupRepository;
  memberships: MembershipRepository;
  invites: InviteRepository;
  readMarks: ReadMarkRepository;
  meetings: MeetingRepository;
}
