import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, addGoal, addMeasure, deleteMeasure, getMeasure, PlanDocError } from './doc';
import { writeTableField } from './fieldWrite';
import { readPlanData } from './read';

function setup() {
  const doc = new Y.Doc();
  const fa = addFocusArea(doc, { title: 'Painopiste' });
  const goal = addGoal(doc, fa, { title: 'Tavoite' });
  const measure = addMeasure(doc, goal, { title: 'aa', responsible: 'sivistystoimi' });
  return { doc, fa, goal, measure };
}

describe('writeTableField', () => {
  it('writes a text at the caret, keeping the field a Y.Text', () => {
    const { doc, measure } = setup();
    const text = getMeasure(doc, measure)?.get('title');
    writeTableField(doc, { kind: 'measure', id: measure, field: 'title' }, 'aaa', { caret: 1 });
    expect(getMeasure(doc, measure)?.get('title')).toBe(text);
    expect(String(text)).toBe('aaa');
  });

  it('writes the titles of goals and focus areas', () => {
    const { doc, fa, goal } = setup();
    writeTableField(doc, { kind: 'goal', id: goal, field: 'title' }, 'Uusi tavoite');
    writeTableField(doc, { kind: 'focusArea', id: fa, field: 'title' }, 'Uusi painopiste');
    const data = readPlanData(doc, 'p');
    expect(data.focusAreas[0]?.title).toBe('Uusi painopiste');
    expect(data.focusAreas[0]?.goals[0]?.title).toBe('Uusi tavoite');
  });

  it('writes status and schedule whole, with the origin given', () => {
    const { doc, measure } = setup();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const origin = { name: 'me' };
    writeTableField(doc, { kind: 'measure', id: measure, field: 'status' }, 'started', { origin });
    writeTableField(doc, { kind: 'measure', id: measure, field: 'schedule' }, 'syksy 2026', { origin });
    const written = readPlanData(doc, 'p').focusAreas[0]?.goals[0]?.measures[0];
    expect(written).toMatchObject({ status: 'started', schedule: 'syksy 2026' });
    expect(origins).toEqual([origin, origin]);
  });

  it('refuses a value its field does not take, and a measure that is gone, writing nothing', () => {
    const { doc, measure } = setup();
    const before = Y.encodeStateVector(doc);
    expect(() => writeTableField(doc, { kind: 'measure', id: measure, field: 'status' }, 'valmis')).toThrow(PlanDocError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    deleteMeasure(doc, measure);
    expect(() => writeTableField(doc, { kind: 'measure', id: measure, field: 'statusNote' }, 'x')).toThrow(PlanDocError);
    expect(() => writeTableField(doc, { kind: 'measure', id: measure, field: 'schedule' }, 'x')).toThrow(PlanDocError);
  });
});
