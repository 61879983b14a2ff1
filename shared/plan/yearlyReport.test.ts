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
    // " ja " joins one unit's name; "Mielenterveys-" is the first half of a compound.
    expect(responsibleParties('kaikki toimialat, kehittämisyksikkö ja viestintä.')).toEqual(['kaikki toimialat', 'kehittämisyksikkö ja viestintä.']);
    expect(responsibleParties('Mielenterveys- ja päihdesuunnitelma')).toEqual(['Mielenterveys- ja päihdesuunnitelma']);
    expect(responsibleParties('')).toEqual([]);
  });

  it('counts statuses per responsible party and target group, and lists changes since a version', () => {
    const before = plan([measure('a', 'sivistystoimi', 'started'), measure('b', 'liikunta', 'started')]);
    const now = plan([measure('a', 'sivistystoimi, liikunta', 'done', 'all'), measure('c', 'Liikunta', 'not-started', 'older-people')]);
    const report = buildYearlyReport(now, { id: 'v1', label: 'Valtuustolle 2025', createdAt: '2025-06-12T00:00:00Z', data: before });
    expect(report.total).toEqual({ done: 1, started: 0, 'not-started': 1, unassessed: 0 });
    // One row per party: "liikunta" and "Liikunta" are one.
    expect(report.byResponsible).toEqual([
      { key: expect.any(String), name: 'liikunta', counts: { done: 1, started: 0, 'not-started': 1, unassessed: 0 } },
      { key: expect.any(String), name: 'sivistystoimi', counts: { done: 1, started: 0, 'not-started': 0, unassessed: 0 } },
    ]);
    expect(report.byLeadResponsible.map((g) => [g.name, g.counts.done + g.counts['not-started']])).toEqual([
      ['liikunta', 1],
      ['sivistystoimi', 1],
    ]);
    // Schema 1's keys are read as the four groups; every group of the plan has its row.
    expect(report.byTargetGroup.map((g) => [g.name, g.counts.done + g.counts['not-started']])).toEqual([
      ['lapset ja nuoret', 0],
      ['työikäiset', 0],
      ['ikäihmiset', 1],
      ['kaikki', 1],
    ]);
    expect(report.byProject).toEqual([{ key: '', name: '', counts: { done: 1, started: 0, 'not-started': 1, unassessed: 0 } }]);
    expect(report.changes?.statusChanged).toEqual([expect.objectContaining({ from: 'started', to: 'done' })]);
    expect(report.changes?.added.map((m) => m.id)).toEqual(['c']);
    expect(report.changes?.removed.map((m) => m.id)).toEqual(['b']);
  });
});
