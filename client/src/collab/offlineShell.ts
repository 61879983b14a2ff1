import { useEffect } from 'react';

/** The service worker's cache; `public/offline-sw.js` names it the same. */
export const OFFLINE_SHELL_CACHE = 'hyte-offline-shell';
const WORKER_URL = '/offline-sw.js';

/**
 * Lets an open plan be opened again without a network: the service worker
 * answers from its cache what a cold start asks for (the page, its scripts,
 * who is signed in, the plan) when the network fails, and the plan's content
 * comes from the offline copy. The worker is asked to fetch these now,
 * because the page loaded them before it was there to see them.
 * Without service workers (plain http other than localhost, old browsers) a
 * reload needs the network, but the offline copy still keeps unsent edits.
 */
export function useOfflineShell(planId: string): void {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let current = true;
    navigator.serviceWorker
      .register(WORKER_URL)
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (!current) return;
        const urls = ['/', '/api/session', `/api/plans/${encodeURIComponent(planId)}`];
        registration.active?.postMessage({ type: 'keep', urls });
      })
      // Refused (e.g. an insecure origin): the plan works as before, only not from a cold start offline.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [planId]);
}

/** Drops the shell's cache, also in a worker that is fetching something into it right now. */
export async function forgetOfflineShell(): Promise<void> {
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
    const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
    registration?.active?.postMessage({ type: 'forget' });
  }
  if (typeof caches !== 'undefined') await caches.delete(OFFLINE_SHELL_CACHE);
}
