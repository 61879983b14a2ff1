import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../api/plans';
import { planCounts } from './planCounts';

const plan = (id: string, groupId: string | null): PlanSummary => ({
  id,
  title: id,
  groupId,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('planCounts', () => {
  it('counts plans per group and leaves private drafts out', () => {
    const counts = planCounts([plan('a', 'lanu'), plan('b', 'lanu'), plan('c', 'tyo'), plan('d', null)]);
    expect(Object.fromEntries(counts)).toEqual({ lanu: 2, tyo: 1 });
  });
});
