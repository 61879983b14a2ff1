import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../api/groups';
import { plannableGroups } from './planGroups';

const group = (id: string, name: string, myRole: GroupSummary['myRole']): GroupSummary => ({
  id,
  name,
  myRole,
  planCount: 0,
  createdAt: '2025-01-01T00:00:00.000Z',
});

const groups = [
  group('lanu', 'Lasten ja nuorten ohjausryhmä', 'member'),
  group('tyo', 'Työikäisten ohjausryhmä', 'secretary'),
  group('hyv', 'Hyvinvointiryhmä', 'chair'),
  group('muu', 'Ympäristöryhmä', null),
];

describe('plannableGroups', () => {
  it('offers the groups where the user is chair or secretary', () => {
    expect(plannableGroups(groups, false).map((g) => g.id)).toEqual(['hyv', 'tyo']);
  });

  it('offers every group to an administrator', () => {
    expect(plannableGroups(groups, true).map((g) => g.id)).toEqual(['hyv', 'lanu', 'tyo', 'muu']);
  });
});
