import { useEffect, useState } from 'react';

export type Route =
  | { page: 'plans' }
  | { page: 'plan'; planId: string }
  | { page: 'groups' }
  | { page: 'group'; groupId: string }
  | { page: 'admin' }
  | { page: 'invite'; token: string };

/** One path segment: a route's id, as the href helpers encode it. */
const SEGMENT = '([^/?#]+)';

/** `#/plans/<id>` opens a plan, `#/groups[/<id>]`, `#/admin`, `#/invite/<token>`; anything else is the plan list. */
export function parseRoute(hash: string): Route {
  const segment = (prefix: string) => {
    const match = new RegExp(`^#/${prefix}/${SEGMENT}$`).exec(hash);
    return match?.[1] ? decodeURIComponent(match[1]) : null;
  };
  const planId = segment('plans');
  if (planId) return { page: 'plan', planId };
  const groupId = segment('groups');
  if (groupId) return { page: 'group', groupId };
  const token = segment('invite');
  if (token) return { page: 'invite', token };
  if (hash === GROUPS_HREF) return { page: 'groups' };
  if (hash === ADMIN_HREF) return { page: 'admin' };
  return { page: 'plans' };
}

export function planHref(planId: string): string {
  return `#/plans/${encodeURIComponent(planId)}`;
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
