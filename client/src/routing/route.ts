import { useEffect, useState } from 'react';

export type Route = { page: 'plans' } | { page: 'plan'; planId: string };

/** `#/plans/<id>` opens a plan; anything else is the plan list. */
export function parseRoute(hash: string): Route {
  const match = /^#\/plans\/([^/?#]+)$/.exec(hash);
  if (match?.[1]) return { page: 'plan', planId: decodeURIComponent(match[1]) };
  return { page: 'plans' };
}

export function planHref(planId: string): string {
  return `#/plans/${encodeURIComponent(planId)}`;
}

export const PLANS_HREF = '#/plans';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
