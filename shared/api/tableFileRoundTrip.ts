/**
 * The Excel round trip (`/api/plans/:id/table-file/…`): the plan's XLSX
 * export, edited in Excel, uploaded back to the same plan. A preview says
 * what applying the file would change; applying writes exactly that into the
 * live plan as one change, which can be undone.
 *
 * Values are as the measure sheet shows them (`responsible` the party names
 * joined with ", ", `targetGroup` the labels), except `status`, which is a
 * status key wherever it appears here.
 */
import { z } from 'zod';

/** The measure fields a file may change, in the sheet's column order. */
export const ROUND_TRIP_FIELDS = ['title', 'responsible', 'targetGroup', 'indicator', 'schedule', 'status', 'statusNote'] as const;
export type RoundTripField = (typeof ROUND_TRIP_FIELDS)[number];

/** A measure's values as the sheet has them (status as its key). */
export type RoundTripValues = Record<RoundTripField, string>;

/** Where a row's measure sits, by the titles the plan (or the file, for an added row) gives. */
export interface RoundTripPlace {
  focusArea: string;
  goal: string;
}

export interface RoundTripFieldChange {
  field: RoundTripField;
  /** The live plan's value now. */
  from: string;
  /** The file's value, which applying writes. */
  to: string;
}

/** A measure whose row changed fields that no one changed in the app since the export. */
export interface RoundTripMeasureChange extends RoundTripPlace {
  /** The row in the file (as Excel numbers it). */
  row: number;
  measureId: string;
  title: string;
  changes: RoundTripFieldChange[];
}

/** A field changed both in the file and in the app since the export, to different values: applying keeps the app's. */
export interface RoundTripConflict extends RoundTripPlace {
  row: number;
  measureId: string;
  title: string;
  field: RoundTripField;
  /** The value the file was exported with. */
  exported: string;
  live: string;
  file: string;
}

/**
 * A row without a measure id: a new measure. `add`: applying adds it at the
 * end of its goal; `no-goal`: the plan has no goal of that title under that
 * focus area, and applying leaves the row out; `exists`: its goal has a
 * measure of that title already (the file was applied before), which
 * applying leaves as it is.
 */
export interface RoundTripAddedRow extends RoundTripPlace {
  row: number;
  values: RoundTripValues;
  outcome: 'add' | 'no-goal' | 'exists';
}

/** A measure of the plan that the file has no row for; applying never deletes it. */
export interface RoundTripLacking extends RoundTripPlace {
  measureId: string;
  title: string;
  /** `removed-from-file`: exported, and its row deleted; `added-since-export`: made in the app after the export. */
  reason: 'removed-from-file' | 'added-since-export';
}

/** A row whose measure has been deleted from the plan since the export: applying leaves it deleted. */
export interface RoundTripGoneRow {
  row: number;
  measureId: string;
  title: string;
}

/** A row whose focus area or goal cell was changed: applying does not move measures (moving is done in the app). */
export interface RoundTripIgnoredCell {
  row: number;
  measureId: string;
  title: string;
  column: 'focusArea' | 'goal';
  file: string;
  live: string;
}

/** `POST /api/plans/:id/table-file/preview`. */
export interface RoundTripPreview {
  /** Names this preview; `…/apply?token=` with the same file applies exactly it. */
  token: string;
  /** What the file says of itself: the plan it was exported from and the time its content is from. */
  file: { planTitle: string; exportedAt: string; versionLabel: string | null; rows: number };
  changes: RoundTripMeasureChange[];
  conflicts: RoundTripConflict[];
  added: RoundTripAddedRow[];
  lacking: RoundTripLacking[];
  gone: RoundTripGoneRow[];
  ignored: RoundTripIgnoredCell[];
}

/** Why a file is refused, each with the row (as Excel numbers it) where there is one. */
export type RoundTripProblem =
  | { kind: 'not-exported' }
  | { kind: 'newer-format'; format: number }
  | { kind: 'other-plan'; planTitle: string; exportedAt: string }
  | { kind: 'no-id-column' }
  | { kind: 'changed-id'; row: number; value: string }
  | { kind: 'duplicate-id'; row: number; firstRow: number }
  | { kind: 'bad-status'; row: number; value: string }
  | { kind: 'empty-title'; row: number }
  | { kind: 'too-long'; row: number; field: RoundTripField; max: number };

/** The `400` answer for a file refused for its content: `error` in English, `problems` for the client to word. */
export interface RoundTripRefusal {
  error: string;
  problems: RoundTripProblem[];
}

/** The `409` answer of `apply` when the plan changed since the preview in what the file would write. */
export interface RoundTripStale {
  error: string;
  preview: RoundTripPreview;
}

/** A conflict whose file value applying is to write: `measureId:field`. */
const conflictChoice = z
  .string()
  .regex(new RegExp(`^[A-Za-z0-9_-]{1,64}:(${ROUND_TRIP_FIELDS.join('|')})$`), 'each choice must be measureId:field of a conflict of the preview')
  .transform((choice) => {
    const [measureId, field] = choice.split(':') as [string, RoundTripField];
    return { measureId, field };
  });

export const applyQuerySchema = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/, 'token must be the preview\'s token'),
  /**
   * The conflicts decided for the file (`useFile=m1:status,m2:statusNote`);
   * every other conflict keeps the plan's value.
   */
  useFile: z
    .string()
    .max(100_000)
    .optional()
    .transform((text) => (text ? text.split(',') : []))
    .pipe(z.array(conflictChoice).max(20_000, 'too many choices')),
});
export type ConflictChoice = { measureId: string; field: RoundTripField };

/** `POST /api/plans/:id/table-file/apply?token=T`. */
export interface RoundTripApplied {
  /** Names the change for its undo: `POST …/table-file/changes/:changeId/undo`. */
  changeId: string;
  appliedAt: string;
  /** Fields written, over how many measures; measures added. */
  fields: number;
  measures: number;
  added: number;
}

/** A value that undo left as it is: someone changed it after the file was applied. */
export interface RoundTripKept {
  measureId: string;
  title: string;
  field: RoundTripField | 'added';
}

/** `POST /api/plans/:id/table-file/changes/:changeId/undo`. */
export interface RoundTripUndone {
  /** Fields set back to what they were before the file; added measures removed. */
  restored: number;
  removed: number;
  kept: RoundTripKept[];
}
