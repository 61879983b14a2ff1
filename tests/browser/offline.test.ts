import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { planDocumentName } from '../../shared/documentNames';
import { setMeasureField } from '../../shared/plan';
import { ApiClient, findPlan } from '../support/api';
import { chooseStatus, launchChromium, pickedStatus } from '../support/browser';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { appendParagraph, bodyText } from '../support/planText';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { TcpProxy } from '../support/tcpProxy';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const MEMBER = { email: 'verkoton@example.fi', name: 'Veera Verkoton', password: 'offline-testi-salasana-1' };
const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const SAVED = 'Kaikki muutokset tallennettu';
const OFFLINE = 'Yhteys katkennut';
const OFFLINE_SENTENCE = 'Tämä lause kirjoitettiin ilman verkkoa.';
const MEMBER_SENTENCE = 'Veera lisäsi tämän sillä välin.';
const CACHE = 'hyte-offline-shell';
const SCREENS = join(tmpdir(), 'hyte-screens');

interface MeasureJson {
  id: string;
  status: string;
}
interface PlanJson {
  focusAreas: Array<{ goals: Array<{ measures: MeasureJson[] }> }>;
  body?: unknown;
}

let server: ServerProcess;
let proxy: TcpProxy;
let browser: Browser;
let admin: ApiClient;
let adminId: string;
let planId: string;
let member: TestClient;

const measures = (data: PlanJson) => data.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures));

async function planData(): Promise<PlanJson> {
  const response = await admin.get(`/api/plans/${planId}/data?include=body`);
  expect(response.status).toBe(200);
  return response.body as PlanJson;
}

function waitForStatus(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: 20_000 });
}

/** What the browser keeps for offline use: the shell cache's paths and the plan copies' databases. */
function offlineState(page: Page): Promise<{ cached: string[]; copies: string[] }> {
  return page.evaluate(async (cache) => {
    const cached = (await caches.has(cache))
      ? (await (await caches.open(cache)).keys()).map((request) => new URL(request.url).pathname)
      : [];
    const copies = (await indexedDB.databases()).flatMap(({ name }) => (name?.startsWith('hyte-offline:') ? [name] : []));
    return { cached, copies };
  }, CACHE);
}

/**
 * Waits until every write to the plan's copy queued so far is done: a
 * read-only transaction on the same store starts only after them.
 */
function copyWritten(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (database) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('updates', 'readonly').objectStore('updates').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    name,
  );
}

/** No network at all: the browser says so, and the server cannot be reached even by a worker that ignored that. */
async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await proxy.stop();
}

async function goOnline(context: BrowserContext): Promise<void> {
  await proxy.start(proxy.port);
  await context.setOffline(false);
}

describe('editing a plan offline in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start();
    // The browser reaches the server only through this proxy, so "offline" can really mean offline.
    proxy = new TcpProxy(server.port);
    await proxy.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    adminId = (await admin.get('/api/session')).body.user.id;
    const demo = await findPlan(admin, DEMO_TITLE);
    planId = demo.id;
    const created = await admin.post('/api/users', MEMBER);
    expect(created.status).toBe(201);
    const joined = await admin.request('PUT', `/api/groups/${demo.groupId}/members/${created.body.id}`, {
      role: 'member',
    });
    expect(joined.status).toBe(200);
    const memberApi = await ApiClient.login(server.url, MEMBER.email, MEMBER.password);
    member = await connectClient(server.collabUrl, planDocumentName(planId), memberApi.token!);
    browser = await launchChromium();
  });

  afterAll(async () => {
    member?.destroy();
    await browser?.close();
    await proxy?.stop();
    await server?.destroy();
  });

  it('keeps edits made offline through a reload, merges them on return, and forgets them on signing out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    const origin = `http://127.0.0.1:${proxy.port}`;

    // The worker is served as a script, checked for a new version on every visit.
    const worker = await fetch(`${origin}/offline-sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');

    await page.goto(origin);
    await page.getByLabel('Sähköposti').fill(ADMIN_EMAIL);
    await page.getByLabel('Salasana').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu' }).click();
    await page.getByRole('link', { name: DEMO_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    await waitForStatus(page, SAVED);

    // Opening the plan had the worker keep what a cold start needs, and nothing else
    // (the page also asks the API for more, and so do we: none of it is kept).
    expect(await page.evaluate((id) => fetch(`/api/plans/${id}/data`).then((r) => r.status), planId)).toBe(200);
    await expect
      .poll(async () => (await offlineState(page)).cached.sort(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['/', '/api/session', `/api/plans/${planId}`]));
    const { cached, copies } = await offlineState(page);
    expect(cached.filter((path) => path.startsWith('/api/')).sort()).toEqual(['/api/plans/' + planId, '/api/session']);
    expect(cached.some((path) => /^\/assets\/.+\.js$/.test(path))).toBe(true);
    const copyName = `hyte-offline:${adminId}:${planId}`;
    expect(copies).toEqual([copyName]);

    const before = measures(await planData());
    const mine = before[1]!;
    const theirs = before[2]!;
    const myStatus = mine.status === 'done' ? 'started' : 'done';
    const theirStatus = theirs.status === 'not-started' ? 'started' : 'not-started';

    await goOffline(context);
    await waitForStatus(page, OFFLINE);

    const editor = page.getByRole('textbox', { name: 'Suunnitelman teksti' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(OFFLINE_SENTENCE);
    const status = page.getByRole('combobox', { name: 'Tila, toimenpide 2', exact: true });
    await chooseStatus(status, myStatus);
    await waitForStatus(page, OFFLINE);
    await copyWritten(page, copyName);

    // Meanwhile another member edits the same plan: another sentence, another measure's status.
    appendParagraph(member.doc, MEMBER_SENTENCE);
    setMeasureField(member.doc, theirs.id, 'status', theirStatus as 'not-started' | 'started');
    await waitForAcknowledged(member);

    // A reload without any network: the page, the session and the plan come from the
    // worker's cache, the plan's content with the offline edits from the copy.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    await editor.getByText(OFFLINE_SENTENCE).waitFor({ timeout: 15_000 });
    expect(await pickedStatus(status)).toBe(myStatus);
    await waitForStatus(page, OFFLINE);
    // Nothing of the offline edits reached the server yet.
    expect(JSON.stringify((await planData()).body)).not.toContain(OFFLINE_SENTENCE);
    await editor.getByText(OFFLINE_SENTENCE).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, 'offline-1-reloaded.png') });
    await status.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, 'offline-1b-status.png') });

    // The network returns: the edits go to the server and merge with the other member's.
    await goOnline(context);
    await waitForStatus(page, SAVED);
    await editor.getByText(MEMBER_SENTENCE).waitFor({ timeout: 15_000 });
    await waitFor(() => bodyText(member.doc).includes(OFFLINE_SENTENCE), 'the offline edit at the other member');
    const after = await planData();
    const text = JSON.stringify(after.body);
    expect(text).toContain(OFFLINE_SENTENCE);
    expect(text).toContain(MEMBER_SENTENCE);
    const statusOf = (id: string) => measures(after).find((measure) => measure.id === id)?.status;
    expect(statusOf(mine.id)).toBe(myStatus);
    expect(statusOf(theirs.id)).toBe(theirStatus);
    expect(await pickedStatus(page.getByRole('combobox', { name: 'Tila, toimenpide 3', exact: true }))).toBe(
      theirStatus,
    );
    await page.screenshot({ path: join(SCREENS, 'offline-2-merged.png') });

    // Signing out leaves nothing behind for the next person at this computer.
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' }).waitFor();
    await expect.poll(() => offlineState(page), { timeout: 10_000 }).toEqual({ cached: [], copies: [] });
    expect(cspViolations).toEqual([]);
    await context.close();
  }, 180_000);
});
