import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addFocusArea,
  addGoal,
  addMeasure,
  deleteMeasure,
  getMeasureMap,
  PlanDocError,
  readMeasure,
  readPlanData,
  type EntityMap,
} from '../../../shared/plan';
import { chosenEntries, writeMeasureEntries } from './measureVocabulary';
import { createTableUndoManager, TableEditOrigin } from './undo';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
}

function setup() {
  const doc = new Y.Doc();
  const goal = addGoal(doc, addFocusArea(doc, { title: 'Painopiste' }), { title: 'Tavoite' });
  const m1 = addMeasure(doc, goal, { title: 'Eka', responsible: 'Sivistystoimi, Kombi', targetGroup: 'ikäihmiset' });
  const m2 = addMeasure(doc, goal, { title: 'Toka' });
  return { doc, m1, m2 };
}

const measureOf = (doc: Y.Doc, id: string) => readMeasure(id, getMeasureMap(doc).get(id) as EntityMap);
const names = (doc: Y.Doc, id: string) => measureOf(doc, id).responsibleParties?.map((p) => p.name);

describe('writing a measure’s parties, groups and projects from the table', () => {
  it('picks stored entries and creates a typed name, in one transaction with the origin', () => {
    const { doc, m1 } = setup();
    const origin = new TableEditOrigin();
    const transactions: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => transactions.push(transaction.origin));
    const current = chosenEntries(measureOf(doc, m1).responsibleParties);
    writeMeasureEntries(doc, m1, 'party', [...current, { id: '', name: ' Nuorisopalvelut ' }], origin);
    expect(transactions).toEqual([origin]);
    expect(names(doc, m1)).toEqual(['Sivistystoimi', 'Kombi', 'Nuorisopalvelut']);
    const data = readPlanData(doc, 'p');
    expect(data.parties?.map((p) => p.name)).toEqual(['Sivistystoimi', 'Kombi', 'Nuorisopalvelut']);
    // The contract's text follows the list.
    expect(measureOf(doc, m1).responsible).toBe('Sivistystoimi, Kombi, Nuorisopalvelut');
  });

  it('makes another party the lead, and removes one', () => {
    const { doc, m1 } = setup();
    const [sivistys, kombi] = chosenEntries(measureOf(doc, m1).responsibleParties);
    writeMeasureEntries(doc, m1, 'party', [kombi!, sivistys!], null);
    expect(names(doc, m1)).toEqual(['Kombi', 'Sivistystoimi']);
    writeMeasureEntries(doc, m1, 'party', [kombi!], null);
    expect(names(doc, m1)).toEqual(['Kombi']);
  });

  it('sets target groups and projects, a typed name matching a stored one ignoring case', () => {
    const { doc, m2 } = setup();
    writeMeasureEntries(doc, m2, 'targetGroup', [{ id: '', name: 'IKÄIHMISET' }, { id: '', name: 'maahanmuuttajat' }], null);
    writeMeasureEntries(doc, m2, 'project', [{ id: '', name: 'Aspu-hanke' }], null);
    const measure = measureOf(doc, m2);
    expect(measure.targetGroups?.map((g) => g.label)).toEqual(['ikäihmiset', 'maahanmuuttajat']);
    expect(measure.projects?.map((p) => p.name)).toEqual(['Aspu-hanke']);
    const data = readPlanData(doc, 'p');
    expect(data.targetGroups?.filter((g) => g.label === 'ikäihmiset')).toHaveLength(1);
  });

  it('converges when two people create the same name at once', () => {
    const { doc: a, m1, m2 } = setup();
    const b = new Y.Doc();
    sync(a, b);
    writeMeasureEntries(a, m1, 'party', [{ id: '', name: 'Nuorisopalvelut' }], null);
    writeMeasureEntries(b, m2, 'party', [{ id: '', name: 'nuorisopalvelut' }], null);
    sync(a, b);
    for (const doc of [a, b]) {
      const data = readPlanData(doc, 'p');
      const youth = data.parties?.filter((p) => p.name.toLowerCase() === 'nuorisopalvelut');
      expect(youth).toHaveLength(1);
      expect(measureOf(doc, m1).responsibleParties?.map((p) => p.id)).toEqual([youth![0]!.id]);
      expect(measureOf(doc, m2).responsibleParties?.map((p) => p.id)).toEqual([youth![0]!.id]);
    }
    expect(readPlanData(a, 'p')).toEqual(readPlanData(b, 'p'));
  });

  it('is one undo step that takes the list back and keeps the entry it made', () => {
    const { doc, m2 } = setup();
    const origin = new TableEditOrigin();
    const undo = createTableUndoManager(doc, origin);
    writeMeasureEntries(doc, m2, 'party', [{ id: '', name: 'Kulttuuripalvelut' }], origin);
    expect(names(doc, m2)).toEqual(['Kulttuuripalvelut']);
    undo.undo();
    expect(names(doc, m2)).toEqual([]);
    expect(measureOf(doc, m2).responsible).toBe('');
    // Another person may have picked it meanwhile: the entry stays.
    expect(readPlanData(doc, 'p').parties?.map((p) => p.name)).toContain('Kulttuuripalvelut');
    undo.redo();
    expect(names(doc, m2)).toEqual(['Kulttuuripalvelut']);
  });

  it('refuses a measure a peer has deleted, writing nothing', () => {
    const { doc, m2 } = setup();
    deleteMeasure(doc, m2);
    const before = Y.encodeStateVector(doc);
    expect(() => writeMeasureEntries(doc, m2, 'party', [{ id: '', name: 'Orpo' }], null)).toThrow(PlanDocError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
