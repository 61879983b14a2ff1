import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';

// The offline shell's service worker (client/public/offline-sw.js), run against
// fake `caches` and `fetch`: what it answers, and above all what it never keeps.

const SOURCE = readFileSync(join(import.meta.dirname, '../../public/offline-sw.js'), 'utf8');
const ORIGIN = 'https://hyte.example';

interface FakeResponse {
  ok: boolean;
  status: number;
  type: string;
  headers: Headers;
  body: string;
  clone(): FakeResponse;
  text(): Promise<string>;
}

function answer(body: string, status = 200, contentType = 'application/json'): FakeResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    type: 'basic',
    headers: new Headers({ 'content-type': contentType }),
    body,
    clone() {
      return answer(body, status, contentType);
    },
    text: async () => body,
  };
}

interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

type Listener = (event: any) => void;

function startWorker() {
  const listeners = new Map<string, Listener>();
  const stores = new Map<string, Map<string, FakeResponse>>();
  const network = { online: true, answers: new Map<string, () => FakeResponse | Promise<FakeResponse>>(), fetched: [] as string[] };
  const store = (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    return stores.get(name)!;
  };
  const keyOf = (key: string | { url: string }) => new URL(typeof key === 'string' ? key : key.url, ORIGIN).pathname;
  const caches = {
    open: async (name: string) => ({
      put: async (key: string, response: FakeResponse) => void store(name).set(keyOf(key), response),
      delete: async (key: string | { url: string }) => store(name).delete(keyOf(key)),
      keys: async () => [...store(name).keys()].map((path) => ({ url: ORIGIN + path })),
    }),
    match: async (key: string, options: { cacheName: string }) => stores.get(options.cacheName)?.get(keyOf(key)),
    delete: async (name: string) => stores.delete(name),
  };
  const fetch = async (input: string | FakeRequest) => {
    const path = new URL(typeof input === 'string' ? input : input.url, ORIGIN).pathname;
    network.fetched.push(path);
    if (!network.online) throw new TypeError('Failed to fetch');
    const make = network.answers.get(path);
    return make ? make() : answer('not found', 404, 'text/plain');
  };
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
  };
  runInNewContext(SOURCE, { self, caches, fetch, URL, Headers, console });

  /** The worker's answer, or null when it leaves the request to the browser. */
  const request = (path: string, init: { method?: string; mode?: string; origin?: string } = {}) => {
    let answered: Promise<FakeResponse> | null = null;
    listeners.get('fetch')!({
      request: { url: (init.origin ?? ORIGIN) + path, method: init.method ?? 'GET', mode: init.mode ?? 'cors' },
      respondWith: (promise: Promise<FakeResponse>) => (answered = promise),
    });
    return answered as Promise<FakeResponse> | null;
  };
  const message = async (data: unknown) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get('message')!({ data, waitUntil: (promise: Promise<unknown>) => (done = promise) });
    await done;
  };
  const cached = () => [...(stores.get('hyte-offline-shell')?.keys() ?? [])].sort();
  return { network, request, message, cached };
}

describe('the offline shell worker', () => {
  let worker: ReturnType<typeof startWorker>;

  beforeEach(() => {
    worker = startWorker();
    const { answers } = worker.network;
    answers.set('/', () => answer('<script src="/assets/index-1.js"></script>', 200, 'text/html'));
    answers.set('/assets/index-1.js', () => answer('code', 200, 'text/javascript'));
    answers.set('/api/session', () => answer('{"user":{"id":"u1"}}'));
    answers.set('/api/plans/p1', () => answer('{"id":"p1"}'));
    answers.set('/api/plans/p1/data', () => answer('{"focusAreas":[]}'));
    answers.set('/api/plans/p1/export.docx', () => answer('docx', 200, 'application/octet-stream'));
  });

  it('answers from the network while there is one, and keeps only what a cold start needs', async () => {
    expect((await worker.request('/api/session'))?.body).toBe('{"user":{"id":"u1"}}');
    await worker.request('/api/plans/p1');
    await worker.request('/', { mode: 'navigate' });
    await worker.request('/assets/index-1.js');
    expect(worker.cached()).toEqual(['/', '/api/plans/p1', '/api/session', '/assets/index-1.js']);

    // A newer answer replaces the kept one: network first.
    worker.network.answers.set('/api/plans/p1', () => answer('{"id":"p1","title":"new"}'));
    expect((await worker.request('/api/plans/p1'))?.body).toBe('{"id":"p1","title":"new"}');
    worker.network.online = false;
    expect((await worker.request('/api/plans/p1'))?.body).toBe('{"id":"p1","title":"new"}');
    expect((await worker.request('/plans/p1', { mode: 'navigate' }))?.headers.get('content-type')).toBe('text/html');
  });

  it('never touches other API calls, changes, exports or other origins', async () => {
    expect(worker.request('/api/plans/p1/data')).toBeNull();
    expect(worker.request('/api/plans')).toBeNull();
    expect(worker.request('/api/session', { method: 'POST' })).toBeNull();
    expect(worker.request('/api/session', { method: 'DELETE' })).toBeNull();
    expect(worker.request('/api/plans/p1', { method: 'PATCH' })).toBeNull();
    expect(worker.request('/api/plans/p1/export.docx', { mode: 'navigate' })).toBeNull();
    expect(worker.request('/collab', { mode: 'websocket' })).toBeNull();
    expect(worker.request('/offline-sw.js')).toBeNull();
    expect(worker.request('/api/session', { origin: 'https://other.example' })).toBeNull();
    await worker.message({ type: 'keep', urls: ['/api/plans/p1/data', '/api/plans', 'https://other.example/'] });
    expect(worker.cached()).toEqual([]);
    expect(worker.network.fetched).toEqual([]);
  });

  it('opens every page of the app offline from the one kept page; a file opened as a page is not one', async () => {
    await worker.message({ type: 'keep', urls: ['/'] });
    // A missing file opened in a tab (the server answers 404): nothing to do with the page, which stays kept.
    const file = worker.request('/favicon.ico', { mode: 'navigate' });
    await file;
    expect(file).toBeNull();
    expect(worker.cached()).toContain('/');
    worker.network.online = false;
    for (const path of ['/plans/p1/report', '/plans/p1/compare/v1/current', '/groups/g1', '/admin', '/invite/AbC']) {
      expect((await worker.request(path, { mode: 'navigate' }))?.body).toBe('<script src="/assets/index-1.js"></script>');
    }
  });

  it('fails offline for what it never kept', async () => {
    worker.network.online = false;
    await expect(worker.request('/api/plans/p2')!).rejects.toThrow('Failed to fetch');
  });

  it('keeps the page, its scripts, the session and the plan when asked', async () => {
    await worker.message({ type: 'keep', urls: ['/', '/api/session', '/api/plans/p1'] });
    expect(worker.cached()).toEqual(['/', '/api/plans/p1', '/api/session', '/assets/index-1.js']);
    // A new deployment: its scripts replace the old ones.
    worker.network.answers.set('/', () => answer('<script src="/assets/index-2.js"></script>', 200, 'text/html'));
    worker.network.answers.set('/assets/index-2.js', () => answer('new code', 200, 'text/javascript'));
    await worker.message({ type: 'keep', urls: ['/'] });
    expect(worker.cached()).toEqual(['/', '/api/plans/p1', '/api/session', '/assets/index-2.js']);
  });

  it('drops everything once the session is gone, and a plan once it is', async () => {
    await worker.message({ type: 'keep', urls: ['/', '/api/session', '/api/plans/p1'] });
    worker.network.answers.set('/api/plans/p1', () => answer('{"error":"not_found"}', 404));
    await worker.request('/api/plans/p1');
    expect(worker.cached()).toEqual(['/', '/api/session', '/assets/index-1.js']);
    worker.network.answers.set('/api/session', () => answer('{"error":"unauthorized"}', 401));
    await worker.request('/api/session');
    expect(worker.cached()).toEqual([]);
  });

  it('forgets on signing out, also what it was fetching at that moment', async () => {
    await worker.message({ type: 'keep', urls: ['/', '/api/session'] });
    expect(worker.cached()).toContain('/api/session');
    // The next session answer arrives only after the page has signed out.
    let release: () => void = () => undefined;
    worker.network.answers.set('/api/session', async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return answer('{"user":{"id":"u1"}}');
    });
    const inFlight = worker.request('/api/session')!;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await worker.message({ type: 'forget' });
    release();
    expect((await inFlight).status).toBe(200);
    expect(worker.cached()).toEqual([]);
  });
});
