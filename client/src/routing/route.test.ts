import { describe, expect, it } from 'vitest';
import { groupHref, parseRoute, planHref, type PlanView } from './route';

describe('parseRoute', () => {
  it('reads every page from its hash', () => {
    expect(parseRoute('#/plans')).toEqual({ page: 'plans' });
    expect(parseRoute('#/plans/p1')).toEqual({ page: 'plan', planId: 'p1', view: { kind: 'plan' } });
    expect(parseRoute('#/groups')).toEqual({ page: 'groups' });
    expect(parseRoute('#/groups/g1')).toEqual({ page: 'group', groupId: 'g1' });
    expect(parseRoute('#/admin')).toEqual({ page: 'admin' });
    expect(parseRoute('#/invite/AbC-_12')).toEqual({ page: 'invite', token: 'AbC-_12' });
  });

  it('reads the views of a plan', () => {
    const view = (hash: string) => {
      const route = parseRoute(hash);
      return route.page === 'plan' ? route.view : null;
    };
    expect(view('#/plans/p1/versions')).toEqual({ kind: 'versions' });
    expect(view('#/plans/p1/versions/v1')).toEqual({ kind: 'version', versionId: 'v1' });
    expect(view('#/plans/p1/compare/v1/current')).toEqual({ kind: 'compare', from: 'v1', to: 'current' });
    expect(view('#/plans/p1/compare/v1/v2')).toEqual({ kind: 'compare', from: 'v1', to: 'v2' });
    expect(view('#/plans/p1/report')).toEqual({ kind: 'report' });
  });

  it('round-trips ids through the href helpers', () => {
    expect(parseRoute(planHref('a b/ä'))).toEqual({ page: 'plan', planId: 'a b/ä', view: { kind: 'plan' } });
    expect(parseRoute(groupHref('ryhmä 1'))).toEqual({ page: 'group', groupId: 'ryhmä 1' });
    const views: PlanView[] = [
      { kind: 'plan' },
      { kind: 'versions' },
      { kind: 'version', versionId: 'v/1 ä' },
      { kind: 'compare', from: 'a/b', to: 'current' },
      { kind: 'report' },
    ];
    for (const view of views) {
      expect(parseRoute(planHref('p/1', view))).toEqual({ page: 'plan', planId: 'p/1', view });
    }
  });

  it('falls back to the plan list for anything else', () => {
    const hashes = [
      '', '#', '#/', '#/admin/x', '#/groups/a/b', '#/invite/', '#/unknown',
      '#/plans/p1/', '#/plans/p1/versions/', '#/plans/p1/compare/v1', '#/plans/p1/report/x', '#/plans/p1/other',
    ];
    for (const hash of hashes) {
      expect(parseRoute(hash)).toEqual({ page: 'plans' });
    }
  });
});
