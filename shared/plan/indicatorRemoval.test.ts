import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, addGoal, addMeasure } from './doc';
import { addPlanIndicator, readPlanIndicators, removePlanIndicator } from './indicators';
import { initPlanDoc } from './init';
import { setMeasureIndicators } from './measureWrite';
import { readPlanData } from './read';

function planWithIndicators() {
  const doc = new Y.Doc();
  initPlanDoc(doc, { title: 'Suunnitelma', body: { type: 'doc', content: [{ type: 'paragraph' }] } });
  const goal = addGoal(doc, addFocusArea(doc, { title: 'Painopiste' }), { title: 'Tavoite' });
  const a = addPlanIndicator(doc, { source: 'sotkanet', sourceId: 5, title: 'Toimeentulotukea saaneet' });
  const b = addPlanIndicator(doc, { source: 'local', title: 'Nuorisotalon kävijät' });
  const both = addMeasure(doc, goal, { title: 'Molemmat' });
  const onlyA = addMeasure(doc, goal, { title: 'Vain A' });
  const none = addMeasure(doc, goal, { title: 'Ei mittaria' });
  setMeasureIndicators(doc, both, [a, b]);
  setMeasureIndicators(doc, onlyA, [a]);
  return { doc, a, b, both, onlyA, none };
}

const indicatorIdsOf = (doc: Y.Doc) =>
  Object.fromEntries(readPlanData(doc, 'p').focusAreas.flatMap((f) => f.goals.flatMap((g) => g.measures.map((m) => [m.title, m.indicatorIds]))));

describe('removing an indicator from the plan', () => {
  it("takes it out of every measure's indicatorIds and keeps the other references", () => {
    const { doc, a } = planWithIndicators();
    expect(indicatorIdsOf(doc)).toMatchObject({ Molemmat: [expect.any(String), expect.any(String)], 'Vain A': [a] });
    expect(removePlanIndicator(doc, a)).toBe(true);
    const b = readPlanIndicators(doc).map((i) => i.id);
    expect(b).toHaveLength(1);
    expect(indicatorIdsOf(doc)).toEqual({ Molemmat: b, 'Vain A': [], 'Ei mittaria': [] });
  });

  it('does it in the same transaction as the removal: another replica never sees a measure naming a removed indicator', () => {
    const { doc, a } = planWithIndicators();
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    removePlanIndicator(doc, a, 'remover');
    expect(updates).toHaveLength(1);
    Y.applyUpdate(replica, updates[0]!);
    expect(readPlanIndicators(replica).map((i) => i.id)).not.toContain(a);
    expect(Object.values(indicatorIdsOf(replica)).flat()).not.toContain(a);
  });

  it('changes nothing for an id the plan does not have', () => {
    const { doc } = planWithIndicators();
    const before = Y.encodeStateVector(doc);
    expect(removePlanIndicator(doc, 'no-such-indicator')).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
