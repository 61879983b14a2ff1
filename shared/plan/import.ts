/**
 * Importing a measure table (toimenpidetaulukko) in the samples' shape:
 * `{focusAreas:[{title, goals:[{title, measures:[{title, responsible?,
 * targetGroup?, indicator?, schedule?, status?, statusNote?,
 * responsibleParties?, targetGroups?, projects?}]}]}], parties?, targetGroups?,
 * projects?}`. Other keys (source, municipality, title, statusScale, …) are
 * allowed and ignored. Input is validated in full before anything is written.
 *
 * No text is dropped: `responsible` names parties (separated by commas,
 * semicolons or line breaks, see `splitPartyNames`), `targetGroup` one or
 * more groups (a key of schema 1 is its group), and every name becomes an
 * entry of the plan's vocabularies or finds the one of the same name.
 */
import { z } from 'zod';
import type * as Y from 'yjs';
import { appendFocusAreas, MAX_TEXT_LENGTH, PlanDocError, type AppendResult } from './doc';
import { measureRefInput } from './measureWrite';
import { DEFAULT_STATUS, parseStatus, STATUSES } from './status';
import { upgradePlanDoc } from './upgrade';
import { VOCABULARY_LIMITS, VocabularyWriter, type VocabularyKind } from './vocabularies';
import { ensureEntry, isWebAddress } from './vocabularyEdits';
import { nameKey } from './vocabularyNames';

export const IMPORT_LIMITS = {
  focusAreas: 200,
  goalsPerFocusArea: 500,
  measuresPerGoal: 2000,
  totalGoals: 5000,
  totalMeasures: 20_000,
  textLength: MAX_TEXT_LENGTH,
  namesPerList: VOCABULARY_LIMITS.refsPerMeasure,
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

/** A list of names (parties, target groups, projects), as an import gives them. */
const nameListSchema = z
  .array(z.string().max(IMPORT_LIMITS.textLength, tooLong))
  .max(IMPORT_LIMITS.namesPerList, `at most ${IMPORT_LIMITS.namesPerList} names`)
  .optional();

const detailSchema = z
  .union([z.string().max(IMPORT_LIMITS.textLength, tooLong), z.number()])
  .nullish()
  .transform((value) => (value == null ? '' : String(value).trim()));

const contactSchema = z.object({
  name: z.string().max(VOCABULARY_LIMITS.contactField).nullish().transform((v) => (v ?? '').trim()),
  email: z.string().max(VOCABULARY_LIMITS.contactField).nullish().transform((v) => (v ?? '').trim()),
}).refine((c) => c.name !== '' || c.email !== '', 'a contact needs a name or an e-mail address');

/** A party with its contact persons. */
export const partyInputSchema = z.object({
  name: titleSchema,
  contacts: z.array(contactSchema).max(VOCABULARY_LIMITS.contactsPerParty, `at most ${VOCABULARY_LIMITS.contactsPerParty} contacts`).optional(),
});

/** A project with its details, in the shape of the samples' `projects` (pori-hankkeet.json). */
export const projectInputSchema = z.object({
  name: titleSchema,
  description: detailSchema,
  start: detailSchema,
  end: detailSchema,
  funding: detailSchema,
  url: detailSchema.refine((url) => url === '' || isWebAddress(url), 'must be an http or https address'),
});

/** A target group: its label, or `{label}`. */
export const targetGroupInputSchema = z.union([titleSchema, z.object({ label: titleSchema }).transform((g) => g.label)]);

const entryList = <T extends z.ZodType>(schema: T) =>
  z.array(schema).max(VOCABULARY_LIMITS.entries, `at most ${VOCABULARY_LIMITS.entries} entries`).optional();

/** The vocabularies an import may carry beside (or without) its measures. */
export const vocabularyInputSchema = z.object({
  parties: entryList(partyInputSchema),
  targetGroups: entryList(targetGroupInputSchema),
  projects: entryList(projectInputSchema),
});
export type VocabularyInput = z.output<typeof vocabularyInputSchema>;

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
  /** One or more group labels, separated by commas. */
  targetGroup: optionalText,
  /** Project names, one a line (a CSV or XLSX column). */
  project: optionalText,
  responsibleParties: nameListSchema,
  targetGroups: nameListSchema,
  projects: nameListSchema,
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

const focusAreasOnly = z.object({
  focusAreas: z
    .array(focusAreaInputSchema)
    .max(IMPORT_LIMITS.focusAreas, `at most ${IMPORT_LIMITS.focusAreas} focus areas`),
});

/** A measure table in the samples' shape (other top-level keys are ignored). */
export const measureTableInputSchema = focusAreasOnly
  .extend(vocabularyInputSchema.shape)
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
      return;
    }
    checkNames(table, ctx);
  });

/** Every measure's names within the bound of one measure, and the names of each vocabulary within a plan's. */
function checkNames(table: z.output<typeof focusAreasOnly> & VocabularyInput, ctx: z.RefinementCtx): void {
  const names: Record<VocabularyKind, Set<string>> = { party: new Set(), targetGroup: new Set(), project: new Set() };
  for (const party of table.parties ?? []) names.party.add(nameKey(party.name));
  for (const label of table.targetGroups ?? []) names.targetGroup.add(nameKey(label));
  for (const project of table.projects ?? []) names.project.add(nameKey(project.name));
  table.focusAreas.forEach((fa, i) =>
    fa.goals.forEach((goal, j) =>
      goal.measures.forEach((measure, k) => {
        try {
          const refs = measureRefInput(measure);
          for (const kind of ['party', 'targetGroup', 'project'] as const) for (const name of refs[kind] ?? []) names[kind].add(nameKey(name));
        } catch (error) {
          if (!(error instanceof PlanDocError)) throw error;
          ctx.addIssue({ code: 'custom', path: ['focusAreas', i, 'goals', j, 'measures', k], message: error.message });
        }
      }),
    ),
  );
  for (const kind of ['party', 'targetGroup', 'project'] as const) {
    if (names[kind].size > VOCABULARY_LIMITS.entries) {
      ctx.addIssue({ code: 'custom', path: [], message: `at most ${VOCABULARY_LIMITS.entries} different names of each vocabulary (${kind}: ${names[kind].size})` });
    }
  }
}

/** What the importer accepts (before defaults and mapping). */
export type MeasureTableInput = z.input<typeof measureTableInputSchema>;
/** A validated measure table: texts trimmed, status mapped to its key. */
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
  let result: AppendResult = { focusAreaIds: [], goals: 0, measures: 0 };
  doc.transact(() => {
    // The table's names are entries of schema 2; a document of schema 1 is migrated first.
    upgradePlanDoc(doc, origin);
    writeVocabularies(doc, parsed.data);
    result = appendFocusAreas(doc, parsed.data.focusAreas, origin);
  }, origin);
  return result;
}

/** Validates vocabulary lists (`parties`, `targetGroups`, `projects`) without throwing. */
export function parseVocabularies(input: unknown): { success: true; data: VocabularyInput } | { success: false; error: string; issues: ImportIssue[] } {
  const result = vocabularyInputSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  return { success: false, error: formatImportIssues(issues), issues };
}

function writeVocabularies(doc: Y.Doc, input: VocabularyInput): void {
  const vocabulary = new VocabularyWriter(doc);
  for (const party of input.parties ?? []) ensureEntry(doc, vocabulary, 'party', party);
  for (const label of input.targetGroups ?? []) ensureEntry(doc, vocabulary, 'targetGroup', { name: label });
  for (const project of input.projects ?? []) ensureEntry(doc, vocabulary, 'project', project);
}

/**
 * Adds vocabulary lists to the plan (an entry of the same name gets the
 * contacts and fills the details it lacks), in one transaction. Throws a
 * `MeasureTableError` (nothing written) for bad input.
 */
export function importVocabularies(doc: Y.Doc, input: unknown, origin?: unknown): void {
  const parsed = parseVocabularies(input);
  if (!parsed.success) throw new MeasureTableError(parsed.issues);
  doc.transact(() => {
    upgradePlanDoc(doc, origin);
    writeVocabularies(doc, parsed.data);
  }, origin);
}
