import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import porvoo from '../demo/porvoo-measures.json';
import { addFocusArea, addGoal, addMeasure, getFocusAreaMap, getGoalMap, getMeasureMap, getMeta } from './doc';
import { importMeasureTable } from './import';
import { findMeasure, readMeasure, readPlanData, readPlanMeta, readPlanTitle } from './read';

describe('readPlanData', () => {
  it('reads the imported Porvoo table in source order', () => {
    const doc = new Y.Doc();
    importMeasureTable(doc, porvoo);
    const data = readPlanData(doc, 'porvoo');
    expect(data.id).toBe('porvoo');
    expect(data.focusAreas.map((f) => f.title)).toEqual(porvoo.focusAreas.map((f) => f.title));
    expect(data.focusAreas.map((f) => f.goals.length)).toEqual([2, 8, 4]);
    expect(data.focusAreas.map((f) => f.goals.map((g) => g.measures.length))).toEqual([
      [3, 4],
      [3, 2, 3, 5, 1, 5, 3, 2],
      [3, 2, 1, 4],
    ]);
    const measures = data.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.measures));
    expect(measures).toHaveLength(41);
    const source = porvoo.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.measures));
    expect(measures.map((m) => m.title)).toEqual(source.map((m) => m.title));
    // The parties' names joined with ", ": one cell of the table lists them with a semicolon too.
    expect(measures.map((m) => m.responsible)).toEqual(source.map((m) => (m.responsible ?? '').replace('; ', ', ')));
    expect(data.focusAreas.flatMap((f) => f.goals.map((g) => g.title))).toEqual(
      porvoo.focusAreas.flatMap((f) => f.goals.map((g) => g.title)),
    );
    expect(new Set(measures.map((m) => m.status))).toEqual(new Set(['unassessed']));
    const groups = measures.map((m) => m.targetGroup).filter((g) => g !== '');
    expect(groups.sort()).toEqual(
      [...Array(3).fill('lapset ja nuoret'), ...Array(3).fill('työikäiset'), ...Array(2).fill('ikäihmiset')].sort(),
    );
    // Every key of the contract's /data shape, nothing else.
    expect(Object.keys(measures[0]!).sort()).toEqual(
      [
        'id', 'title', 'responsible', 'targetGroup', 'indicator', 'schedule', 'status', 'statusNote',
        'responsibleParties', 'targetGroups', 'projects', 'indicatorIds',
      ].sort(),
    );
    expect(Object.keys(data).sort()).toEqual(['id', 'title', 'focusAreas', 'parties', 'targetGroups', 'projects'].sort());
    const found = findMeasure(data, measures[40]!.id);
    expect(found?.focusArea.title).toBe('3. Hyvinvointia tukeva ympäristö');
    expect(found?.index).toBe(3);
  });

  it('returns an empty plan for an empty document', () => {
    // A document of schema 1 (empty here) has the four target groups schema 1 had.
    expect(readPlanData(new Y.Doc(), 'x')).toEqual({
      id: 'x',
      title: '',
      focusAreas: [],
      parties: [],
      targetGroups: ['lapset ja nuoret', 'työikäiset', 'ikäihmiset', 'kaikki'].map((label) => ({ id: expect.any(String), label })),
      projects: [],
    });
    expect(readPlanMeta(new Y.Doc())).toEqual({ title: '' });
  });

  it('survives garbage: wrong types, unknown values, missing parents, unknown fields', () => {
    const doc = new Y.Doc();
    const fa = addFocusArea(doc, { title: 'Painopiste' });
    const goal = addGoal(doc, fa, { title: 'Tavoite' });
    const good = addMeasure(doc, goal, { title: 'Hyvä' });
    doc.transact(() => {
      getMeta(doc).set('title', 42);
      const measures = getMeasureMap(doc);
      // Wrong types everywhere.
      const bad = new Y.Map<unknown>();
      measures.set('bad', bad);
      bad.set('goalId', goal);
      bad.set('order', 7);
      bad.set('title', 123);
      bad.set('responsible', 'plain string instead of Y.Text');
      bad.set('indicator', new Y.Map());
      bad.set('schedule', new Y.Text('2025'));
      bad.set('status', 'purple');
      bad.set('targetGroup', 'kids');
      bad.set('statusNote', null);
      bad.set('somethingNew', 'ignored');
      // Not a map at all.
      measures.set('scalar', 'not a map');
      measures.set('array', new Y.Array());
      // Missing fields.
      const empty = new Y.Map<unknown>();
      measures.set('empty', empty);
      empty.set('goalId', goal);
      // Parents that do not exist (orphans of concurrent deletes).
      const orphan = new Y.Map<unknown>();
      measures.set('orphan', orphan);
      orphan.set('goalId', 'deleted-goal');
      orphan.set('title', new Y.Text('orphan'));
      const orphanGoal = new Y.Map<unknown>();
      getGoalMap(doc).set('orphanGoal', orphanGoal);
      orphanGoal.set('focusAreaId', 'deleted-focus-area');
      const noParent = new Y.Map<unknown>();
      getGoalMap(doc).set('noParent', noParent);
      noParent.set('focusAreaId', 5);
      getGoalMap(doc).set('junk', 17);
      getFocusAreaMap(doc).set('junkFa', 'x');
      const weirdFa = new Y.Map<unknown>();
      getFocusAreaMap(doc).set('weirdFa', weirdFa);
      weirdFa.set('title', ['not', 'text']);
    });

    let data!: ReturnType<typeof readPlanData>;
    expect(() => (data = readPlanData(doc, 'p'))).not.toThrow();
    expect(data.title).toBe('');
    expect(readPlanTitle(doc)).toBe('');
    expect(data.focusAreas.map((f) => f.id).sort()).toEqual([fa, 'weirdFa'].sort());
    const weird = data.focusAreas.find((f) => f.id === 'weirdFa')!;
    expect(weird).toEqual({ id: 'weirdFa', title: '', goals: [] });
    const real = data.focusAreas.find((f) => f.id === fa)!;
    expect(real.goals.map((g) => g.id)).toEqual([goal]);
    const measures = real.goals[0]!.measures;
    expect(measures.map((m) => m.id).sort()).toEqual(['bad', 'empty', good].sort());
    expect(measures.find((m) => m.id === 'bad')).toEqual({
      id: 'bad',
      title: '',
      responsible: 'plain string instead of Y.Text',
      // Text that names no group of schema 1 is a group of its own: no text is dropped.
      targetGroup: 'kids',
      indicator: '',
      schedule: '',
      status: 'unassessed',
      statusNote: '',
      responsibleParties: [{ id: expect.any(String), name: 'plain string instead of Y.Text' }],
      targetGroups: [{ id: expect.any(String), label: 'kids' }],
      projects: [],
      indicatorIds: [],
    });
    expect(measures.find((m) => m.id === 'empty')).toEqual({
      id: 'empty',
      title: '',
      responsible: '',
      targetGroup: '',
      indicator: '',
      schedule: '',
      status: 'unassessed',
      statusNote: '',
      responsibleParties: [],
      targetGroups: [],
      projects: [],
      indicatorIds: [],
    });
  });

  it('survives a top-level name taken by another type', () => {
    const doc = new Y.Doc();
    doc.getArray('measures').push([1, 2, 3]);
    doc.getText('meta').insert(0, 'x');
    doc.getArray('parties').push([1]);
    expect(() => readPlanData(doc, 'p')).not.toThrow();
    expect(readPlanData(doc, 'p')).toMatchObject({ id: 'p', title: '', focusAreas: [], parties: [], projects: [] });
  });

  it('sorts by order as plain strings with ties broken by id', () => {
    const doc = new Y.Doc();
    const fa = addFocusArea(doc, { title: 'F' });
    const goal = addGoal(doc, fa, { title: 'G' });
    const put = (id: string, order: string) => {
      const m = new Y.Map<unknown>();
      getMeasureMap(doc).set(id, m);
      m.set('goalId', goal);
      m.set('order', order);
      m.set('title', new Y.Text(id));
    };
    doc.transact(() => {
      put('b', 'a1');
      put('a', 'a1');
      put('c', 'Z9'); // uppercase sorts before lowercase as code units
      put('d', 'a0V');
    });
    const ids = readPlanData(doc, 'p').focusAreas[0]!.goals[0]!.measures.map((m) => m.id);
    expect(ids).toEqual(['c', 'd', 'a', 'b']);
  });

  it('reads a single measure map', () => {
    const map = new Y.Doc().getMap<unknown>('x');
    map.set('status', 'done');
    expect(readMeasure('m', map).status).toBe('done');
  });
});
