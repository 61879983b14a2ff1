/**
 * What an uploaded export would change in the plan as it is now. Each field
 * is decided by three values: the one the file was exported with (the
 * baseline), the file's and the live plan's.
 *
 * - file = exported: the file's user did not touch it; whatever the app has now stays.
 * - live = exported: only the file changed it, so applying writes the file's value.
 * - live = file: both made the same change; nothing to do.
 * - otherwise both changed it, differently: a conflict, shown and never overwritten.
 *
 * So an old file cannot undo what others did in the app after the export, and
 * nobody's edit is overwritten without being seen.
 */
import { createHash } from 'node:crypto';
import {
  ROUND_TRIP_FIELDS,
  type RoundTripConflict,
  type RoundTripField,
  type RoundTripFieldChange,
  type RoundTripGoneRow,
  type RoundTripIgnoredCell,
  type RoundTripLacking,
  type RoundTripMeasureChange,
  type RoundTripPreview,
  type RoundTripValues,
} from '../../../shared/api/tableFileRoundTrip';
import { nameKey, splitGroupLabels, splitPartyNames, type MeasureData, type PlanData } from '../../../shared/plan';
import { measureSheetValues } from '../../exports/xlsx/roundTripSheet';
import { cleanCell, type RoundTripFile } from './roundTripFile';

/** A row without an id that has a goal to go under: applying adds it there. */
export interface RoundTripAdd {
  row: number;
  goalId: string;
  values: RoundTripValues;
}

export interface RoundTripDiff {
  preview: RoundTripPreview;
  adds: RoundTripAdd[];
}

interface LiveMeasure {
  measure: MeasureData;
  values: RoundTripValues;
  focusArea: string;
  goal: string;
}

/** Party and group lists are the same when they name the same entries in the same order ("A;B" is "A, B"). */
export function sameValue(field: RoundTripField, a: string, b: string): boolean {
  if (field === 'responsible' || field === 'targetGroup') {
    const names = (text: string) => (field === 'responsible' ? splitPartyNames(text) : splitGroupLabels(text)).map(nameKey).join('\n');
    return names(a) === names(b);
  }
  return cleanCell(a) === cleanCell(b);
}

const placeKey = (focusArea: string, goal: string) => `${nameKey(focusArea)}\n${nameKey(goal)}`;

export function diffRoundTrip(data: PlanData, file: RoundTripFile): RoundTripDiff {
  const live = new Map<string, LiveMeasure>();
  const goals = new Map<string, { id: string; titles: Set<string> }>();
  for (const focusArea of data.focusAreas) {
    for (const goal of focusArea.goals) {
      // The first of two goals of the same name takes the added rows, as the table shows it first.
      const key = placeKey(focusArea.title, goal.title);
      if (!goals.has(key)) goals.set(key, { id: goal.id, titles: new Set(goal.measures.map((measure) => nameKey(measure.title))) });
      for (const measure of goal.measures) {
        live.set(measure.id, { measure, values: measureSheetValues(measure), focusArea: focusArea.title, goal: goal.title });
      }
    }
  }

  const changes: RoundTripMeasureChange[] = [];
  const conflicts: RoundTripConflict[] = [];
  const gone: RoundTripGoneRow[] = [];
  const ignored: RoundTripIgnoredCell[] = [];
  const preview: Omit<RoundTripPreview, 'token'> = {
    file: { planTitle: file.meta.planTitle, exportedAt: file.meta.exportedAt, versionLabel: file.meta.versionLabel, rows: file.rows.length },
    changes,
    conflicts,
    added: [],
    lacking: [],
    gone,
    ignored,
  };
  const adds: RoundTripAdd[] = [];
  const inFile = new Set<string>();

  for (const row of file.rows) {
    if (row.id === null) {
      const goal = goals.get(placeKey(row.focusArea, row.goal));
      const outcome = !goal ? 'no-goal' : goal.titles.has(nameKey(row.values.title)) ? 'exists' : 'add';
      preview.added.push({ row: row.number, values: row.values, focusArea: row.focusArea, goal: row.goal, outcome });
      if (goal && outcome === 'add') {
        adds.push({ row: row.number, goalId: goal.id, values: row.values });
        // A second row of the same title is the same new measure: one is added.
        goal.titles.add(nameKey(row.values.title));
      }
      continue;
    }
    inFile.add(row.id);
    const exported = file.baseline[row.id]!;
    const now = live.get(row.id);
    if (!now) {
      gone.push({ row: row.number, measureId: row.id, title: row.values.title });
      continue;
    }
    const about = { row: row.number, measureId: row.id, title: now.measure.title, focusArea: now.focusArea, goal: now.goal };
    const fieldChanges: RoundTripFieldChange[] = [];
    for (const field of ROUND_TRIP_FIELDS) {
      const [was, inRow, is] = [exported.values[field], row.values[field], now.values[field]];
      if (sameValue(field, inRow, was) || sameValue(field, inRow, is)) continue;
      if (sameValue(field, is, was)) fieldChanges.push({ field, from: is, to: inRow });
      else conflicts.push({ ...about, field, exported: was, live: is, file: inRow });
    }
    if (fieldChanges.length > 0) changes.push({ ...about, changes: fieldChanges });
    for (const column of ['focusArea', 'goal'] as const) {
      const [was, inRow, is] = [exported[column], row[column], now[column]];
      if (nameKey(inRow) !== nameKey(was) && nameKey(inRow) !== nameKey(is)) ignored.push({ row: row.number, measureId: row.id, title: now.measure.title, column, file: inRow, live: is });
    }
  }

  for (const [id, { measure, focusArea, goal }] of live) {
    if (inFile.has(id)) continue;
    const reason = id in file.baseline ? 'removed-from-file' : 'added-since-export';
    preview.lacking.push({ measureId: id, title: measure.title, focusArea, goal, reason } satisfies RoundTripLacking);
  }
  return { preview: { token: previewToken(data.id, file, changes, adds), ...preview }, adds };
}

/**
 * Names exactly what applying writes: the file, every field with the live
 * value it replaces and the value it writes, every row it adds and where.
 * Applying computes it again against the plan as it is then; a different
 * token means the plan changed in something the file would write.
 */
function previewToken(planId: string, file: RoundTripFile, changes: RoundTripMeasureChange[], adds: RoundTripAdd[]): string {
  const writes = changes.map((change) => [change.measureId, change.changes.map(({ field, from, to }) => [field, from, to])]);
  const added = adds.map((add) => [add.row, add.goalId, ROUND_TRIP_FIELDS.map((field) => add.values[field])]);
  return createHash('sha256').update(JSON.stringify([planId, file.digest, writes, added])).digest('hex');
}
