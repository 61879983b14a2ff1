import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getMeasureMap, getMeta } from './doc';
import { upgradePlanData } from './planDataUpgrade';
import { readPlanData } from './read';
import { restorePlanContent } from './restore';
import { partiesFollowText, groupsFollowText } from './measureRefs';
import type { PlanData } from './types';
import { planDocNeedsUpgrade, upgradePlanDoc, upgradePlanDocAsServer } from './upgrade';
import { createEntry, updateEntry } from './vocabularyEdits';
import { nameKey, splitPartyNames } from './vocabularyNames';

/** The Porvoo demo as the code of schema 1 stored it (see fixtures/README.md). */
function planOfSchema1(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, readFileSync(new URL('./fixtures/plan-v1.bin', import.meta.url)));
  return doc;
}
const dataOfSchema1 = (): PlanData => JSON.parse(readFileSync(new URL('./fixtures/plan-v1.data.json', import.meta.url), 'utf8'));
const measuresOf = (data: PlanData) => data.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures));

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('migrating a plan of schema 1', () => {
  it('makes every responsible name and target group an entry, and reads exactly as before', () => {
    const doc = planOfSchema1();
    const old = dataOfSchema1();
    const before = readPlanData(doc, 'fixture');
    expect(planDocNeedsUpgrade(doc)).toBe(true);
    expect(upgradePlanDoc(doc, 'migration')).toBe(true);
    expect(getMeta(doc).get('schemaVersion')).toBe(2);
    const after = readPlanData(doc, 'fixture');
    expect(after).toEqual(before);

    // No text dropped: every name of every old responsible text is a party of its measure.
    const names = new Set(measuresOf(old).flatMap((m) => splitPartyNames(m.responsible).map(nameKey)));
    expect(new Set(after.parties!.map((p) => nameKey(p.name)))).toEqual(names);
    measuresOf(old).forEach((was, i) => {
      const now = measuresOf(after)[i]!;
      expect(now.id).toBe(was.id);
      expect(now.responsibleParties!.map((p) => p.name)).toEqual(splitPartyNames(was.responsible));
      expect(now.targetGroup).toBe({ '': '', 'children-youth': 'lapset ja nuoret', 'working-age': 'työikäiset', 'older-people': 'ikäihmiset', all: 'kaikki' }[was.targetGroup as string]);
    });
    expect(after.targetGroups!.map((g) => g.label)).toEqual(['lapset ja nuoret', 'työikäiset', 'ikäihmiset', 'kaikki']);
    for (const [, measure] of getMeasureMap(doc)) {
      expect(partiesFollowText(measure as Y.Map<unknown>)).toBe(false);
      expect(groupsFollowText(measure as Y.Map<unknown>)).toBe(false);
    }
  });

  it('is idempotent: a migrated plan is not written again', () => {
    const doc = planOfSchema1();
    upgradePlanDoc(doc);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(planDocNeedsUpgrade(doc)).toBe(false);
    expect(upgradePlanDoc(doc)).toBe(false);
    expect(updates).toBe(0);
  });

  it('gives one result when two servers migrate the same plan at once', () => {
    const a = planOfSchema1();
    const b = planOfSchema1();
    const alone = planOfSchema1();
    upgradePlanDoc(a);
    upgradePlanDoc(b);
    upgradePlanDoc(alone);
    sync(a, b);
    const merged = readPlanData(a, 'p');
    expect(readPlanData(b, 'p')).toEqual(merged);
    expect(merged).toEqual(readPlanData(alone, 'p'));
    // Entries written twice at one key are one entry each.
    expect(a.getMap('parties').size).toBe(alone.getMap('parties').size);
    expect(a.getMap('targetGroups').size).toBe(4);
  });

  it('keeps what a client adds right after its server migrated, when another server migrates at the same time', () => {
    const a = planOfSchema1();
    const b = planOfSchema1();
    upgradePlanDoc(a);
    upgradePlanDoc(b);
    // A new party and a new measure reference on server a's side before b's migration arrives.
    const id = createEntry(a, 'party', { name: 'Porvoon Yrittäjät ry', contacts: [{ name: 'Aino', email: 'aino@example.fi' }] }).id;
    sync(a, b);
    const data = readPlanData(b, 'p');
    expect(data.parties!.find((p) => p.id === id)?.contacts).toEqual([{ name: 'Aino', email: 'aino@example.fi' }]);
    expect(readPlanData(a, 'p')).toEqual(data);
  });

  it('keeps an edit of a migrated entry made before another server\'s migration of the same state arrives', () => {
    // Migrated by two ordinary clients, the rename was lost in 9 of 20 runs: the other copy of the entry won.
    for (let run = 0; run < 20; run++) {
      const a = planOfSchema1();
      const b = planOfSchema1();
      upgradePlanDocAsServer(a);
      upgradePlanDocAsServer(b);
      const hyvis = readPlanData(a, 'p').parties!.find((p) => p.name === 'Hyvis')!;
      updateEntry(a, 'party', hyvis.id, { name: 'Hyvinvointiryhmä' });
      sync(a, b);
      const data = readPlanData(b, 'p');
      expect(readPlanData(a, 'p')).toEqual(data);
      expect(data.parties!.find((p) => p.id === hyvis.id)?.name).toBe('Hyvinvointiryhmä');
      expect(a.getMap('parties').size).toBe(data.parties!.length);
    }
  });

  it('migrates two different states as two changes that merge', () => {
    const a = planOfSchema1();
    const b = planOfSchema1();
    const [, first] = [...getMeasureMap(b).entries()][0]!;
    (first as Y.Map<unknown>).set('targetGroup', 'maahanmuuttajat');
    upgradePlanDocAsServer(a);
    upgradePlanDocAsServer(b);
    sync(a, b);
    const data = readPlanData(a, 'p');
    expect(readPlanData(b, 'p')).toEqual(data);
    expect(data.targetGroups!.map((g) => g.label)).toContain('maahanmuuttajat');
  });

  it('reads the stored data of a version of schema 1 as its migration reads', () => {
    const upgraded = upgradePlanData(dataOfSchema1());
    expect(upgraded).toEqual(readPlanData(planOfSchema1(), 'fixture'));
    const doc = planOfSchema1();
    upgradePlanDoc(doc);
    expect(upgraded).toEqual(readPlanData(doc, 'fixture'));
    // Data of schema 2 is returned as it is.
    expect(upgradePlanData(upgraded)).toBe(upgraded);
  });

  it('restores a version of schema 1 into a migrated plan without losing the plan\'s vocabularies', () => {
    const doc = planOfSchema1();
    upgradePlanDoc(doc);
    const partner = createEntry(doc, 'party', { name: 'Kumppani', contacts: [{ name: 'Ville', email: 'v@example.fi' }] }).id;
    const before = readPlanData(doc, 'p');
    restorePlanContent(doc, planOfSchema1());
    const after = readPlanData(doc, 'p');
    expect(measuresOf(after)).toEqual(measuresOf(before));
    expect(after.parties!.find((p) => p.id === partner)?.contacts).toEqual([{ name: 'Ville', email: 'v@example.fi' }]);
    expect(planDocNeedsUpgrade(doc)).toBe(false);
  });
});
