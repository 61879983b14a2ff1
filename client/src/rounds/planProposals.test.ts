import { describe, expect, it } from 'vitest';
import type { PlanProposal } from './api';
import { groupKeepingUnchanged } from './planProposals';

const proposal = (id: string, measureId: string, at: string): PlanProposal => ({
  id,
  roundId: 'r1',
  roundTitle: 'Kevään 2026 tilannekysely',
  requestId: 'q1',
  measureId,
  status: 'done',
  statusNote: '',
  indicatorValues: [],
  by: { name: 'Sanna Sivistys', email: 'sanna.sivistys@porvoo.fi' },
  at,
  state: 'pending',
  decidedAt: null,
  decidedBy: null,
});

describe('groupKeepingUnchanged', () => {
  it('groups by measure, newest first, and keeps the same array for a measure whose proposals did not change', () => {
    const first = groupKeepingUnchanged([proposal('p1', 'm1', '2026-03-01T10:00:00Z'), proposal('p2', 'm2', '2026-03-01T11:00:00Z')], new Map());
    const again = groupKeepingUnchanged(
      [proposal('p1', 'm1', '2026-03-01T10:00:00Z'), proposal('p2', 'm2', '2026-03-01T11:00:00Z'), proposal('p3', 'm2', '2026-03-02T09:00:00Z')],
      first,
    );
    // A fresh copy from the server, the same proposals: the row of m1 need not render.
    expect(again.get('m1')).toBe(first.get('m1'));
    expect(again.get('m2')).not.toBe(first.get('m2'));
    expect(again.get('m2')!.map((p) => p.id)).toEqual(['p3', 'p2']);
    expect(groupKeepingUnchanged([proposal('p3', 'm2', '2026-03-02T09:00:00Z')], again).has('m1')).toBe(false);
  });
});
