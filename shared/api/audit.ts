/**
 * `GET /api/plans/:id/audit` and `GET /api/audit` (the administrator's
 * system trail): both answer `AuditEntry[]` (shared/audit.ts), newest first.
 */
import { z } from 'zod';

export const auditQuerySchema = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(200).optional(),
  userId: z.string().max(100).optional(),
  field: z.string().max(50).optional(),
  /** Only the changes made in this meeting (server/meetings). */
  meetingId: z.string().max(100).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
