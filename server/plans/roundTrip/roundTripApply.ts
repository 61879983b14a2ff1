/**
 * Applying an uploaded export to the live plan, and undoing it. Both run
 * inside one `DocumentGateway.change` transaction, so each is one change that
 * every open editor receives at once, journaled before the answer, and
 * recorded field by field in the audit trail in the name of the user who
 * uploaded (or undid); edits others make meanwhile merge as any concurrent
 * edit does.
 *
 * Undo is not a restore: it sets back only the fields the file wrote, and
 * only where they still hold what the file wrote, and removes the measures
 * the file added only if no one has changed them since. What others did
 * after the file stays.
 */
import type * as Y from 'yjs';
import { ROUND_TRIP_FIELDS, type ConflictChoice, type RoundTripApplied, type RoundTripKept, type RoundTripPreview, type RoundTripUndone, type RoundTripValues } from '../../../shared/api/tableFileRoundTrip';
import type { PersonRef } from '../../../shared/people';
import { addMeasure, deleteMeasure, getMeasure, newId, readMeasure, readPlanData, updateMeasure, type Status } from '../../../shared/plan';
import { measureSheetValues } from '../../exports/xlsx/roundTripSheet';
import { readChangeRecord, writeChangeRecord, type ChangeRecord } from './changeRecords';
import { diffRoundTrip, sameValue } from './roundTripDiff';
import type { RoundTripFile } from './roundTripFile';

/** The plan changed, since the preview, in what the file would write: nothing was written; here is the new preview. */
export class StalePreview extends Error {
  constructor(readonly preview: RoundTripPreview) {
    super('The plan has changed since the preview in what the file would change: look at the new preview and apply again');
  }
}

/** A choice names no conflict of the preview (the token matched, so the client sent a choice it was never offered). */
export class UnknownChoice extends Error {
  constructor(choice: ConflictChoice) {
    super(`useFile names ${choice.measureId}:${choice.field}, which is not a conflict of the preview`);
  }
}

/** The preview applies nothing (no changes, no rows to add). */
export class NothingToApply extends Error {
  constructor() {
    super('The file changes nothing in the plan');
  }
}

/** The measure's values as the plan reads them now, or undefined when it is gone. */
function liveValues(doc: Y.Doc, measureId: string): RoundTripValues | undefined {
  const entity = getMeasure(doc, measureId);
  return entity ? measureSheetValues(readMeasure(measureId, entity)) : undefined;
}

/** The values as `updateMeasure` and `addMeasure` take them: the status is a key already. */
const asFields = (values: Partial<RoundTripValues>) => ({ ...values, status: values.status as Status | undefined });

/**
 * Call inside `DocumentGateway.change`: checks the token against the plan as
 * it is in this transaction, then writes the preview's changes and, of its
 * conflicts, those in `useFile` with the file's value (the others keep the
 * plan's), all in the one change that undo sets back.
 */
export function applyRoundTrip(doc: Y.Doc, planId: string, file: RoundTripFile, token: string, by: PersonRef, useFile: ConflictChoice[] = []): RoundTripApplied {
  const { preview, adds } = diffRoundTrip(readPlanData(doc, planId), file);
  if (preview.token !== token) throw new StalePreview(preview);
  const taken = useFile.map((choice) => {
    const conflict = preview.conflicts.find((c) => c.measureId === choice.measureId && c.field === choice.field);
    if (!conflict) throw new UnknownChoice(choice);
    return conflict;
  });
  const writes = new Map(preview.changes.map((change) => [change.measureId, change.changes.map(({ field, from, to }) => ({ field, from, to }))]));
  for (const conflict of taken) {
    writes.set(conflict.measureId, [...(writes.get(conflict.measureId) ?? []), { field: conflict.field, from: conflict.live, to: conflict.file }]);
  }
  if (writes.size === 0 && adds.length === 0) throw new NothingToApply();

  const record: ChangeRecord = { id: newId(), appliedAt: new Date().toISOString(), by, changes: [], added: [], undone: null };
  for (const [measureId, fields] of writes) {
    updateMeasure(doc, measureId, asFields(Object.fromEntries(fields.map(({ field, to }) => [field, to]))));
    const after = liveValues(doc, measureId)!;
    for (const { field, from } of fields) record.changes.push({ measureId, title: after.title, field, from, to: after[field] });
  }
  for (const add of adds) {
    const measureId = addMeasure(doc, add.goalId, { ...asFields(add.values), title: add.values.title });
    record.added.push({ measureId, values: liveValues(doc, measureId)! });
  }
  writeChangeRecord(doc, record);
  return { changeId: record.id, appliedAt: record.appliedAt, fields: record.changes.length, measures: writes.size, added: record.added.length };
}

export type UndoOutcome = { undone: RoundTripUndone } | { unknown: true } | { alreadyUndone: ChangeRecord['undone'] };

/** Call inside `DocumentGateway.change`. */
export function undoRoundTrip(doc: Y.Doc, changeId: string, by: PersonRef): UndoOutcome {
  const record = readChangeRecord(doc, changeId);
  if (!record) return { unknown: true };
  if (record.undone) return { alreadyUndone: record.undone };
  const kept: RoundTripKept[] = [];
  let restored = 0;
  let removed = 0;
  for (const change of record.changes) {
    const now = liveValues(doc, change.measureId);
    if (now && sameValue(change.field, now[change.field], change.to)) {
      updateMeasure(doc, change.measureId, asFields({ [change.field]: change.from }));
      restored++;
    } else {
      kept.push({ measureId: change.measureId, title: now?.title ?? change.title, field: change.field });
    }
  }
  for (const added of record.added) {
    const now = liveValues(doc, added.measureId);
    if (!now) continue;
    if (ROUND_TRIP_FIELDS.every((field) => sameValue(field, now[field], added.values[field]))) {
      deleteMeasure(doc, added.measureId);
      removed++;
    } else {
      kept.push({ measureId: added.measureId, title: now.title, field: 'added' });
    }
  }
  writeChangeRecord(doc, { ...record, undone: { at: new Date().toISOString(), by } });
  return { undone: { restored, removed, kept } };
}
