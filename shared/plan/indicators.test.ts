import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PlanDocError } from './doc';
import {
  addPlanIndicator,
  getIndicatorMap,
  readMunicipalityCode,
  readPlanIndicator,
  readPlanIndicators,
  removePlanIndicator,
  setLocalValues,
  setMunicipalityCode,
  updatePlanIndicator,
} from './indicators';
import { restorePlanContent } from './restore';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('the plan document: indicators', () => {
  it('adds Sotkanet and local indicators in order, once each for Sotkanet', () => {
    const doc = new Y.Doc();
    const a = addPlanIndicator(doc, { source: 'sotkanet', sourceId: 5, title: 'Toimeentulotukea saaneet', unit: 'prosenttia' });
    const b = addPlanIndicator(doc, { source: 'local', title: '  Liikuntapaikkojen käyntikerrat ', unit: 'käyntiä' });
    expect(readPlanIndicators(doc)).toEqual([
      { id: a, source: 'sotkanet', sourceId: 5, title: 'Toimeentulotukea saaneet', unit: 'prosenttia', target: null, baselineYear: null, localValues: [] },
      { id: b, source: 'local', sourceId: null, title: 'Liikuntapaikkojen käyntikerrat', unit: 'käyntiä', target: null, baselineYear: null, localValues: [] },
    ]);
    expect(() => addPlanIndicator(doc, { source: 'sotkanet', sourceId: 5, title: 'Taas' })).toThrow(PlanDocError);
    expect(() => addPlanIndicator(doc, { source: 'local', title: ' ' })).toThrow(/must not be empty/);
  });

  it('sets a target and a baseline year, and clears them', () => {
    const doc = new Y.Doc();
    const id = addPlanIndicator(doc, { source: 'sotkanet', sourceId: 186, title: 'Kuolleisuus' });
    updatePlanIndicator(doc, id, { target: { year: 2028, value: 800, direction: 'decrease' }, baselineYear: 2022 });
    expect(readPlanIndicator(doc, id)).toMatchObject({ target: { year: 2028, value: 800, direction: 'decrease' }, baselineYear: 2022 });
    expect(() => updatePlanIndicator(doc, id, { title: 'Oma nimi' })).toThrow(/come from Sotkanet/);
    expect(() => updatePlanIndicator(doc, id, { target: { year: 3000, value: 1 } })).toThrow(/year/);
    updatePlanIndicator(doc, id, { target: null, baselineYear: null });
    expect(readPlanIndicator(doc, id)).toMatchObject({ target: null, baselineYear: null });
    expect(() => updatePlanIndicator(doc, 'nope', { baselineYear: 2020 })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it("keeps both people's figures when they enter different years at once", () => {
    const one = new Y.Doc();
    const id = addPlanIndicator(one, { source: 'local', title: 'Harrastuskerhot' });
    setLocalValues(one, id, [{ year: 2022, value: 10 }]);
    const two = new Y.Doc();
    sync(one, two);
    setLocalValues(one, id, [{ year: 2022, value: 10 }, { year: 2023, value: 12 }]);
    setLocalValues(two, id, [{ year: 2022, value: 11 }]);
    sync(one, two);
    expect(readPlanIndicator(one, id)?.localValues).toEqual([{ year: 2022, value: 11 }, { year: 2023, value: 12 }]);
    expect(readPlanIndicator(two, id)?.localValues).toEqual(readPlanIndicator(one, id)?.localValues);
    expect(() => setLocalValues(one, id, [{ year: 2022, value: 1 }, { year: 2022, value: 2 }])).toThrow(/twice/);
    setLocalValues(one, id, []);
    expect(readPlanIndicator(one, id)?.localValues).toEqual([]);
  });

  it('refuses figures for a Sotkanet indicator', () => {
    const doc = new Y.Doc();
    const id = addPlanIndicator(doc, { source: 'sotkanet', sourceId: 5, title: 'x' });
    expect(() => setLocalValues(doc, id, [{ year: 2022, value: 1 }])).toThrow(/come from Sotkanet/);
  });

  it('reads what a peer wrote wrongly without throwing, skipping what it cannot read', () => {
    const doc = new Y.Doc();
    const map = getIndicatorMap(doc);
    map.set('text', 'not a map');
    const bad = new Y.Map<unknown>();
    map.set('bad', bad);
    bad.set('source', 'sotkanet');
    bad.set('sourceId', 'five');
    const odd = new Y.Map<unknown>();
    map.set('odd', odd);
    odd.set('source', 'local');
    odd.set('title', 42);
    odd.set('target', { year: 'soon', value: 1 });
    const values = new Y.Map<unknown>();
    odd.set('localValues', values);
    values.set('2021', 'many');
    values.set('2022', 3);
    values.set('nope', 4);
    expect(readPlanIndicators(doc)).toEqual([
      { id: 'odd', source: 'local', sourceId: null, title: '', unit: '', target: null, baselineYear: null, localValues: [{ year: 2022, value: 3 }] },
    ]);
  });

  it('keeps the municipality code in meta, and a restore brings indicators back', () => {
    const doc = new Y.Doc();
    expect(readMunicipalityCode(doc)).toBeNull();
    setMunicipalityCode(doc, '638');
    const id = addPlanIndicator(doc, { source: 'local', title: 'Oma mittari' });
    setLocalValues(doc, id, [{ year: 2024, value: 3 }]);
    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
    expect(readMunicipalityCode(version)).toBe('638');
    removePlanIndicator(doc, id);
    setMunicipalityCode(doc, null);
    expect(readPlanIndicators(doc)).toEqual([]);
    restorePlanContent(doc, version);
    expect(readMunicipalityCode(doc)).toBe('638');
    expect(readPlanIndicator(doc, id)?.localValues).toEqual([{ year: 2024, value: 3 }]);
    expect(() => setMunicipalityCode(doc, 'Porvoo')).toThrow(/three digits/);
  });
});
