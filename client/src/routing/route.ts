/** What an open plan shows: its text and table, its versions, one version, a comparison, or the yearly report. */
export type PlanView =
  | { kind: 'plan' }
  | { kind: 'versions' }
  | { kind: 'version'; versionId: string }
  /** `to` is a version id or `current`, the live plan. */
  | { kind: 'compare'; from: string; to: string }
  | { kind: 'report' }
  /** The plan's indicators (mittarit) with their charts. */
  | { kind: 'indicators' }
  /** Status rounds (tilannekyselyt): the list, or one round's progress and answers. */
  | { kind: 'rounds' }
  | { kind: 'round'; roundId: string }
  /** The plan's responsible parties, target groups and projects. */
  | { kind: 'vocabularies' };

export type Route =
  | { page: 'plans' }
  | { page: 'plan'; planId: string; view: PlanView }
  | { page: 'groups' }
  | { page: 'group'; groupId: string }
  | { page: 'meeting'; meetingId: string }
  | { page: 'admin' }
  | { page: 'invite'; token: string }
  /** A status round's respondent, from the link in the mail (no account needed). */
  | { page: 'respond'; token: string }
  /** A signed-in respondent's request, from the bell. */
  | { page: 'request'; requestId: string };

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
  { pattern: /^\/indicators$/, view: () => ({ kind: 'indicators' }) },
  { pattern: /^\/rounds$/, view: () => ({ kind: 'rounds' }) },
  { pattern: /^\/vocabularies$/, view: () => ({ kind: 'vocabularies' }) },
  { pattern: new RegExp(`^/rounds/${SEGMENT}$`), view: ([roundId]) => ({ kind: 'round', roundId: roundId! }) },
];

function parsePlanView(rest: string): PlanView | null {
  for (const { pattern, view } of PLAN_VIEWS) {
    const match = pattern.exec(rest);
    if (match) return view(match.slice(1).map(decodeURIComponent));
  }
  return null;
}

/** A percent-escape that does not decode (`%zz`) makes the path unknown rather than throwing. */
function safely(parse: () => Route): Route {
  try {
    return parse();
  } catch {
    return { page: 'plans' };
  }
}

/**
 * `/plans/<id>` opens a plan (`/versions[/<versionId>]`, `/compare/<from>/<to>`
 * and `/report` after it open its other views), `/groups[/<id>]`, `/admin`,
 * `/invite/<token>`; `/` and anything else is the plan list.
 */
export function parseRoute(pathname: string): Route {
  return safely(() => {
    const segment = (prefix: string) => {
      const match = new RegExp(`^/${prefix}/${SEGMENT}$`).exec(pathname);
      return match?.[1] ? decodeURIComponent(match[1]) : null;
    };
    const plan = new RegExp(`^/plans/${SEGMENT}(.*)$`).exec(pathname);
    const view = plan ? parsePlanView(plan[2]!) : null;
    if (plan && view) return { page: 'plan', planId: decodeURIComponent(plan[1]!), view };
    const groupId = segment('groups');
    if (groupId) return { page: 'group', groupId };
    const meetingId = segment('meetings');
    if (meetingId) return { page: 'meeting', meetingId };
    const token = segment('invite');
    if (token) return { page: 'invite', token };
    const responseToken = segment('respond');
    if (responseToken) return { page: 'respond', token: responseToken };
    const requestId = segment('requests');
    if (requestId) return { page: 'request', requestId };
    if (pathname === GROUPS_HREF) return { page: 'groups' };
    if (pathname === ADMIN_HREF) return { page: 'admin' };
    return { page: 'plans' };
  });
}

/** The link to a plan's view (by default its text and table); `parseRoute` reads it back. */
export function planHref(planId: string, view: PlanView = { kind: 'plan' }): string {
  const base = `/plans/${encodeURIComponent(planId)}`;
  switch (view.kind) {
    case 'plan':
      return base;
    case 'versions':
    case 'report':
    case 'indicators':
    case 'rounds':
    case 'vocabularies':
      return `${base}/${view.kind}`;
    case 'round':
      return `${base}/rounds/${encodeURIComponent(view.roundId)}`;
    case 'version':
      return `${base}/versions/${encodeURIComponent(view.versionId)}`;
    case 'compare':
      return `${base}/compare/${encodeURIComponent(view.from)}/${encodeURIComponent(view.to)}`;
  }
}

export function groupHref(groupId: string): string {
  return `/groups/${encodeURIComponent(groupId)}`;
}

export function meetingHref(meetingId: string): string {
  return `/meetings/${encodeURIComponent(meetingId)}`;
}

export const PLANS_HREF = '/';
export const GROUPS_HREF = '/groups';
export const ADMIN_HREF = '/admin';

/** The address of a route: the inverse of `parseRoute`. */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'plans':
      return PLANS_HREF;
    case 'plan':
      return planHref(route.planId, route.view);
    case 'groups':
      return GROUPS_HREF;
    case 'group':
      return groupHref(route.groupId);
    case 'meeting':
      return meetingHref(route.meetingId);
    case 'admin':
      return ADMIN_HREF;
    case 'invite':
      return `/invite/${encodeURIComponent(route.token)}`;
    case 'respond':
      return `/respond/${encodeURIComponent(route.token)}`;
    case 'request':
      return `/requests/${encodeURIComponent(route.requestId)}`;
  }
}

/**
 * Where a link of the earlier hash routing (`#/plans/<id>/report`, still in
 * old e-mails and bookmarks) now points, or null for any other fragment
 * (`#main`, a heading's id). Read as the path it held, so that what it opened
 * then it opens now; `#/plans`, the old plan list, is `/`.
 */
export function legacyHashHref(hash: string): string | null {
  return hash.startsWith('#/') ? routeHref(parseRoute(hash.slice(1))) : null;
}
