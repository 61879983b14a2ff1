/**
 * Importing a measure table (toimenpidetaulukko) in the samples' shape:
 * `{focusAreas:[{title, goals:[{title, measures:[{title, responsible?,
 * targetGroup?, indicator?, schedule?, status?, statusNote?}]}]}]}`.
 * Other keys (source, municipality, title, statusScale, …) are allowed and
 * ignored. Input is validated in full before anything is written.
 */
import { z } from 'zod';
import type * as Y from 'yjs';
import { appendFocusAreas, MAX_TEXT_LENGTH, PlanDocError, type AppendResult } from './doc';
import { DEFAULT_STATUS, parseStatus, parseTargetGroup, STATUSES } from './status';

export const IMPORT_LIMITS = {
  focusAreas: 200,
  goalsPerFocusArea: 500,
  measuresPerGoal: 2000,
  totalGoals: 5000,
  totalMeasures: 20_000,
  textLength: MAX_TEXT_LENGTH,
} as const;

const tooLong = `must be at most ${IMPORT_LIMITS.textLength} characters`;

const titleSchema = z
  .string()
  .max(IMPORT_LIMITS.textLength, tooLong)
  .trim()
  .min(1, 'must not be empty');

const optionalText = z
  .string()
  .max(IMPORT_LIMITS.textLength, tooLong)
  .nullish()
  .transform((value) => (value ?? '').trim());

const scheduleSchema = z
  .union([z.string().max(IMPORT_LIMITS.textLength, tooLong), z.number()])
  .nullish()
  .transform((value) => (value == null ? '' : String(value).trim()));

const targetGroupSchema = z
  .string()
  .max(IMPORT_LIMITS.textLength, tooLong)
  .nullish()
  .transform((value) => parseTargetGroup(value ?? ''));

const statusSchema = z
  .string()
  .max(200, 'must be at most 200 characters')
  .nullish()
  .transform((value, ctx) => {
    if (value == null) return DEFAULT_STATUS;
    const status = parseStatus(value);
    if (status === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown status "${value}"; expected one of ${STATUSES.join(', ')}`,
        input: value,
      });
      return z.NEVER;
    }
    return status;
  });

export const measureInputSchema = z.object({
  title: titleSchema,
  responsible: optionalText,
  targetGroup: targetGroupSchema,
  indicator: optionalText,
  schedule: scheduleSchema,
  status: statusSchema,
  statusNote: optionalText,
});

export const goalInputSchema = z.object({
  title: titleSchema,
  measures: z
    .array(measureInputSchema)
    .max(IMPORT_LIMITS.measuresPerGoal, `at most ${IMPORT_LIMITS.measuresPerGoal} measures per goal`)
    .default([]),
});

export const focusAreaInputSchema = z.object({
  title: titleSchema,
  goals: z
    .array(goalInputSchema)
    .max(IMPORT_LIMITS.goalsPerFocusArea, `at most ${IMPORT_LIMITS.goalsPerFocusArea} goals per focus area`)
    .default([]),
});

/** A measure table in the samples' shape (other top-level keys are ignored). */
export const measureTableInputSchema = z
  .object({
    focusAreas: z
      .array(focusAreaInputSchema)
      .max(IMPORT_LIMITS.focusAreas, `at most ${IMPORT_LIMITS.focusAreas} focus areas`),
  })
  .superRefine((table, ctx) => {
    let goals = 0;
    let measures = 0;
    for (const fa of table.focusAreas) {
      goals += fa.goals.length;
      for (const goal of fa.goals) measures += goal.measures.length;
    }
    if (goals > IMPORT_LIMITS.totalGoals) {
      ctx.addIssue({
        code: 'custom',
        path: ['focusAreas'],
        message: `at most ${IMPORT_LIMITS.totalGoals} goals in all (got ${goals})`,
      });
    }
    if (measures > IMPORT_LIMITS.totalMeasures) {
      ctx.addIssue({
        code: 'custom',
        path: ['focusAreas'],
        message: `at most ${IMPORT_LIMITS.totalMeasures} measures in all (got ${measures})`,
      });
    }
  });

/** What the importer accepts (before defaults and mapping). */
export type MeasureTableInput = z.input<typeof measureTableInputSchema>;
/** A validated measure table: texts trimmed, targetGroup and status mapped to keys. */
export type MeasureTable = z.output<typeof measureTableInputSchema>;

export interface ImportIssue {
  /** Dotted path into the input, e.g. `focusAreas.0.goals.1.measures.2.title`. */
  path: string;
  message: string;
}

/** A measure table that failed validation: `message` names where, `issues` lists all. */
export class MeasureTableError extends PlanDocError {
  readonly issues: ImportIssue[];
  constructor(issues: ImportIssue[]) {
    super('invalid', formatImportIssues(issues));
    this.name = 'MeasureTableError';
    this.issues = issues;
  }
}

/** "path: message; path: message" (at most `max` issues, then "and N more"). */
export function formatImportIssues(issues: readonly ImportIssue[], max = 5): string {
  const shown = issues.slice(0, max).map((issue) => `${issue.path || '(root)'}: ${issue.message}`);
  if (issues.length > max) shown.push(`and ${issues.length - max} more`);
  return `invalid measure table: ${shown.join('; ')}`;
}

export type ParseMeasureTableResult =
  | { success: true; data: MeasureTable }
  | { success: false; error: string; issues: ImportIssue[] };

/** Validates a measure table without throwing. */
export function parseMeasureTable(input: unknown): ParseMeasureTableResult {
  const result = measureTableInputSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return { success: false, error: formatImportIssues(issues), issues };
}

/**
 * Imports a measure table into the plan document, after any focus areas it
 * already has, in one transaction (`origin` as given), with orders generated
 * in sequence. Throws a `MeasureTableError` (nothing written) for bad input.
 */
export function importMeasureTable(doc: Y.Doc, input: unknown, origin?: unknown): AppendResult {
  const parsed = parseMeasureTable(input);
  if (!parsed.success) throw new MeasureTableError(parsed.issues);
  return appendFocusAreas(doc, parsed.data.focusAreas, origin);
}
