import { describe, expect, it } from 'vitest';
import type { MeasureData, PlanData } from '../../../shared/plan';
import { resolveDrop } from './drop';
import { keyboardMove, locate } from './moves';

function m(id: string): MeasureData {
  return {
    id,
    title: id,
    responsible: '',
    targetGroup: '',
    indicator: '',
    schedule: '',
    status: 'unassessed',
    statusNote: '',
  };
}

const VIEW: PlanData = {
  id: 'p',
  title: 'Suunnitelma',
  focusAreas: [
    {
      id: 'fa1',
      title: 'FA1',
      goals: [
        { id: 'g1', title: 'G1', measures: [m('m1'), m('m2')] },
        { id: 'g2', title: 'G2', measures: [] },
      ],
    },
    { id: 'fa2', title: 'FA2', goals: [{ id: 'g3', title: 'G3', measures: [m('m3')] }] },
    { id: 'fa3', title: 'FA3', goals: [] },
  ],
};

describe('keyboard moves', () => {
  it('moves a measure past its neighbour within the goal', () => {
    expect(keyboardMove(VIEW, 'measure', 'm2', 'up')).toEqual({
      kind: 'measure',
      id: 'm2',
      to: { goalId: 'g1', before: 'm1' },
    });
    expect(keyboardMove(VIEW, 'measure', 'm1', 'down')).toEqual({
      kind: 'measure',
      id: 'm1',
      to: { goalId: 'g1', after: 'm2' },
    });
  });

  it('moves a measure at the edge of its goal into the neighbouring goal, across focus areas', () => {
    expect(keyboardMove(VIEW, 'measure', 'm2', 'down')?.to).toEqual({ goalId: 'g2', index: 0 });
    expect(keyboardMove(VIEW, 'measure', 'm3', 'up')?.to).toEqual({ goalId: 'g2' });
    expect(keyboardMove(VIEW, 'measure', 'm1', 'up')).toBeNull();
    expect(keyboardMove(VIEW, 'measure', 'm3', 'down')).toBeNull();
  });

  it('moves a measure into a neighbouring goal next to its edge measure', () => {
    const twoGoals: PlanData = {
      ...VIEW,
      focusAreas: [
        {
          id: 'fa',
          title: 'FA',
          goals: [
            { id: 'a', title: 'A', measures: [m('x')] },
            { id: 'b', title: 'B', measures: [m('y')] },
          ],
        },
      ],
    };
    expect(keyboardMove(twoGoals, 'measure', 'y', 'up')?.to).toEqual({ goalId: 'a', after: 'x' });
    expect(keyboardMove(twoGoals, 'measure', 'x', 'down')?.to).toEqual({ goalId: 'b', before: 'y' });
  });

  it('moves goals within and across focus areas', () => {
    expect(keyboardMove(VIEW, 'goal', 'g2', 'up')).toEqual({
      kind: 'goal',
      id: 'g2',
      to: { focusAreaId: 'fa1', before: 'g1' },
    });
    expect(keyboardMove(VIEW, 'goal', 'g2', 'down')?.to).toEqual({ focusAreaId: 'fa2', before: 'g3' });
    expect(keyboardMove(VIEW, 'goal', 'g3', 'down')?.to).toEqual({ focusAreaId: 'fa3', index: 0 });
    expect(keyboardMove(VIEW, 'goal', 'g1', 'up')).toBeNull();
  });

  it('moves focus areas among themselves only', () => {
    expect(keyboardMove(VIEW, 'focusArea', 'fa2', 'up')).toEqual({ kind: 'focusArea', id: 'fa2', to: { before: 'fa1' } });
    expect(keyboardMove(VIEW, 'focusArea', 'fa2', 'down')?.to).toEqual({ after: 'fa3' });
    expect(keyboardMove(VIEW, 'focusArea', 'fa1', 'up')).toBeNull();
    expect(keyboardMove(VIEW, 'focusArea', 'fa3', 'down')).toBeNull();
  });

  it('is null for unknown ids', () => {
    expect(keyboardMove(VIEW, 'measure', 'nope', 'up')).toBeNull();
    expect(keyboardMove(VIEW, 'goal', 'nope', 'up')).toBeNull();
    expect(keyboardMove(VIEW, 'focusArea', 'nope', 'up')).toBeNull();
  });
});

describe('locate', () => {
  it('tells the parent and the place of each kind', () => {
    expect(locate(VIEW, 'measure', 'm2')).toEqual({ parent: 'G1', position: 2, count: 2 });
    expect(locate(VIEW, 'goal', 'g3')).toEqual({ parent: 'FA2', position: 1, count: 1 });
    expect(locate(VIEW, 'focusArea', 'fa3')).toEqual({ parent: 'Suunnitelma', position: 3, count: 3 });
    expect(locate(VIEW, 'measure', 'nope')).toBeNull();
  });
});

describe('drops', () => {
  const measure = { kind: 'measure', id: 'm1' } as const;
  const goal = { kind: 'goal', id: 'g1' } as const;
  const focusArea = { kind: 'focusArea', id: 'fa1' } as const;

  it('puts a measure beside another measure or at the end of a goal', () => {
    expect(resolveDrop(measure, { focusAreaId: 'fa2', goalId: 'g3', measureId: 'm3' }, 'after')).toEqual({
      move: { kind: 'measure', id: 'm1', to: { goalId: 'g3', after: 'm3' } },
      indicator: 'after',
    });
    expect(resolveDrop(measure, { focusAreaId: 'fa1', goalId: 'g2' }, 'before')).toEqual({
      move: { kind: 'measure', id: 'm1', to: { goalId: 'g2' } },
      indicator: 'into',
    });
    expect(resolveDrop(measure, { focusAreaId: 'fa1', goalId: 'g1', measureId: 'm1' }, 'before')).toBeNull();
    expect(resolveDrop(measure, { focusAreaId: 'fa1' }, 'before')).toBeNull();
  });

  it('puts a goal beside another goal or first under a focus area', () => {
    expect(resolveDrop(goal, { focusAreaId: 'fa2', goalId: 'g3' }, 'before')).toEqual({
      move: { kind: 'goal', id: 'g1', to: { focusAreaId: 'fa2', before: 'g3' } },
      indicator: 'before',
    });
    expect(resolveDrop(goal, { focusAreaId: 'fa3' }, 'after')).toEqual({
      move: { kind: 'goal', id: 'g1', to: { focusAreaId: 'fa3', index: 0 } },
      indicator: 'into',
    });
    expect(resolveDrop(goal, { focusAreaId: 'fa1', goalId: 'g1' }, 'after')).toBeNull();
    expect(resolveDrop(goal, { focusAreaId: 'fa1', goalId: 'g2', measureId: 'm9' }, 'after')).toBeNull();
  });

  it('puts a focus area beside another focus area header only', () => {
    expect(resolveDrop(focusArea, { focusAreaId: 'fa3' }, 'after')).toEqual({
      move: { kind: 'focusArea', id: 'fa1', to: { after: 'fa3' } },
      indicator: 'after',
    });
    expect(resolveDrop(focusArea, { focusAreaId: 'fa1' }, 'after')).toBeNull();
    expect(resolveDrop(focusArea, { focusAreaId: 'fa2', goalId: 'g3' }, 'after')).toBeNull();
  });
});
