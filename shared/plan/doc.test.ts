import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addFocusArea,
  addGoal,
  addMeasure,
  deleteFocusArea,
  deleteGoal,
  deleteMeasure,
  getFocusArea,
  getGoalMap,
  getMeasure,
  getMeasureMap,
  getMeta,
  isPlanDocEmpty,
  moveFocusArea,
  moveGoal,
  moveMeasure,
  orderedChildren,
  orderedChildrenByParent,
  PlanDocError,
  setFocusAreaTitle,
  setGoalTitle,
  setMeasureField,
  setPlanMeta,
  setPlanTitle,
  updateMeasure,
} from './doc';
import { isEntityId, newId } from './ids';
import { readPlanData, readPlanTitle } from './read';

function measureTitles(doc: Y.Doc, goalId: string): string[] {
  for (const fa of readPlanData(doc, 'p').focusAreas) {
    for (const goal of fa.goals) if (goal.id === goalId) return goal.measures.map((m) => m.title);
  }
  return [];
}

function setup() {
  const doc = new Y.Doc();
  const fa = addFocusArea(doc, { title: 'Painopiste' });
  const goal = addGoal(doc, fa, { title: 'Tavoite' });
  return { doc, fa, goal };
}

describe('ids', () => {
  it('are random and URL-safe', () => {
    const ids = new Set(Array.from({ length: 1000 }, newId));
    expect(ids.size).toBe(1000);
    for (const id of ids) {
      expect(isEntityId(id)).toBe(true);
      expect(encodeURIComponent(id)).toBe(id);
    }
  });
});

describe('plan document writers', () => {
  it('stores the contract types: Y.Text titles, string orders and parents', () => {
    const { doc, fa, goal } = setup();
    const m = addMeasure(doc, goal, { title: 'Toimenpide', responsible: 'sivistystoimi', status: 'started' });
    const faMap = getFocusArea(doc, fa)!;
    expect(faMap.get('title')).toBeInstanceOf(Y.Text);
    expect(typeof faMap.get('order')).toBe('string');
    const goalMap = getGoalMap(doc).get(goal) as Y.Map<unknown>;
    expect(goalMap.get('focusAreaId')).toBe(fa);
    expect(goalMap.get('title')).toBeInstanceOf(Y.Text);
    const measure = getMeasure(doc, m)!;
    expect(measure.get('goalId')).toBe(goal);
    for (const field of ['title', 'responsible', 'indicator', 'statusNote']) {
      expect(measure.get(field)).toBeInstanceOf(Y.Text);
    }
    for (const field of ['targetGroup', 'schedule', 'status', 'order']) {
      expect(typeof measure.get(field)).toBe('string');
    }
    expect(measure.get('status')).toBe('started');
    expect(measure.get('targetGroup')).toBe('');
  });

  it('sets the plan title and meta in meta as strings', () => {
    const doc = new Y.Doc();
    expect(isPlanDocEmpty(doc)).toBe(true);
    setPlanTitle(doc, 'Hyvinvointisuunnitelma 2025–2029');
    setPlanMeta(doc, { municipality: 'Porvoo', createdAt: '2025-01-01T00:00:00.000Z' });
    expect(getMeta(doc).get('title')).toBe('Hyvinvointisuunnitelma 2025–2029');
    expect(getMeta(doc).get('municipality')).toBe('Porvoo');
    expect(readPlanTitle(doc)).toBe('Hyvinvointisuunnitelma 2025–2029');
    expect(isPlanDocEmpty(doc)).toBe(false);
  });

  it('passes the origin to the transaction', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const origin = { user: 'u1' };
    const fa = addFocusArea(doc, { title: 'A' }, origin);
    setFocusAreaTitle(doc, fa, 'B', origin);
    expect(origins).toEqual([origin, origin]);
  });

  it('places focus areas, goals and measures at the end, after, before or at an index', () => {
    const { doc, goal } = setup();
    const a = addMeasure(doc, goal, { title: 'A' });
    addMeasure(doc, goal, { title: 'C' });
    addMeasure(doc, goal, { title: 'B', after: a });
    addMeasure(doc, goal, { title: 'start', index: 0 });
    addMeasure(doc, goal, { title: 'before A', before: a });
    expect(measureTitles(doc, goal)).toEqual(['start', 'before A', 'A', 'B', 'C']);

    const f2 = addFocusArea(doc, { title: 'Toinen' });
    addFocusArea(doc, { title: 'Ensimmäinen', before: f2 });
    expect(readPlanData(doc, 'p').focusAreas.map((f) => f.title)).toEqual(['Painopiste', 'Ensimmäinen', 'Toinen']);
  });

  it('moves measures within a goal and to another goal, keeping their fields', () => {
    const { doc, fa, goal } = setup();
    const other = addGoal(doc, fa, { title: 'Toinen tavoite' });
    const [a, b, c] = ['A', 'B', 'C'].map((title) => addMeasure(doc, goal, { title, indicator: `${title}-mittari` }));
    moveMeasure(doc, c!, { before: a! });
    expect(measureTitles(doc, goal)).toEqual(['C', 'A', 'B']);
    moveMeasure(doc, c!, { index: 3 });
    expect(measureTitles(doc, goal)).toEqual(['A', 'B', 'C']);
    addMeasure(doc, other, { title: 'X' });
    moveMeasure(doc, b!, { goalId: other, index: 0 });
    expect(measureTitles(doc, goal)).toEqual(['A', 'C']);
    expect(measureTitles(doc, other)).toEqual(['B', 'X']);
    expect(getMeasure(doc, b!)!.get('goalId')).toBe(other);
    expect(readPlanData(doc, 'p').focusAreas[0]!.goals[1]!.measures[0]!.indicator).toBe('B-mittari');
  });

  it('moves goals and focus areas', () => {
    const { doc, fa, goal } = setup();
    const fa2 = addFocusArea(doc, { title: 'Toinen' });
    const g2 = addGoal(doc, fa, { title: 'G2' });
    moveGoal(doc, g2, { before: goal });
    expect(readPlanData(doc, 'p').focusAreas[0]!.goals.map((g) => g.title)).toEqual(['G2', 'Tavoite']);
    moveGoal(doc, goal, { focusAreaId: fa2 });
    moveFocusArea(doc, fa2, { index: 0 });
    const data = readPlanData(doc, 'p');
    expect(data.focusAreas.map((f) => [f.title, f.goals.map((g) => g.title)])).toEqual([
      ['Toinen', ['Tavoite']],
      ['Painopiste', ['G2']],
    ]);
  });

  it('edits text fields by the characters that differ', () => {
    const { doc, goal } = setup();
    const m = addMeasure(doc, goal, { title: 'Hyvä otsikko' });
    const text = getMeasure(doc, m)!.get('title') as Y.Text;
    const deltas: unknown[] = [];
    text.observe((event) => deltas.push(event.delta));
    setMeasureField(doc, m, 'title', 'Hyvä uusi otsikko');
    expect(deltas).toEqual([[{ retain: 5 }, { insert: 'uusi ' }]]);
    expect(getMeasure(doc, m)!.get('title')).toBe(text); // same Y.Text, not replaced
    setMeasureField(doc, m, 'title', 'Hyvä 😀 otsikko');
    setMeasureField(doc, m, 'title', 'Hyvä 😁 otsikko');
    expect(text.toString()).toBe('Hyvä 😁 otsikko');
    setMeasureField(doc, m, 'responsible', 'kaikki toimialat');
    expect(readPlanData(doc, 'p').focusAreas[0]!.goals[0]!.measures[0]!.responsible).toBe('kaikki toimialat');
  });

  it('updates several fields at once and edits goal and focus area titles', () => {
    const { doc, fa, goal } = setup();
    const m = addMeasure(doc, goal, { title: 'M' });
    updateMeasure(doc, m, { status: 'done', schedule: '2025', targetGroup: 'older-people', statusNote: 'Valmis' });
    setGoalTitle(doc, goal, 'Uusi tavoite');
    setFocusAreaTitle(doc, fa, 'Uusi painopiste');
    const data = readPlanData(doc, 'p');
    expect(data.focusAreas[0]!.title).toBe('Uusi painopiste');
    expect(data.focusAreas[0]!.goals[0]!.title).toBe('Uusi tavoite');
    expect(data.focusAreas[0]!.goals[0]!.measures[0]).toMatchObject({
      status: 'done',
      schedule: '2025',
      targetGroup: 'ikäihmiset',
      statusNote: 'Valmis',
    });
  });

  it('validates values and ids', () => {
    const { doc, goal } = setup();
    const m = addMeasure(doc, goal, { title: 'M' });
    const invalid = (fn: () => unknown, code: string) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(PlanDocError);
        expect((error as PlanDocError).code).toBe(code);
        return;
      }
      throw new Error('expected a PlanDocError');
    };
    invalid(() => setMeasureField(doc, m, 'status', 'green' as never), 'invalid');
    invalid(() => setMeasureField(doc, m, 'targetGroup', 5 as never), 'invalid');
    invalid(() => setMeasureField(doc, m, 'title', '   '), 'invalid');
    invalid(() => setMeasureField(doc, m, 'indicator', 5 as never), 'invalid');
    invalid(() => setMeasureField(doc, m, 'goalId' as never, 'x' as never), 'invalid');
    invalid(() => setMeasureField(doc, 'nope', 'status', 'done'), 'not-found');
    invalid(() => addMeasure(doc, 'nope', { title: 'x' }), 'not-found');
    invalid(() => addMeasure(doc, goal, { title: 'x', after: 'nope' }), 'not-found');
    invalid(() => addMeasure(doc, goal, { title: 'x', id: m }), 'conflict');
    invalid(() => moveMeasure(doc, m, { goalId: 'nope' }), 'not-found');
    invalid(() => addGoal(doc, 'nope', { title: 'x' }), 'not-found');
    invalid(() => addFocusArea(doc, { title: 'x'.repeat(10_001) }), 'invalid');
    expect(getMeasure(doc, m)!.get('status')).toBe('unassessed');
    expect(getMeasureMap(doc).size).toBe(1);
  });

  it('deletes a goal with its measures and a focus area with its goals and measures', () => {
    const { doc, fa, goal } = setup();
    const g2 = addGoal(doc, fa, { title: 'G2' });
    const fa2 = addFocusArea(doc, { title: 'F2' });
    const g3 = addGoal(doc, fa2, { title: 'G3' });
    const keep = addMeasure(doc, g3, { title: 'keep' });
    addMeasure(doc, goal, { title: 'm1' });
    addMeasure(doc, goal, { title: 'm2' });
    const m3 = addMeasure(doc, g2, { title: 'm3' });

    expect(deleteGoal(doc, goal)).toBe(true);
    expect(getGoalMap(doc).has(goal)).toBe(false);
    expect([...getMeasureMap(doc).keys()].sort()).toEqual([keep, m3].sort());

    expect(deleteFocusArea(doc, fa)).toBe(true);
    expect([...getGoalMap(doc).keys()]).toEqual([g3]);
    expect([...getMeasureMap(doc).keys()]).toEqual([keep]);

    expect(deleteMeasure(doc, keep)).toBe(true);
    expect(deleteMeasure(doc, keep)).toBe(false);
    expect(deleteGoal(doc, 'nope')).toBe(false);
    expect(deleteFocusArea(doc, 'nope')).toBe(false);
    expect(readPlanData(doc, 'p').focusAreas).toEqual([{ id: fa2, title: 'F2', goals: [{ id: g3, title: 'G3', measures: [] }] }]);
  });

  it('repairs broken order keys when placing next to them', () => {
    const { doc, goal } = setup();
    const a = addMeasure(doc, goal, { title: 'A' });
    const b = addMeasure(doc, goal, { title: 'B' });
    getMeasure(doc, a)!.set('order', 'not a key!');
    getMeasure(doc, b)!.set('order', 'zzz-broken');
    addMeasure(doc, goal, { title: 'C', after: a });
    expect(measureTitles(doc, goal)).toEqual(['A', 'C', 'B']);
    addMeasure(doc, goal, { title: 'D' });
    expect(measureTitles(doc, goal)).toEqual(['A', 'C', 'B', 'D']);
  });
});

describe('orderedChildrenByParent', () => {
  it('groups every entity under its parent in the order orderedChildren gives each parent', () => {
    const doc = new Y.Doc();
    const area = addFocusArea(doc, { title: 'Painopiste' });
    const goals = [addGoal(doc, area, { title: 'A' }), addGoal(doc, area, { title: 'B' })];
    const measures = goals.flatMap((goal) => [1, 2, 3].map((n) => addMeasure(doc, goal, { title: `${goal} ${n}` })));
    // Reordered within a goal and moved across: the grouping follows the order keys, not insertion.
    moveMeasure(doc, measures[2]!, { index: 0 });
    moveMeasure(doc, measures[3]!, { goalId: goals[0]!, index: 1 });
    const grouped = orderedChildrenByParent(getMeasureMap(doc), 'goalId');
    expect([...grouped.keys()].sort()).toEqual([...goals].sort());
    for (const goal of goals) {
      expect(grouped.get(goal)!.map((m) => m.id)).toEqual(orderedChildren(getMeasureMap(doc), 'goalId', goal).map((m) => m.id));
    }
    expect(grouped.get(goals[0]!)!.map((m) => m.id)).toEqual([measures[2], measures[3], measures[0], measures[1]]);
  });
});
