/** `GET /api/plans/:id/report[?since=versionId]`; its answer is `YearlyReport` (shared/plan). */
import { z } from 'zod';

export const reportQuerySchema = z.object({ since: z.uuid('since must be a version id').optional() });
