import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ApiClient } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium, signIn } from '../support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const ADMIN = { email: ADMIN_EMAIL, password: ADMIN_PASSWORD };
const MEMBER = { email: 'bea@example.fi', name: 'Bea Bergström', password: 'selain-testi-salasana-2' };
const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const SENTENCE = 'Hyvinvointiryhmä kirjoittaa tätä lausetta yhdessä.';
const SCREENS = join(tmpdir(), 'hyte-screens');

let server: ServerProcess;
let browser: Browser;

async function openPlan(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await waitForStatus(page, 'Kaikki muutokset tallennettu');
}

function waitForStatus(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: text }).waitFor({ timeout: 15_000 });
}

describe('two people co-editing a plan in Chromium', () => {
  let adminName: string;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start();
    const admin = await ApiClient.login(server.url, ADMIN.email, ADMIN.password);
    adminName = (await admin.get('/api/session')).body.user.name;
    const member = await admin.post('/api/users', MEMBER);
    expect(member.status).toBe(201);
    // B sees the demo plan as a member of its steering group.
    const [group] = (await admin.get('/api/groups')).body;
    expect((await admin.request('PUT', `/api/groups/${group.id}/members/${member.body.id}`, { role: 'member' })).status).toBe(200);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('shows one person’s typing and caret to the other, saves it, and passes axe', async () => {
    const a = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const b = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    // The app runs under a strict Content-Security-Policy: nothing it does may be refused.
    const cspViolations: string[] = [];
    for (const page of [a, b]) {
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
    }

    await a.goto(server.url);
    await a.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' }).waitFor();
    await a.screenshot({ path: join(SCREENS, '1-login.png'), fullPage: true });
    await expectAccessible(a, 'login page');

    await signIn(a, server.url, ADMIN.email, ADMIN.password);
    await a.getByRole('link', { name: DEMO_TITLE }).waitFor();
    await a.screenshot({ path: join(SCREENS, '2-plans.png'), fullPage: true });
    await expectAccessible(a, 'plan list');

    await signIn(b, server.url, MEMBER.email, MEMBER.password);
    await openPlan(a, DEMO_TITLE);
    await openPlan(b, DEMO_TITLE);

    const editorA = a.getByRole('textbox', { name: 'Suunnitelman teksti' });
    await editorA.click();
    await a.keyboard.press('Control+End');
    await a.keyboard.press('Enter');
    await a.keyboard.type(SENTENCE);

    const editorB = b.getByRole('textbox', { name: 'Suunnitelman teksti' });
    await editorB.getByText(SENTENCE).waitFor({ timeout: 10_000 });
    await b.locator('.collaboration-carets__label', { hasText: adminName }).waitFor({ timeout: 10_000 });
    await b.getByRole('region', { name: 'Paikalla nyt' }).getByText(adminName).waitFor();
    await waitForStatus(a, 'Kaikki muutokset tallennettu');

    // A table from the toolbar reaches the other side too, and brings the row/column tools.
    await a.getByRole('button', { name: 'Lisää taulukko' }).click();
    await a.getByRole('button', { name: 'Lisää rivi' }).waitFor();
    await editorB.locator('table th').first().waitFor({ timeout: 10_000 });
    await waitForStatus(a, 'Kaikki muutokset tallennettu');

    // The plan title is the page's only h1; the text's own headings sit below it.
    expect(await b.locator('h1').count()).toBe(1);

    await a.screenshot({ path: join(SCREENS, '3-plan-a.png') });
    await b.locator('.collaboration-carets__label').first().scrollIntoViewIfNeeded();
    await b.screenshot({ path: join(SCREENS, '4-plan-b.png') });
    await expectAccessible(b, 'plan page');
    await expectAccessible(a, 'plan page with a table selected');
    expect(cspViolations).toEqual([]);
  }, 120_000);
});
