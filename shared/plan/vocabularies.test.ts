import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, addGoal, addMeasure, getMeasure, PlanDocError, setMeasureField } from './doc';
import { initPlanDoc } from './init';
import { setMeasureIndicators, setMeasureParties, setMeasureProjects } from './measureWrite';
import { readPlanData } from './read';
import { editEntityText } from './textEdit';
import type { MeasureData, PlanData } from './types';
import { upgradePlanDoc } from './upgrade';
import { createEntry, deleteEntry, mergeEntries, updateEntry } from './vocabularyEdits';

function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'remote');
  Y.applyUpdate(a, toA, 'remote');
}

function plan() {
  const doc = new Y.Doc();
  initPlanDoc(doc, { title: 'Suunnitelma', body: { type: 'doc', content: [{ type: 'paragraph' }] } });
  const fa = addFocusArea(doc, { title: 'Painopiste' });
  const goal = addGoal(doc, fa, { title: 'Tavoite' });
  return { doc, goal };
}

function replicas() {
  const { doc: a, goal } = plan();
  const m = addMeasure(a, goal, { title: 'Toimenpide', responsible: 'sivistystoimi' });
  const b = new Y.Doc();
  sync(a, b);
  return { a, b, goal, m };
}

const measures = (data: PlanData): MeasureData[] => data.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.measures));
const measureOf = (doc: Y.Doc, id: string) => measures(readPlanData(doc, 'p')).find((m) => m.id === id)!;

function converged(a: Y.Doc, b: Y.Doc): PlanData {
  const data = readPlanData(a, 'p');
  expect(readPlanData(b, 'p')).toEqual(data);
  return data;
}

describe('vocabularies under concurrent editing', () => {
  it('converges to one party when two replicas create the same name at once, keeping both sides\' contacts', () => {
    const { a, b } = replicas();
    const first = createEntry(a, 'party', { name: 'Nuorisopalvelut', contacts: [{ name: 'Aino', email: 'aino@porvoo.fi' }] });
    const second = createEntry(b, 'party', { name: '  nuorisopalvelut ', contacts: [{ name: 'Ville', email: 'ville@porvoo.fi' }] });
    expect(first).toEqual({ id: second.id, created: true });
    sync(a, b);
    const data = converged(a, b);
    const parties = data.parties!.filter((p) => p.name.toLowerCase() === 'nuorisopalvelut');
    expect(parties).toHaveLength(1);
    expect(parties[0]!.contacts.map((c) => c.email).sort()).toEqual(['aino@porvoo.fi', 'ville@porvoo.fi']);
  });

  it('keeps parties two replicas add to one measure at once, and one of the same party', () => {
    const { a, b, m } = replicas();
    setMeasureField(a, m, 'responsible', 'sivistystoimi, Kombi');
    setMeasureField(b, m, 'responsible', 'sivistystoimi, nuorisopalvelut, kombi');
    sync(a, b);
    const measure = measures(converged(a, b)).find((x) => x.id === m)!;
    // "Kombi" and "kombi", created at once, are one party under one of the two spellings (the same one on both).
    expect(measure.responsibleParties!.map((p) => p.name.toLowerCase()).sort()).toEqual(['kombi', 'nuorisopalvelut', 'sivistystoimi']);
    expect(measure.responsibleParties![0]!.name).toBe('sivistystoimi');
    expect(measure.responsible).toBe(measure.responsibleParties!.map((p) => p.name).join(', '));
  });

  it('converges when one replica renames a party while another adds a party to a measure that has it', () => {
    const { a, b, m } = replicas();
    const sivistys = measureOf(a, m).responsibleParties![0]!.id;
    updateEntry(a, 'party', sivistys, { name: 'Sivistystoimiala' });
    const kombi = createEntry(b, 'party', { name: 'Kombi' }).id;
    setMeasureParties(b, m, [sivistys, kombi]);
    sync(a, b);
    const measure = measures(converged(a, b)).find((x) => x.id === m)!;
    expect(measure.responsibleParties).toEqual([
      { id: sivistys, name: 'Sivistystoimiala' },
      { id: kombi, name: 'Kombi' },
    ]);
  });

  it('keeps every party two replicas put on one measure at once, in one order on every replica', () => {
    const { a, b, m } = replicas();
    const [pa, pb, pc] = ['A', 'B', 'C'].map((name) => createEntry(a, 'party', { name }).id);
    sync(a, b);
    setMeasureParties(a, m, [pc!, pa!]);
    setMeasureParties(b, m, [pb!]);
    sync(a, b);
    const measure = measures(converged(a, b)).find((x) => x.id === m)!;
    // Both replaced "sivistystoimi"; what each added stays, C before A as A wrote them.
    const names = measure.responsibleParties!.map((p) => p.name);
    expect([...names].sort()).toEqual(['A', 'B', 'C']);
    expect(names.indexOf('C')).toBeLessThan(names.indexOf('A'));
  });
});

describe('managing the vocabularies', () => {
  it('renames a party everywhere and refuses a name another party has', () => {
    const { doc, goal } = plan();
    const m1 = addMeasure(doc, goal, { title: 'M1', responsible: 'sivistystoimi, Kombi' });
    const m2 = addMeasure(doc, goal, { title: 'M2', responsibleParties: ['Sivistystoimi'] });
    const id = measureOf(doc, m1).responsibleParties![0]!.id;
    expect(measureOf(doc, m2).responsibleParties![0]!.id).toBe(id);
    updateEntry(doc, 'party', id, { name: 'Sivistyksen toimiala' });
    expect(measureOf(doc, m1).responsible).toBe('Sivistyksen toimiala, Kombi');
    expect(measureOf(doc, m2).responsible).toBe('Sivistyksen toimiala');
    // The contract's Y.Text follows too, for clients that read the document.
    expect(String(getMeasure(doc, m1)!.get('responsible'))).toBe('Sivistyksen toimiala, Kombi');
    expect(() => updateEntry(doc, 'party', id, { name: 'kombi' })).toThrow(PlanDocError);
    // The old name is free again: a new entry, not the renamed one.
    const again = createEntry(doc, 'party', { name: 'sivistystoimi' });
    expect(again.created).toBe(true);
    expect(again.id).not.toBe(id);
  });

  it('merges two parties: measures re-pointed with the lead kept, contacts moved, the merged-away entry gone', () => {
    const { doc, goal } = plan();
    const m1 = addMeasure(doc, goal, { title: 'M1', responsible: 'Sivistys, Kombi' });
    const m2 = addMeasure(doc, goal, { title: 'M2', responsible: 'Kombi, Sivistystoimi, Sivistys' });
    const [sivistys] = measureOf(doc, m1).responsibleParties!;
    const toimi = measureOf(doc, m2).responsibleParties![1]!;
    updateEntry(doc, 'party', sivistys!.id, { contacts: [{ name: 'Aino', email: 'aino@porvoo.fi' }] });
    mergeEntries(doc, 'party', sivistys!.id, toimi.id);
    expect(measureOf(doc, m1).responsible).toBe('Sivistystoimi, Kombi');
    expect(measureOf(doc, m2).responsible).toBe('Kombi, Sivistystoimi');
    const data = readPlanData(doc, 'p');
    expect(data.parties!.map((p) => p.name)).toEqual(['Kombi', 'Sivistystoimi']);
    expect(data.parties!.find((p) => p.id === toimi.id)!.contacts).toEqual([{ name: 'Aino', email: 'aino@porvoo.fi' }]);
    expect(() => mergeEntries(doc, 'party', toimi.id, toimi.id)).toThrow(PlanDocError);
  });

  it('deletes a target group from every measure', () => {
    const { doc, goal } = plan();
    const m = addMeasure(doc, goal, { title: 'M', targetGroup: 'lapset ja nuoret, maahanmuuttajat' });
    const group = measureOf(doc, m).targetGroups![1]!;
    expect(group.label).toBe('maahanmuuttajat');
    expect(deleteEntry(doc, 'targetGroup', group.id)).toBe(true);
    expect(measureOf(doc, m).targetGroup).toBe('lapset ja nuoret');
    expect(readPlanData(doc, 'p').targetGroups!.map((g) => g.label)).toEqual(['lapset ja nuoret', 'työikäiset', 'ikäihmiset', 'kaikki']);
    expect(deleteEntry(doc, 'targetGroup', group.id)).toBe(false);
  });

  it('keeps a project\'s details and a measure\'s projects and indicators', () => {
    const { doc, goal } = plan();
    const m = addMeasure(doc, goal, { title: 'M', projects: ['Liveability-hanke'] });
    const project = measureOf(doc, m).projects![0]!;
    updateEntry(doc, 'project', project.id, { description: 'Elävämpi keskusta', start: '2021', end: '2027', url: 'https://pori.fi' });
    expect(readPlanData(doc, 'p').projects).toEqual([
      { id: project.id, name: 'Liveability-hanke', description: 'Elävämpi keskusta', start: '2021', end: '2027', funding: '', url: 'https://pori.fi' },
    ]);
    setMeasureIndicators(doc, m, ['ind-1', 'ind-2']);
    expect(measureOf(doc, m).indicatorIds).toEqual(['ind-1', 'ind-2']);
    const before = Y.encodeStateVector(doc);
    expect(() => setMeasureProjects(doc, m, ['nope'])).toThrow(PlanDocError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('measures written by clients that know only text', () => {
  it('reads parties from a responsible text typed by an older client, and makes them entries on migration', () => {
    const { doc, goal } = plan();
    const m = addMeasure(doc, goal, { title: 'M', responsible: 'Kombi' });
    const kombi = measureOf(doc, m).responsibleParties![0]!.id;
    editEntityText(doc, { kind: 'measure', id: m, field: 'responsible' }, 'kombi; Uusi taho', 16);
    expect(measureOf(doc, m).responsibleParties).toEqual([
      { id: kombi, name: 'Kombi' },
      { id: expect.any(String), name: 'Uusi taho' },
    ]);
    const before = readPlanData(doc, 'p');
    expect(before.parties!.map((p) => p.name)).toEqual(['Kombi', 'Uusi taho']);
    expect(upgradePlanDoc(doc)).toBe(true);
    expect(readPlanData(doc, 'p')).toEqual(before);
    expect(upgradePlanDoc(doc)).toBe(false);
  });
});
