import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webAppRouter } from './webApp';

// The web app's router on a real Express server, over a built app of three files.

const INDEX = '<!doctype html><div id="root"></div><script src="/assets/index-abc123.js"></script>';
let clientDir: string;
let server: Server;
let base: string;

const get = (path: string, accept = 'text/html,application/xhtml+xml,*/*;q=0.8') =>
  fetch(`${base}${path}`, { headers: { Accept: accept } });

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'hyte-webapp-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), INDEX);
  writeFileSync(join(clientDir, 'assets/index-abc123.js'), 'console.log(1)');
  writeFileSync(join(clientDir, 'offline-sw.js'), '// worker');
  const app = express();
  app.use(webAppRouter(clientDir));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('the web app router', () => {
  it('answers every page of the app with index.html, revalidated each time', async () => {
    for (const path of ['/', '/plans/p1', '/plans/p1/report', '/plans/p1/compare/v1/current', '/groups/g1', '/admin', '/invite/AbC-_1']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX);
    }
    // fetch() and the service worker ask with */*.
    expect((await get('/plans/p1', '*/*')).status).toBe(200);
  });

  it('keeps the built assets for a year and checks the service worker on every visit', async () => {
    const asset = await get('/assets/index-abc123.js', '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const worker = await get('/offline-sw.js', '*/*');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404, not the page, for a missing file, the server\'s own paths and non-HTML requests', async () => {
    // An old build's script must fail as a script, not arrive as HTML.
    for (const path of ['/assets/index-old.js', '/favicon.ico', '/plans/p1/export.docx', '/api/nothing', '/collab', '/assets']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/plain/);
    }
    expect((await get('/plans/p1', 'application/json')).status).toBe(404);
    expect((await fetch(`${base}/plans/p1`, { method: 'POST', headers: { Accept: 'text/html' } })).status).toBe(404);
  });
});
