/**
 * The small structured data beside the documents: users, sessions and the
 * plan index. The embedded default keeps it in one lowdb JSON file; a
 * PostgreSQL deployment implements the same repositories.
 */

export interface User {
  id: string;
  email: string;
  name: string;
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

export interface UserRepository {
  findById(id: string): Promise<User | undefined>;
  findByEmail(email: string): Promise<User | undefined>;
  count(): Promise<number>;
  create(user: User): Promise<void>;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<Session | undefined>;
  delete(id: string): Promise<void>;
  deleteExpired(now: Date): Promise<number>;
}

export interface PlanRepository {
  list(): Promise<PlanRecord[]>;
  findById(id: string): Promise<PlanRecord | undefined>;
  create(plan: PlanRecord): Promise<void>;
  update(id: string, changes: Partial<Pick<PlanRecord, 'title' | 'updatedAt'>>): Promise<void>;
}

export interface AppStore {
  users: UserRepository;
  sessions: SessionRepository;
  plans: PlanRepository;
}
