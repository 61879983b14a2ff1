import type { PersonRef } from './people';

/** One line of the audit trail (`GET /api/plans/:id/audit`): who changed what, when, from what to what. */
export interface AuditEntry {
  at: string;
  /** Null when no known person did it (a failed login). */
  user: PersonRef | null;
  /** `measure`, `goal`, `focusArea`, `plan`, `version`, `export`, `membership`, `session`, … */
  entity: string;
  entityId: string;
  field: string;
  from: string | null;
  to: string | null;
  /**
   * The meeting the change was made in: set by the server for an edit from a
   * connection it has checked to be in that open meeting of the plan
   * (server/meetings/meetingClaims.ts); absent otherwise.
   */
  meetingId?: string;
}
