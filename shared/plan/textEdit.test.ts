import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, addGoal, addMeasure, getMeasure, MAX_TEXT_LENGTH, PlanDocError } from './doc';
import { readPlanData } from './read';
import { diffText, editEntityText, getEntityText } from './textEdit';

function setup() {
  const doc = new Y.Doc();
  const fa = addFocusArea(doc, { title: 'Painopiste' });
  const goal = addGoal(doc, fa, { title: 'Tavoite' });
  const measure = addMeasure(doc, goal, { title: 'aa', responsible: 'sivistystoimi' });
  return { doc, fa, goal, measure };
}

function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'remote');
  Y.applyUpdate(a, toA, 'remote');
}

describe('diffText', () => {
  it('is null for equal texts', () => {
    expect(diffText('abc', 'abc', 1)).toBeNull();
  });

  it('places a typed letter at the caret, not at the end of a run of equal letters', () => {
    expect(diffText('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa', 3)).toEqual({ index: 2, remove: 0, insert: 'a' });
  });

  it('deletes the letter Backspace or Delete removed among equal ones', () => {
    // "abbc": Backspace after the second b leaves the caret at 2.
    expect(diffText('abbc', 'abc', 2)).toEqual({ index: 2, remove: 1, insert: '' });
    // Delete before the first b leaves the caret at 1.
    expect(diffText('abbc', 'abc', 1)).toEqual({ index: 1, remove: 1, insert: '' });
  });

  it('replaces a selection with pasted text', () => {
    expect(diffText('hyvä maailma', 'hyvä Porvoo', 11)).toEqual({ index: 5, remove: 7, insert: 'Porvoo' });
  });

  it('falls back to prefix and suffix without a caret', () => {
    expect(diffText('abc', 'abXc')).toEqual({ index: 2, remove: 0, insert: 'X' });
  });

  it('clamps a caret outside the text', () => {
    expect(diffText('ab', 'abc', 99)).toEqual({ index: 2, remove: 0, insert: 'c' });
    expect(diffText('ab', 'xab', -5)).toEqual({ index: 0, remove: 0, insert: 'x' });
  });

  it('never splits a surrogate pair', () => {
    // 😀 and 😃 share their high surrogate.
    const edit = diffText('a😀b', 'a😃b', 3);
    expect(edit).toEqual({ index: 1, remove: 2, insert: '😃' });
    const tail = diffText('😀', '😃', 2);
    expect(tail).toEqual({ index: 0, remove: 2, insert: '😃' });
  });
});

describe('editEntityText', () => {
  it('edits a measure field, a goal title and a focus area title with the given origin', () => {
    const { doc, fa, goal, measure } = setup();
    const origin = { local: true };
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    editEntityText(doc, { kind: 'measure', id: measure, field: 'responsible' }, 'sivistystoimi, Kombi', 20, origin);
    editEntityText(doc, { kind: 'goal', id: goal, field: 'title' }, 'Tavoite 1', 9, origin);
    editEntityText(doc, { kind: 'focusArea', id: fa, field: 'title' }, '1. Painopiste', 3, origin);
    const data = readPlanData(doc, 'p');
    expect(data.focusAreas[0]?.title).toBe('1. Painopiste');
    expect(data.focusAreas[0]?.goals[0]?.title).toBe('Tavoite 1');
    expect(data.focusAreas[0]?.goals[0]?.measures[0]?.responsible).toBe('sivistystoimi, Kombi');
    expect(origins).toEqual([origin, origin, origin]);
  });

  it('keeps the same Y.Text, so concurrent typing in one field merges', () => {
    const { doc: a, measure } = setup();
    const b = new Y.Doc();
    sync(a, b);
    const ref = { kind: 'measure', id: measure, field: 'title' } as const;
    const before = getEntityText(a, ref);
    editEntityText(a, ref, 'aaXYZ', 5);
    editEntityText(b, ref, 'aa123', 5);
    sync(a, b);
    expect(getEntityText(a, ref)).toBe(before);
    const merged = getEntityText(a, ref)?.toString() ?? '';
    expect(merged).toBe(getEntityText(b, ref)?.toString());
    expect(merged).toContain('XYZ');
    expect(merged).toContain('123');
    expect(merged.length).toBe(8);
  });

  it('accepts an empty title while it is retyped', () => {
    const { doc, measure } = setup();
    editEntityText(doc, { kind: 'measure', id: measure, field: 'title' }, '', 0);
    expect(readPlanData(doc, 'p').focusAreas[0]?.goals[0]?.measures[0]?.title).toBe('');
  });

  it('refuses unknown entities, non-text fields and overlong texts', () => {
    const { doc, measure } = setup();
    expect(() => editEntityText(doc, { kind: 'goal', id: 'nope', field: 'title' }, 'x')).toThrow(PlanDocError);
    const status = { kind: 'measure', id: measure, field: 'status' } as unknown as Parameters<typeof editEntityText>[1];
    expect(() => editEntityText(doc, status, 'done')).toThrow(PlanDocError);
    const long = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    expect(() => editEntityText(doc, { kind: 'measure', id: measure, field: 'indicator' }, long)).toThrow(
      /longer than/,
    );
  });

  it('starts a field over when a peer left a plain string in it', () => {
    const { doc, measure } = setup();
    getMeasure(doc, measure)?.set('indicator', 'vanha');
    expect(getEntityText(doc, { kind: 'measure', id: measure, field: 'indicator' })).toBeUndefined();
    editEntityText(doc, { kind: 'measure', id: measure, field: 'indicator' }, 'uusi mittari');
    expect(getEntityText(doc, { kind: 'measure', id: measure, field: 'indicator' })?.toString()).toBe('uusi mittari');
  });
});
