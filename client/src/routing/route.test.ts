import { describe, expect, it } from 'vitest';
import { groupHref, legacyHashHref, parseRoute, planHref, routeHref, type PlanView, type Route } from './route';

describe('parseRoute', () => {
  it('reads every page from its path', () => {
    expect(parseRoute('/')).toEqual({ page: 'plans' });
    expect(parseRoute('/plans/p1')).toEqual({ page: 'plan', planId: 'p1', view: { kind: 'plan' } });
    expect(parseRoute('/groups')).toEqual({ page: 'groups' });
    expect(parseRoute('/groups/g1')).toEqual({ page: 'group', groupId: 'g1' });
    expect(parseRoute('/admin')).toEqual({ page: 'admin' });
    expect(parseRoute('/invite/AbC-_12')).toEqual({ page: 'invite', token: 'AbC-_12' });
  });

  it('reads the views of a plan', () => {
    const view = (path: string) => {
      const route = parseRoute(path);
      return route.page === 'plan' ? route.view : null;
    };
    expect(view('/plans/p1/versions')).toEqual({ kind: 'versions' });
    expect(view('/plans/p1/versions/v1')).toEqual({ kind: 'version', versionId: 'v1' });
    expect(view('/plans/p1/compare/v1/current')).toEqual({ kind: 'compare', from: 'v1', to: 'current' });
    expect(view('/plans/p1/compare/v1/v2')).toEqual({ kind: 'compare', from: 'v1', to: 'v2' });
    expect(view('/plans/p1/report')).toEqual({ kind: 'report' });
    expect(view('/plans/p1/indicators')).toEqual({ kind: 'indicators' });
    expect(view('/plans/p1/vocabularies')).toEqual({ kind: 'vocabularies' });
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
      { kind: 'indicators' },
      { kind: 'vocabularies' },
    ];
    for (const view of views) {
      expect(parseRoute(planHref('p/1', view))).toEqual({ page: 'plan', planId: 'p/1', view });
    }
  });

  it('writes every route back as the path it was read from', () => {
    const routes: Route[] = [
      { page: 'plans' },
      { page: 'plan', planId: 'p 1', view: { kind: 'report' } },
      { page: 'groups' },
      { page: 'group', groupId: 'g/1' },
      { page: 'admin' },
      { page: 'invite', token: 'AbC-_12' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
    expect(routeHref({ page: 'invite', token: 'AbC-_12' })).toBe('/invite/AbC-_12');
  });

  it('falls back to the plan list for anything else', () => {
    const paths = [
      '', '/plans', '/admin/x', '/groups/a/b', '/invite/', '/unknown', '/plans/%zz', '/groups/%E4',
      '/plans/p1/', '/plans/p1/versions/', '/plans/p1/compare/v1', '/plans/p1/report/x', '/plans/p1/other',
    ];
    for (const path of paths) {
      expect(parseRoute(path)).toEqual({ page: 'plans' });
    }
  });
});

describe('legacyHashHref', () => {
  it('turns the links of the earlier hash routing into paths', () => {
    expect(legacyHashHref('#/plans/p1/report')).toBe('/plans/p1/report');
    expect(legacyHashHref('#/plans/p%201/compare/v1/current')).toBe('/plans/p%201/compare/v1/current');
    expect(legacyHashHref('#/groups/g1')).toBe('/groups/g1');
    expect(legacyHashHref('#/groups')).toBe('/groups');
    expect(legacyHashHref('#/admin')).toBe('/admin');
    expect(legacyHashHref('#/invite/AbC-_12')).toBe('/invite/AbC-_12');
    expect(legacyHashHref('#/plans')).toBe('/');
    expect(legacyHashHref('#/')).toBe('/');
    expect(legacyHashHref('#/nonsense/x')).toBe('/');
  });

  it('leaves other fragments alone', () => {
    for (const hash of ['', '#', '#main', '#measure-table']) expect(legacyHashHref(hash)).toBeNull();
  });
});
