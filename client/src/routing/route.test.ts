import { describe, expect, it } from 'vitest';
import { groupHref, parseRoute, planHref } from './route';

describe('parseRoute', () => {
  it('reads every page from its hash', () => {
    expect(parseRoute('#/plans')).toEqual({ page: 'plans' });
    expect(parseRoute('#/plans/p1')).toEqual({ page: 'plan', planId: 'p1' });
    expect(parseRoute('#/groups')).toEqual({ page: 'groups' });
    expect(parseRoute('#/groups/g1')).toEqual({ page: 'group', groupId: 'g1' });
    expect(parseRoute('#/admin')).toEqual({ page: 'admin' });
    expect(parseRoute('#/invite/AbC-_12')).toEqual({ page: 'invite', token: 'AbC-_12' });
  });

  it('round-trips ids through the href helpers', () => {
    expect(parseRoute(planHref('a b/ä'))).toEqual({ page: 'plan', planId: 'a b/ä' });
    expect(parseRoute(groupHref('ryhmä 1'))).toEqual({ page: 'group', groupId: 'ryhmä 1' });
  });

  it('falls back to the plan list for anything else', () => {
    for (const hash of ['', '#', '#/', '#/admin/x', '#/groups/a/b', '#/invite/', '#/unknown']) {
      expect(parseRoute(hash)).toEqual({ page: 'plans' });
    }
  });
});
