import { describe, expect, it } from 'vitest';
import { cellEditors, cellKey, editorsSignature } from './presence';

const anna = { id: 'u1', name: 'Anna', color: '#1f5fbf' };
const bea = { id: 'u2', name: 'Bea', color: '#b3261e' };

describe('table presence', () => {
  it('lists who edits which field, leaving out this client', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: anna, editing: { kind: 'measure', id: 'm1', field: 'title' } }],
      [2, { user: bea, editing: { kind: 'measure', id: 'm1', field: 'title' } }],
      [3, { user: bea, editing: { kind: 'goal', id: 'g1', field: 'title' } }],
    ]);
    const editors = cellEditors(states, 3);
    expect(editors.get(cellKey({ kind: 'measure', id: 'm1', field: 'title' }))).toEqual([
      { clientId: 1, name: 'Anna', color: '#1f5fbf' },
      { clientId: 2, name: 'Bea', color: '#b3261e' },
    ]);
    expect(editors.has('goal:g1:title')).toBe(false);
  });

  it('skips states without a user or with a garbled field', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { editing: { kind: 'measure', id: 'm1', field: 'title' } }],
      [2, { user: anna, editing: { kind: 'row', id: 'm1', field: 'title' } }],
      [3, { user: anna, editing: null }],
      [4, { user: { name: 5 }, editing: { kind: 'measure', id: 'm1', field: 'title' } }],
    ]);
    expect(cellEditors(states, 99).size).toBe(0);
  });

  it('has a signature that ignores the order of the states', () => {
    const a = new Map<number, Record<string, unknown>>([
      [1, { user: anna, editing: { kind: 'measure', id: 'm1', field: 'title' } }],
      [2, { user: bea, editing: { kind: 'focusArea', id: 'f', field: 'title' } }],
    ]);
    const b = new Map([...a].reverse());
    expect(editorsSignature(cellEditors(a, 0))).toBe(editorsSignature(cellEditors(b, 0)));
  });
});
