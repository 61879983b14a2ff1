import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addFocusArea,
  addGoal,
  addMeasure,
  deleteGoal,
  editEntityText,
  moveMeasure,
  readPlanData,
  setMeasureField,
} from '../../../shared/plan';
import { createTableUndoManager, TableEditOrigin } from './undo';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
}

function setup() {
  const doc = new Y.Doc();
  const fa = addFocusArea(doc, { title: 'Painopiste' });
  const g1 = addGoal(doc, fa, { title: 'Tavoite 1' });
  const g2 = addGoal(doc, fa, { title: 'Tavoite 2' });
  const m1 = addMeasure(doc, g1, { title: 'Eka', responsible: 'sivistystoimi' });
  const m2 = addMeasure(doc, g1, { title: 'Toka' });
  const m3 = addMeasure(doc, g2, { title: 'Kolmas' });
  const origin = new TableEditOrigin();
  const undo = createTableUndoManager(doc, origin);
  return { doc, fa, g1, g2, m1, m2, m3, origin, undo };
}

describe('the table undo manager', () => {
  it('undoes and redoes a deleted goal with its measures', () => {
    const { doc, g1, origin, undo } = setup();
    const before = readPlanData(doc, 'p');
    deleteGoal(doc, g1, origin);
    expect(readPlanData(doc, 'p').focusAreas[0]?.goals.map((g) => g.title)).toEqual(['Tavoite 2']);
    undo.undo();
    expect(readPlanData(doc, 'p')).toEqual(before);
    undo.redo();
    expect(readPlanData(doc, 'p').focusAreas[0]?.goals.map((g) => g.title)).toEqual(['Tavoite 2']);
  });

  it('undoes a move and a status change as separate steps', () => {
    const { doc, m1, m2, origin, undo } = setup();
    moveMeasure(doc, m1, { after: m2 }, origin);
    undo.stopCapturing();
    setMeasureField(doc, m1, 'status', 'done', origin);
    undo.undo();
    const goal = readPlanData(doc, 'p').focusAreas[0]?.goals[0];
    expect(goal?.measures.map((m) => [m.title, m.status])).toEqual([
      ['Toka', 'unassessed'],
      ['Eka', 'unassessed'],
    ]);
    undo.undo();
    expect(readPlanData(doc, 'p').focusAreas[0]?.goals[0]?.measures.map((m) => m.title)).toEqual(['Eka', 'Toka']);
  });

  it('never reverts edits that came from elsewhere', () => {
    const { doc, m1, origin, undo } = setup();
    const other = new Y.Doc();
    sync(doc, other);
    editEntityText(doc, { kind: 'measure', id: m1, field: 'responsible' }, 'sivistystoimi, Kombi', 20, origin);
    setMeasureField(other, m1, 'status', 'started', 'their-origin');
    editEntityText(other, { kind: 'measure', id: m1, field: 'title' }, 'Eka toimenpide', 14, 'their-origin');
    sync(doc, other);
    undo.undo();
    const measure = readPlanData(doc, 'p').focusAreas[0]?.goals[0]?.measures[0];
    expect(measure).toMatchObject({ responsible: 'sivistystoimi', status: 'started', title: 'Eka toimenpide' });
  });

  it('ignores writes without its origin', () => {
    const { doc, m3, undo } = setup();
    setMeasureField(doc, m3, 'schedule', '2025');
    expect(undo.canUndo()).toBe(false);
  });
});
