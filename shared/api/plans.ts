/** `/api/plans`: the plan list, creating, importing, renaming and moving plans, and reading their data. */
import { z } from 'zod';
import { measureTableInputSchema } from '../plan';
import type { Capabilities } from '../roles';
import { municipalityCodeSchema } from './indicators';

const title = z.string().trim().min(1, 'title must not be empty').max(300);
const groupId = z.string().min(1).max(64);

/** `POST /api/plans`: without a group the plan is the creator's private draft. */
export const newPlanSchema = z.object({ title, groupId: groupId.optional(), measures: measureTableInputSchema.optional() });
/** `PATCH /api/plans/:id`: `groupId: null` takes the plan out of its group. */
export const planChangeSchema = z
  .object({ title: title.optional(), groupId: groupId.nullable().optional(), municipalityCode: municipalityCodeSchema.optional() })
  .refine((v) => v.title !== undefined || v.groupId !== undefined || v.municipalityCode !== undefined, 'give title, groupId or municipalityCode');
/** `POST /api/plans/import?title=…[&groupId=…][&format=csv|xlsx]`: the file is the raw body. */
export const importQuerySchema = z.object({ title, groupId: groupId.optional(), format: z.enum(['csv', 'xlsx']).optional() });
/** `GET /api/plans/:id/data[?include=body]`. */
export const dataQuerySchema = z.object({ include: z.enum(['body']).optional() });

/** A plan as `GET /api/plans` lists it and `POST`/`PATCH` answer it. */
export interface PlanSummary {
  id: string;
  title: string;
  /** Null for a private draft, in no group. */
  groupId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/plans/:id`: a plan as opened, with what this user may do with it. */
export interface OpenPlan extends PlanSummary {
  can: Capabilities;
}
