import { useMemo, useSyncExternalStore } from 'react';
import { legacyHashHref, parseRoute, type Route } from './route';

/*
 * The address bar is the route: pages are ordinary paths (`/plans/<id>/report`),
 * changed with the History API, so links in e-mails and bookmarks are plain
 * addresses and back and forward work. No router library: the routes are few
 * and `route.ts` parses them; this file only keeps React in step with
 * `location.pathname`.
 */

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** An old `#/…` link becomes its path in place (no new history entry), on load and when pasted into the address bar. */
export function redirectLegacyHash(): void {
  const href = legacyHashHref(location.hash);
  if (href !== null) history.replaceState(history.state, '', href);
}

function onBrowserNavigation(): void {
  redirectLegacyHash();
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    // Back, forward, and a fragment typed into the address bar.
    window.addEventListener('popstate', onBrowserNavigation);
    window.addEventListener('hashchange', onBrowserNavigation);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('popstate', onBrowserNavigation);
      window.removeEventListener('hashchange', onBrowserNavigation);
    }
  };
}

/**
 * Shows another page of the app without reloading. `replace` for a page that
 * stands in for the current one (e.g. after setting a password), so that
 * back does not return to it. Following the address already shown does
 * nothing, as a link to the current page did with hash routing.
 */
export function navigate(href: string, { replace = false }: { replace?: boolean } = {}): void {
  const target = new URL(href, location.href);
  if (target.pathname === location.pathname && target.search === location.search && target.hash === location.hash) return;
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  notify();
}

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, () => location.pathname);
  return useMemo(() => parseRoute(pathname), [pathname]);
}
