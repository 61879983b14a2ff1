import type { AuditEntry } from '../../shared/audit';

export type { AuditEntry };

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  userId?: string;
  field?: string;
  /** Only the changes made in this meeting. */
  meetingId?: string;
  since?: string;
  until?: string;
  limit: number;
}

/** Append-only: there is no way to change or remove an entry, for any route or caller. */
export interface AuditLog {
  /** `planId` null: the system trail (logins, users, groups). */
  record(planId: string | null, entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(planId: string | null, filter: AuditFilter): Promise<AuditEntry[]>;
}
