// @ts-check
/// <reference lib="webworker" />
/**
 * The offline shell of Hyte-työtila (registered by src/collab/offlineShell.ts).
 * Network first, always: online, every answer comes from the server as
 * before, so a new deployment is picked up at once. Only when the network
 * fails does the worker answer from its cache what a cold start needs (the
 * page, its scripts and styles, who is signed in, an open plan), so that a
 * plan opened before can be opened again and its offline copy (IndexedDB)
 * shown and edited. Nothing else is ever cached: no other API answer, no
 * export, no request other than GET. Signing out deletes the cache.
 */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

// The page deletes this cache on signing out (OFFLINE_SHELL_CACHE in offlineShell.ts).
const CACHE = 'hyte-offline-shell';
const SESSION = '/api/session';
const PLAN = /^\/api\/plans\/[A-Za-z0-9_-]{1,64}$/;

/**
 * Bumped when the page signs out: an answer fetched before that is not
 * stored after it (the worker may be fetching the session while it ends).
 */
let generation = 0;

/**
 * The cache key of a request the shell keeps, or null for everything else.
 * @param {Request} request
 */
function keyOf(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return null;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/collab')) {
    // Not a page even when opened as one (an export link): only the session and plans.
    return url.pathname === SESSION || PLAN.test(url.pathname) ? url.pathname : null;
  }
  if (url.pathname.startsWith('/assets/')) return url.pathname;
  // Every page of the app (`/`, `/plans/<id>/report`, …) is the one index.html, as the server answers
  // (server/http/webApp.ts); a file opened as a page (a dot in its last segment) is not the page.
  return request.mode === 'navigate' && !/\.[^/]*$/.test(url.pathname) ? '/' : null;
}

/**
 * Stores a good answer; an answer saying the session or the plan is gone
 * (401, 403, 404) removes what was kept, so that it is not shown offline.
 * @param {string} key
 * @param {Response} response
 * @param {number} since the generation when the request was sent
 */
async function keep(key, response, since) {
  if (since !== generation) return;
  const cache = await caches.open(CACHE);
  if (response.ok && response.type === 'basic') {
    if (key === '/' && !(response.headers.get('content-type') ?? '').startsWith('text/html')) return;
    await cache.put(key, response);
  } else if (key === SESSION && response.status === 401) {
    // Signed out (elsewhere, or the session expired): nothing of it stays.
    await caches.delete(CACHE);
  } else if ([401, 403, 404].includes(response.status)) {
    await cache.delete(key);
  }
}

/**
 * @param {Request} request
 * @param {string} key
 */
async function networkFirst(request, key) {
  const since = generation;
  try {
    const response = await fetch(request);
    await keep(key, response.clone(), since).catch(() => undefined);
    return response;
  } catch (error) {
    const cached = await caches.match(key, { cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}

/**
 * Fetches what the page asks to keep; for the page itself, also the scripts
 * and styles it loads (their names change with every build, and the ones the
 * new page no longer loads are dropped).
 * @param {string[]} urls
 */
async function keepAll(urls) {
  const since = generation;
  await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
      if (url === '/' && response.ok) {
        const html = await response.clone().text();
        const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
        await Promise.all(assets.map(async (asset) => keep(asset, await fetch(asset), since)));
        const cache = await caches.open(CACHE);
        for (const request of await cache.keys()) {
          const path = new URL(request.url).pathname;
          if (path.startsWith('/assets/') && !assets.includes(path)) await cache.delete(request);
        }
      }
      await keep(url, response, since);
    }),
  );
}

sw.addEventListener('install', () => void sw.skipWaiting());
sw.addEventListener('activate', (event) => event.waitUntil(sw.clients.claim()));

sw.addEventListener('fetch', (event) => {
  const key = keyOf(event.request);
  if (key) event.respondWith(networkFirst(event.request, key));
});

sw.addEventListener('message', (event) => {
  // Only the app's own pages can message the worker; still, nothing but its own paths is fetched.
  const data = event.data;
  if (data?.type === 'forget') {
    generation += 1;
    event.waitUntil(caches.delete(CACHE));
  } else if (data?.type === 'keep' && Array.isArray(data.urls)) {
    const urls = data.urls.filter((url) => url === '/' || url === SESSION || (typeof url === 'string' && PLAN.test(url)));
    // Offline, keeping fails: what was kept before stays.
    event.waitUntil(keepAll(urls).catch(() => undefined));
  }
});
