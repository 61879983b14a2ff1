import type * as Y from 'yjs';
import {
  createEntry,
  getMeasure,
  getVocabularyEntity,
  PlanDocError,
  setMeasureRefs,
  type MeasureData,
  type NamedRef,
  type TargetGroupData,
  type VocabularyKind,
} from '../../../shared/plan';

/** The measure's list that each vocabulary's picker shows. */
export const MEASURE_LISTS = {
  party: 'responsibleParties',
  targetGroup: 'targetGroups',
  project: 'projects',
} as const satisfies Record<VocabularyKind, keyof MeasureData>;

/** Parties and projects are offered by name; target groups in the plan's own order (children first, as every plan starts). */
export function pickOrder(kind: VocabularyKind, entries: readonly NamedRef[]): NamedRef[] {
  return kind === 'targetGroup' ? [...entries] : [...entries].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

/** A measure's list of one vocabulary as names, whatever the list's own shape (a target group has a label). */
export function chosenEntries(list: ReadonlyArray<NamedRef | TargetGroupData> | undefined): NamedRef[] {
  return (list ?? []).map((entry) => ('label' in entry ? { id: entry.id, name: entry.label } : entry));
}

/**
 * Makes a measure refer to exactly `chosen` (parties: the lead first), in one
 * transaction with `origin`. An entry that is not stored yet (a name just
 * typed, with the id '', or one the measure's text gives and the plan has not
 * made an entry of) is created by `createEntry`, which gives the same name the same id on
 * every replica: two people creating "Nuorisopalvelut" at once end with one
 * entry, both their measures referring to it.
 */
export function writeMeasureEntries(
  doc: Y.Doc,
  measureId: string,
  kind: VocabularyKind,
  chosen: readonly NamedRef[],
  origin: unknown,
): void {
  // Checked before anything is written: a transaction is not rolled back, and an entry made for a
  // measure a peer has just deleted would stay behind.
  if (!getMeasure(doc, measureId)) throw new PlanDocError('not-found', `unknown measure: ${measureId}`);
  doc.transact(() => {
    // createEntry and setMeasureRefs join this transaction: one change, one undo step.
    const ids = chosen.map(({ id, name }) =>
      id !== '' && getVocabularyEntity(doc, kind, id) ? id : createEntry(doc, kind, { name }, origin).id,
    );
    setMeasureRefs(doc, measureId, kind, ids, origin);
  }, origin);
}
