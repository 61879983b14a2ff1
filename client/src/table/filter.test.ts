import { describe, expect, it } from 'vitest';
import type { MeasureData, PlanData } from '../../../shared/plan';
import { filterPlan, isFiltering, matchesFilters, NO_FILTERS } from './filter';

function measure(id: string, patch: Partial<MeasureData> = {}): MeasureData {
  return {
    id,
    title: `Toimenpide ${id}`,
    responsible: '',
    targetGroup: '',
    indicator: '',
    schedule: '',
    status: 'unassessed',
    statusNote: '',
    ...patch,
  };
}

const PLAN: PlanData = {
  id: 'p',
  title: 'Suunnitelma',
  focusAreas: [
    {
      id: 'fa1',
      title: '1. Osallisuus',
      goals: [
        {
          id: 'g1',
          title: 'Tavoite 1',
          measures: [
            measure('m1', { responsible: 'Sivistystoimi, Kombi', status: 'done', targetGroup: 'children-youth' }),
            measure('m2', { responsible: 'hallintojohto ja viestintä', status: 'started' }),
          ],
        },
        { id: 'g2', title: 'Tavoite 2', measures: [measure('m3', { responsible: 'kaikki toimialat' })] },
        { id: 'g3', title: 'Tyhjä tavoite', measures: [] },
      ],
    },
    { id: 'fa2', title: '2. Palvelut', goals: [{ id: 'g4', title: 'Tavoite 4', measures: [measure('m4')] }] },
  ],
};

function visibleIds(result: ReturnType<typeof filterPlan>): string[] {
  return result.data.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.measures.map((m) => m.id)));
}

describe('table filters', () => {
  it('shows everything, empty goals included, without filters', () => {
    const result = filterPlan(PLAN, NO_FILTERS);
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(result).toMatchObject({ visible: 4, total: 4 });
    expect(result.data.focusAreas[0]?.goals.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
  });

  it('filters by status and keeps every focus area but only goals with matches', () => {
    const result = filterPlan(PLAN, { ...NO_FILTERS, status: 'unassessed' });
    expect(visibleIds(result)).toEqual(['m3', 'm4']);
    expect(result).toMatchObject({ visible: 2, total: 4 });
    expect(result.data.focusAreas.map((fa) => fa.goals.map((g) => g.id))).toEqual([['g2'], ['g4']]);
  });

  it('keeps a focus area without matches as context', () => {
    const result = filterPlan(PLAN, { ...NO_FILTERS, status: 'done' });
    expect(result.data.focusAreas.map((fa) => fa.id)).toEqual(['fa1', 'fa2']);
    expect(result.data.focusAreas[1]?.goals).toEqual([]);
  });

  it('searches the responsible party by words, ignoring case and extra spaces', () => {
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, responsible: '  kombi   SIVISTYS ' }))).toEqual(['m1']);
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, responsible: 'viestintä' }))).toEqual(['m2']);
    expect(isFiltering({ ...NO_FILTERS, responsible: '   ' })).toBe(false);
  });

  it('filters by target group, and by "not set"', () => {
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, targetGroup: 'children-youth' }))).toEqual(['m1']);
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, targetGroup: '' }))).toEqual(['m2', 'm3', 'm4']);
  });

  it('combines filters', () => {
    const m = measure('x', { status: 'done', responsible: 'Kombi', targetGroup: 'all' });
    const filters = { ...NO_FILTERS, status: 'done', targetGroup: 'all', responsible: 'kombi' } as const;
    expect(matchesFilters(m, filters)).toBe(true);
    expect(matchesFilters(m, { ...filters, targetGroup: 'working-age' })).toBe(false);
  });

  it('shows only measures with open comment threads when asked', () => {
    const commented = new Set(['m2', 'm4']);
    const result = filterPlan(PLAN, { ...NO_FILTERS, openComments: true }, new Set(), commented);
    expect(visibleIds(result)).toEqual(['m2', 'm4']);
    expect(isFiltering({ ...NO_FILTERS, openComments: true })).toBe(true);
    // Combined with another filter, both must hold.
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, openComments: true, status: 'started' }, new Set(), commented))).toEqual(['m2']);
  });

  it('keeps pinned measures and goals whatever the filters say', () => {
    const result = filterPlan(PLAN, { ...NO_FILTERS, status: 'done' }, new Set(['m4', 'g3']));
    expect(visibleIds(result)).toEqual(['m1', 'm4']);
    expect(result.visible).toBe(2);
    expect(result.data.focusAreas[0]?.goals.map((g) => g.id)).toEqual(['g1', 'g3']);
  });
});
