import { useEffect, useState } from 'react';

/** What an open plan shows: its text and table, its versions, one version, a comparison, or the yearly report. */
export type PlanView =
  | { kind: 'plan' }
  | { kind: 'versions' }
  | { kind: 'version'; versionId: string }
  /** `to` is a version id or `current`, the live plan. */
  | { kind: 'compare'; from: string; to: string }
  | { kind: 'report' };

export type Route =
  | { page: 'plans' }
  | { page: 'plan'; planId: string; view: PlanView }
  | { page: 'groups' }
  | { page: 'group'; groupId: string }
  | { page: 'admin' }
  | { page: 'invite'; token: string };

/** The `to` of a comparison with the live plan, as the API names it. */
export const CURRENT = 'current';

/** One path segment: a route's id, as the href helpers encode it. */
const SEGMENT = '([^/?#]+)';

const PLAN_VIEWS: ReadonlyArray<{ pattern: RegExp; view: (ids: string[]) => PlanView }> = [
  { pattern: /^$/, view: () => ({ kind: 'plan' }) },
  { pattern: /^\/versions$/, view: () => ({ kind: 'versions' }) },
  { pattern: new RegExp(`^/versions/${SEGMENT}$`), view: ([versionId]) => ({ kind: 'version', versionId: versionId! }) },
  {
    pattern: new RegExp(`^/compare/${SEGMENT}/${SEGMENT}$`),
    view: ([from, to]) => ({ kind: 'compare', from: from!, to: to! }),
  },
  { pattern: /^\/report$/, view: () => ({ kind: 'report' }) },
];

function parsePlanView(rest: string): PlanView | null {
  for (const { pattern, view } of PLAN_VIEWS) {
    const match = pattern.exec(rest);
    if (match) return view(match.slice(1).map(decodeURIComponent));
  }
  return null;
}

/**
 * `#/plans/<id>` opens a plan (`/versions[/<versionId>]`, `/compare/<from>/<to>`
 * and `/report` after it open its other views), `#/groups[/<id>]`, `#/admin`,
 * `#/invite/<token>`; anything else is the plan list.
 */
export function parseRoute(hash: string): Route {
  const segment = (prefix: string) => {
    const match = new RegExp(`^#/${prefix}/${SEGMENT}$`).exec(hash);
    return match?.[1] ? decodeURIComponent(match[1]) : null;
  };
  const plan = new RegExp(`^#/plans/${SEGMENT}(.*)$`).exec(hash);
  const view = plan ? parsePlanView(plan[2]!) : null;
  if (plan && view) return { page: 'plan', planId: decodeURIComponent(plan[1]!), view };
  const groupId = segment('groups');
  if (groupId) return { page: 'group', groupId };
  const token = segment('invite');
  if (token) return { page: 'invite', token };
  if (hash === GROUPS_HREF) return { page: 'groups' };
  if (hash === ADMIN_HREF) return { page: 'admin' };
  return { page: 'plans' };
}

/** The link to a plan's view (by default its text and table); `parseRoute` reads it back. */
export function planHref(planId: string, view: PlanView = { kind: 'plan' }): string {
  const base = `#/plans/${encodeURIComponent(planId)}`;
  switch (view.kind) {
    case 'plan':
      return base;
    case 'versions':
    case 'report':
      return `${base}/${view.kind}`;
    case 'version':
      return `${base}/versions/${encodeURIComponent(view.versionId)}`;
    case 'compare':
      return `${base}/compare/${encodeURIComponent(view.from)}/${encodeURIComponent(view.to)}`;
  }
}

export function groupHref(groupId: string): string {
  return `#/groups/${encodeURIComponent(groupId)}`;
}

export const PLANS_HREF = '#/plans';
export const GROUPS_HREF = '#/groups';
export const ADMIN_HREF = '#/admin';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
