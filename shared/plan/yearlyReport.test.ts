import { describe, expect, it } from 'vitest';
import type { PlanData } from './types';
import { buildYearlyReport, responsibleParties } from './yearlyReport';

const measure = (id: string, responsible: string, status: 'done' | 'started' | 'not-started' | 'unassessed', targetGroup: '' | 'all' | 'older-people' = '') => ({
  id,
  title: id,
  responsible,
  targetGroup,
  indicator: '',
  schedule: '',
  status,
  statusNote: '',
});

const plan = (measures: ReturnType<typeof measure>[]): PlanData => ({
  id: 'p',
  title: 'P',
  focusAreas: [{ id: 'f', title: 'F', goals: [{ id: 'g', title: 'G', measures }] }],
});

describe('the yearly report', () => {
  it('splits responsible parties as municipalities write them', () => {
    expect(responsibleParties('kaikki toimialat, kehittämisyksikkö ja viestintä.')).toEqual(['kaikki toimialat', 'kehittämisyksikkö', 'viestintä']);
    expect(responsibleParties('')).toEqual(['']);
  });

  it('counts statuses per responsible party and target group, and lists changes since a version', () => {
    const before = plan([measure('a', 'sivistystoimi', 'started'), measure('b', 'liikunta', 'started')]);
    const now = plan([measure('a', 'sivistystoimi, liikunta', 'done', 'all'), measure('c', 'Liikunta', 'not-started', 'older-people')]);
    const report = buildYearlyReport(now, { id: 'v1', label: 'Valtuustolle 2025', createdAt: '2025-06-12T00:00:00Z', data: before });
    expect(report.total).toEqual({ done: 1, started: 0, 'not-started': 1, unassessed: 0 });
    expect(report.byResponsible).toEqual([
      { key: 'liikunta', counts: { done: 1, started: 0, 'not-started': 1, unassessed: 0 } },
      { key: 'sivistystoimi', counts: { done: 1, started: 0, 'not-started': 0, unassessed: 0 } },
    ]);
    expect(report.byTargetGroup.map((g) => g.key)).toEqual(['all', 'older-people']);
    expect(report.changes?.statusChanged).toEqual([expect.objectContaining({ from: 'started', to: 'done' })]);
    expect(report.changes?.added.map((m) => m.id)).toEqual(['c']);
    expect(report.changes?.removed.map((m) => m.id)).toEqual(['b']);
  });
});
