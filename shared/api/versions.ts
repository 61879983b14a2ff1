/**
 * `/api/plans/:id/versions` and `/compare`. Storage keeps *snapshots* (the
 * plan's data and its Yjs state); the API calls every snapshot a *version*,
 * automatic or named, and lists it as a `VersionSummary`.
 */
import { z } from 'zod';
import type { PersonRef } from '../people';
import type { VersionName } from '../versionLabel';

export const newVersionSchema = z.object({ label: z.string().trim().min(1, 'label must not be empty').max(200) });
export const versionIdSchema = z.string().uuid('unknown version');
// Either side may be the plan as it is now, so that a comparison can be read both ways.
const versionOrCurrentSchema = z.union([versionIdSchema, z.literal('current')]);
/** `GET /api/plans/:id/compare?from=…[&to=…]`: version ids or `current`. */
export const compareQuerySchema = z.object({
  from: versionOrCurrentSchema,
  to: versionOrCurrentSchema.default('current'),
});

/** `named`: made by a chair or secretary and kept forever; `auto`: the server's periodic snapshot. */
export type VersionKind = 'auto' | 'named';

/**
 * A version as `GET /api/plans/:id/versions` lists it and `POST` answers it:
 * a snapshot without its data and Yjs state. Its name (`VersionName`) is the
 * stored label and, for a name the server made, its kind and data.
 */
export interface VersionSummary extends VersionName {
  id: string;
  planId: string;
  kind: VersionKind;
  createdAt: string;
  /** Null for automatic snapshots, which nobody made. */
  createdBy: PersonRef | null;
  /** SHA-256 of the version's data: identical content is not stored twice. */
  contentHash: string;
}
