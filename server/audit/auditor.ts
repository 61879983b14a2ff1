import type { PersonRef } from '../../shared/people';
import type { AuditEntry, AuditLog } from '../storage/auditLog';

export type AuditedChange = Omit<AuditEntry, 'at' | 'user' | 'from' | 'to'> & { from?: string | null; to?: string | null };

/** Records the actions taken through REST (versions, exports, roles, logins) with who took them. */
export class Auditor {
  constructor(readonly log: AuditLog) {}

  plan(planId: string, who: PersonRef | null, change: AuditedChange): Promise<void> {
    return this.log.record(planId, this.entry(who, change));
  }

  system(who: PersonRef | null, change: AuditedChange): Promise<void> {
    return this.log.record(null, this.entry(who, change));
  }

  private entry(who: PersonRef | null, change: AuditedChange): AuditEntry {
    return {
      at: new Date().toISOString(),
      user: who ? { id: who.id, name: who.name } : null,
      entity: change.entity,
      entityId: change.entityId,
      field: change.field,
      from: change.from ?? null,
      to: change.to ?? null,
    };
  }
}
