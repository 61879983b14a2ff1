import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addFocusArea,
  addGoal,
  addMeasure,
  readPlanData,
  type MeasureData,
  type NamedRef,
  type PlanData,
} from '../../../shared/plan';
import { filterPlan, isFiltering, matchesFilters, NO_FILTERS } from './filter';

const party = (id: string): NamedRef => ({ id, name: id });

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
    responsibleParties: [],
    targetGroups: [],
    projects: [],
    indicatorIds: [],
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
            measure('m1', {
              responsibleParties: [party('sivistys'), party('kombi')],
              status: 'done',
              targetGroups: [{ id: 'lapset', label: 'lapset ja nuoret' }],
              projects: [party('aspu')],
            }),
            measure('m2', { responsibleParties: [party('kombi')], status: 'started' }),
          ],
        },
        { id: 'g2', title: 'Tavoite 2', measures: [measure('m3', { responsibleParties: [party('kaikki')] })] },
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

  it('filters by a party taking part or leading, and by "no party"', () => {
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, party: 'kombi' }))).toEqual(['m1', 'm2']);
    // Kombi leads m2 only: m1's lead is sivistys.
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, party: 'kombi', leadOnly: true }))).toEqual(['m2']);
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, party: 'sivistys', leadOnly: true }))).toEqual(['m1']);
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, party: '' }))).toEqual(['m4']);
    // "Lead only" without a party filters nothing.
    expect(isFiltering({ ...NO_FILTERS, leadOnly: true })).toBe(false);
  });

  it('filters by target group and by project, each also by "none"', () => {
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, targetGroup: 'lapset' }))).toEqual(['m1']);
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, targetGroup: '' }))).toEqual(['m2', 'm3', 'm4']);
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, project: 'aspu' }))).toEqual(['m1']);
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, project: '' }))).toEqual(['m2', 'm3', 'm4']);
    expect(visibleIds(filterPlan(PLAN, { ...NO_FILTERS, project: 'unknown' }))).toEqual([]);
  });

  it('combines filters', () => {
    const m = measure('x', { status: 'done', responsibleParties: [party('kombi')], targetGroups: [{ id: 'all', label: 'kaikki' }] });
    const filters = { ...NO_FILTERS, status: 'done', targetGroup: 'all', party: 'kombi', leadOnly: true } as const;
    expect(matchesFilters(m, filters)).toBe(true);
    expect(matchesFilters(m, { ...filters, targetGroup: 'lapset' })).toBe(false);
    expect(matchesFilters(m, { ...filters, status: 'started' })).toBe(false);
    expect(matchesFilters(m, { ...filters, project: 'aspu' })).toBe(false);
  });

  it('matches the parties by the ids the document gives them, the lead first', () => {
    const doc = new Y.Doc();
    const goal = addGoal(doc, addFocusArea(doc, { title: 'Painopiste' }), { title: 'Tavoite' });
    addMeasure(doc, goal, { title: 'Eka', responsible: 'Nuorisopalvelut, sivistystoimi' });
    const data = readPlanData(doc, 'p');
    const youth = data.parties?.find((p) => p.name === 'Nuorisopalvelut');
    expect(youth).toBeDefined();
    expect(filterPlan(data, { ...NO_FILTERS, party: youth!.id, leadOnly: true }).visible).toBe(1);
    const other = data.parties?.find((p) => p.name === 'sivistystoimi');
    expect(filterPlan(data, { ...NO_FILTERS, party: other!.id, leadOnly: true }).visible).toBe(0);
    expect(filterPlan(data, { ...NO_FILTERS, party: other!.id }).visible).toBe(1);
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
