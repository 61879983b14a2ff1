import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import porvoo from '../demo/porvoo-measures.json';
import { isPlanDocEmpty } from './doc';
import { importMeasureTable, importVocabularies, MeasureTableError } from './import';
import { readPlanData } from './read';
import type { MeasureData, PlanData } from './types';
import { nameKey, splitGroupLabels, splitPartyNames } from './vocabularyNames';

const pori = JSON.parse(readFileSync(new URL('./fixtures/pori-hankkeet.json', import.meta.url), 'utf8')) as {
  projects: Array<{ name: string; description: string; start: string; end: string; funding: string }>;
};

/** The target group keys of schema 1, which imports still accept. */
const SCHEMA_1_KEYS: Record<string, string> = { 'children-youth': 'lapset ja nuoret', 'working-age': 'työikäiset', 'older-people': 'ikäihmiset', all: 'kaikki' };
const measuresOf = (data: PlanData): MeasureData[] => data.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.measures));
const keys = (names: string[]) => names.map(nameKey);
const table = (measures: unknown[], extra: Record<string, unknown> = {}) => ({
  focusAreas: [{ title: 'Painopiste', goals: [{ title: 'Tavoite', measures }] }],
  ...extra,
});

/** Every name of the input is among the measure's entries and the plan's: the test of "nothing dropped". */
function expectNothingDropped(data: PlanData, input: { responsible?: string; responsibleParties?: string[]; targetGroup?: string; targetGroups?: string[]; projects?: string[] }, measure: MeasureData) {
  const parties = [...(input.responsibleParties ?? []), ...splitPartyNames(input.responsible ?? '')];
  const groups = [...(input.targetGroups ?? []), ...splitGroupLabels(input.targetGroup ?? '').map((label) => SCHEMA_1_KEYS[label] ?? label)];
  expect(keys(measure.responsibleParties!.map((p) => p.name))).toEqual(expect.arrayContaining(keys(parties.filter((n) => n.trim()))));
  expect(keys(measure.targetGroups!.map((g) => g.label))).toEqual(expect.arrayContaining(keys(groups.filter((n) => n.trim()))));
  expect(keys(measure.projects!.map((p) => p.name))).toEqual(expect.arrayContaining(keys(input.projects ?? [])));
  const plan = (list: Array<{ id: string }>) => new Set(list.map((e) => e.id));
  for (const ref of measure.responsibleParties!) expect(plan(data.parties!).has(ref.id)).toBe(true);
  for (const ref of measure.targetGroups!) expect(plan(data.targetGroups!).has(ref.id)).toBe(true);
  for (const ref of measure.projects!) expect(plan(data.projects!).has(ref.id)).toBe(true);
}

describe('importing drops nothing', () => {
  it('makes every party and group of the Porvoo table an entry of its measure', () => {
    const doc = new Y.Doc();
    importMeasureTable(doc, porvoo);
    const data = readPlanData(doc, 'p');
    const source = porvoo.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.measures));
    measuresOf(data).forEach((measure, i) => expectNothingDropped(data, source[i]!, measure));
    // 48 party names in the table, 40 different ones; the four groups a plan starts with.
    expect(data.parties).toHaveLength(new Set(source.flatMap((m) => keys(splitPartyNames(m.responsible ?? '')))).size);
    expect(data.targetGroups!.map((g) => g.label)).toEqual(['lapset ja nuoret', 'työikäiset', 'ikäihmiset', 'kaikki']);
  });

  it('imports Pori\'s projects with their details', () => {
    const doc = new Y.Doc();
    importVocabularies(doc, pori);
    expect(readPlanData(doc, 'p').projects).toEqual(pori.projects.map((p) => ({ id: expect.any(String), url: '', ...p })));
  });

  it('keeps groups and parties of every shape, listed or in texts, and hostile names', () => {
    const many = Array.from({ length: 500 }, (_, i) => `Työryhmä ${i + 1}`);
    const hostile = ['x'.repeat(10_000), '<img src=x onerror=alert(1)>', '👩‍👩‍👧‍👦 Perheet 🧓', '!!!', '...', '"; DROP TABLE plans; --'];
    const inputs = [
      { title: 'Ryhmät', targetGroup: 'maahanmuuttajat', responsible: 'Vammaisneuvosto' },
      { title: 'Monta', targetGroup: 'lapset ja nuoret, ikäihmiset', responsible: 'Sosiaali- ja terveystoimi, nuorisopalvelut' },
      { title: 'Vanha avain', targetGroup: 'children-youth' },
      { title: 'Listat', responsibleParties: ['Kombi', 'Hyvis'], targetGroups: ['Vammaiset henkilöt', 'omaishoitajat'], projects: ['Liveability-hanke'] },
      { title: 'Viisisataa', responsibleParties: many },
      { title: 'Vihamieliset', responsibleParties: hostile, targetGroups: hostile.slice(1), projects: hostile.slice(2) },
    ];
    const doc = new Y.Doc();
    importMeasureTable(doc, table(inputs));
    const data = readPlanData(doc, 'p');
    const measures = measuresOf(data);
    inputs.forEach((input, i) => expectNothingDropped(data, input, measures[i]!));
    expect(measures[1]!.targetGroup).toBe('lapset ja nuoret, ikäihmiset');
    expect(measures[1]!.responsibleParties!.map((p) => p.name)).toEqual(['Sosiaali- ja terveystoimi', 'nuorisopalvelut']);
    expect(measures[2]!.targetGroup).toBe('lapset ja nuoret');
    expect(measures[4]!.responsibleParties).toHaveLength(500);
    expect(measures[4]!.responsibleParties![0]!.name).toBe('Työryhmä 1');
    expect(measures[5]!.responsibleParties!.map((p) => p.name)).toEqual(hostile);
  });

  it('treats the same name ignoring case and extra spaces as one entry, here and in the body\'s lists', () => {
    const doc = new Y.Doc();
    importMeasureTable(
      doc,
      table([{ title: 'A', responsible: 'Nuoriso palvelut' }, { title: 'B', responsibleParties: ['  NUORISO   palvelut '], targetGroup: 'Ikäihmiset' }], {
        parties: [{ name: 'nuoriso palvelut', contacts: [{ name: 'Aino Virtanen', email: 'aino@porvoo.fi' }] }],
      }),
    );
    const data = readPlanData(doc, 'p');
    expect(data.parties).toEqual([{ id: expect.any(String), name: 'nuoriso palvelut', contacts: [{ name: 'Aino Virtanen', email: 'aino@porvoo.fi' }] }]);
    const [a, b] = measuresOf(data);
    expect(a!.responsibleParties).toEqual(b!.responsibleParties);
    expect(b!.targetGroups![0]!.id).toBe(data.targetGroups![2]!.id);
  });

  it('refuses more names than a measure may have, writing nothing', () => {
    const doc = new Y.Doc();
    const responsible = Array.from({ length: 5001 }, (_, i) => `t${i}`).join(',');
    expect(() => importMeasureTable(doc, table([{ title: 'M', responsible }]))).toThrow(MeasureTableError);
    expect(isPlanDocEmpty(doc)).toBe(true);
  });
});
