import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addFocusArea,
  addGoal,
  addMeasure,
  deleteGoal,
  getMeasure,
  moveMeasure,
  setMeasureField,
  updateMeasure,
} from './doc';
import { readPlanData } from './read';
import type { PlanData } from './types';

/** Exchanges the missing updates both ways, as two connected replicas would. */
function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'remote');
  Y.applyUpdate(a, toA, 'remote');
}

/** Two replicas sharing one plan with a focus area, two goals and three measures. */
function replicas() {
  const a = new Y.Doc();
  const fa = addFocusArea(a, { title: 'Painopiste' });
  const g1 = addGoal(a, fa, { title: 'Tavoite 1' });
  const g2 = addGoal(a, fa, { title: 'Tavoite 2' });
  const m1 = addMeasure(a, g1, { title: 'Hello world', responsible: 'toimialat' });
  const m2 = addMeasure(a, g1, { title: 'Toinen' });
  const m3 = addMeasure(a, g2, { title: 'Kolmas' });
  const b = new Y.Doc();
  sync(a, b);
  return { a, b, fa, g1, g2, m1, m2, m3 };
}

function measure(data: PlanData, id: string) {
  for (const fa of data.focusAreas) {
    for (const goal of fa.goals) {
      const m = goal.measures.find((x) => x.id === id);
      if (m) return { goal: goal.id, ...m };
    }
  }
  return undefined;
}

function expectConverged(a: Y.Doc, b: Y.Doc): PlanData {
  const da = readPlanData(a, 'p');
  const db = readPlanData(b, 'p');
  expect(db).toEqual(da);
  return da;
}

describe('concurrent editing of the plan document', () => {
  it('merges concurrent edits of the same measure title character-wise', () => {
    const { a, b, m1 } = replicas();
    setMeasureField(a, m1, 'title', 'Hello brave world');
    setMeasureField(b, m1, 'title', 'Hello world!');
    sync(a, b);
    const data = expectConverged(a, b);
    expect(measure(data, m1)!.title).toBe('Hello brave world!');
  });

  it('keeps a text edit made while another replica moves the measure to another goal', () => {
    const { a, b, g2, m1, m3 } = replicas();
    moveMeasure(a, m1, { goalId: g2, before: m3 });
    setMeasureField(b, m1, 'title', 'Hello wide world');
    setMeasureField(b, m1, 'responsible', 'kaikki toimialat');
    sync(a, b);
    const data = expectConverged(a, b);
    expect(measure(data, m1)).toMatchObject({ goal: g2, title: 'Hello wide world', responsible: 'kaikki toimialat' });
    expect(data.focusAreas[0]!.goals[1]!.measures.map((m) => m.id)).toEqual([m1, m3]);
    expect(data.focusAreas[0]!.goals[0]!.measures.map((m) => m.title)).toEqual(['Toinen']);
  });

  it('resolves concurrent status changes identically on both replicas', () => {
    for (let round = 0; round < 20; round++) {
      const { a, b, m1 } = replicas();
      setMeasureField(a, m1, 'status', 'done');
      setMeasureField(b, m1, 'status', 'not-started');
      sync(a, b);
      const status = measure(expectConverged(a, b), m1)!.status;
      expect(['done', 'not-started']).toContain(status);
    }
  });

  it('merges concurrent changes of different fields of one measure', () => {
    const { a, b, m1 } = replicas();
    updateMeasure(a, m1, { status: 'started', schedule: '2025' });
    updateMeasure(b, m1, { targetGroup: 'all', statusNote: 'Aloitettu syksyllä' });
    sync(a, b);
    expect(measure(expectConverged(a, b), m1)).toMatchObject({
      status: 'started',
      schedule: '2025',
      // A key of schema 1 is its group: the measure is for the group "kaikki".
      targetGroup: 'kaikki',
      statusNote: 'Aloitettu syksyllä',
    });
  });

  it('orders concurrent inserts at the same position identically and keeps placing right', () => {
    for (let round = 0; round < 20; round++) {
      const { a, b, g1, m1, m2 } = replicas();
      const x = addMeasure(a, g1, { title: 'X', after: m1 });
      const y = addMeasure(b, g1, { title: 'Y', after: m1 });
      const end1 = addMeasure(a, g1, { title: 'end A' });
      const end2 = addMeasure(b, g1, { title: 'end B' });
      sync(a, b);
      const data = expectConverged(a, b);
      const ids = data.focusAreas[0]!.goals[0]!.measures.map((m) => m.id);
      // Both X and Y between m1 and m2, both ends after m2, the same tie order everywhere.
      expect(ids[0]).toBe(m1);
      expect(new Set(ids.slice(1, 3))).toEqual(new Set([x, y]));
      expect(ids[3]).toBe(m2);
      expect(new Set(ids.slice(4))).toEqual(new Set([end1, end2]));
      // The concurrent inserts share a key; inserting between the tied ones still works.
      const [first, second] = [ids[1]!, ids[2]!];
      const z = addMeasure(a, g1, { title: 'Z', after: first });
      sync(a, b);
      const after = expectConverged(a, b).focusAreas[0]!.goals[0]!.measures.map((m) => m.id);
      expect(after.slice(0, 4)).toEqual([m1, first, z, second]);
    }
  });

  it('deleting a goal removes its measures on both replicas; a concurrent add there becomes an invisible orphan', () => {
    const { a, b, fa, g1, m1, m2 } = replicas();
    deleteGoal(a, g1);
    const late = addMeasure(b, g1, { title: 'Lisätty samaan aikaan' });
    setMeasureField(b, m1, 'title', 'Edited meanwhile');
    sync(a, b);
    const data = expectConverged(a, b);
    expect(data.focusAreas).toHaveLength(1);
    expect(data.focusAreas[0]!.id).toBe(fa);
    expect(data.focusAreas[0]!.goals.map((g) => g.title)).toEqual(['Tavoite 2']);
    for (const doc of [a, b]) {
      expect(getMeasure(doc, m1)).toBeUndefined();
      expect(getMeasure(doc, m2)).toBeUndefined();
      // The orphan stays in the map but no reader shows it.
      expect(getMeasure(doc, late)).toBeDefined();
      expect(measure(readPlanData(doc, 'p'), late)).toBeUndefined();
    }
  });

  it('converges after many random concurrent operations on three replicas', () => {
    const { a, b, g1, g2 } = replicas();
    const c = new Y.Doc();
    sync(a, c);
    const docs = [a, b, c];
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let step = 0; step < 200; step++) {
      const doc = docs[rand(3)]!;
      const data = readPlanData(doc, 'p');
      const all = data.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.measures));
      const target = all[rand(Math.max(all.length, 1))];
      const op = rand(5);
      if (op === 0 || !target) addMeasure(doc, rand(2) ? g1 : g2, { title: `m${step}`, index: rand(4) });
      else if (op === 1) moveMeasure(doc, target.id, { goalId: rand(2) ? g1 : g2, index: rand(4) });
      else if (op === 2) setMeasureField(doc, target.id, 'title', `${target.title}+${step}`);
      else if (op === 3) setMeasureField(doc, target.id, 'status', rand(2) ? 'done' : 'started');
      else if (all.length > 3) {
        // deleteMeasure via move-free path: keep the set small
        doc.getMap('measures').delete(target.id);
      }
      if (rand(4) === 0) sync(docs[rand(3)]!, docs[rand(3)]!);
    }
    sync(a, b);
    sync(b, c);
    sync(a, b);
    expectConverged(a, b);
    expectConverged(b, c);
  });
});
