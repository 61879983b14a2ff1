import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { chooseStatus, launchChromium, signIn } from '../support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const COORDINATOR = { email: 'koordinaattori@example.fi', name: 'Kaisa Koordinaattori', password: 'kommentti-testi-salasana-1' };
const MEMBER = { email: 'jasen@example.fi', name: 'Maija Meikäläinen', password: 'kommentti-testi-salasana-2' };
const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const SCREENS = join(tmpdir(), 'hyte-screens');
const SAVED = 'Kaikki muutokset tallennettu';
const QUESTION = 'Mikä on tämän toimenpiteen tilanne? <b>ei lihavoitu</b>';
const TEXT_COMMENT = 'Tähän tarvitaan lähde.';
/** "12.3.2026 klo 14.05" */
const FINNISH_DATE_TIME = /\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}/;

interface MeasureJson {
  id: string;
  title: string;
  status: string;
}
interface PlanJson {
  focusAreas: Array<{ goals: Array<{ measures: MeasureJson[] }> }>;
}

let server: ServerProcess;
let browser: Browser;
let admin: ApiClient;
let planId: string;
/** The coordinator, who comments but does not edit. */
let a: Page;
/** A member, who edits and comments. */
let b: Page;

async function openPlan(page: Page): Promise<void> {
  await page.getByRole('link', { name: DEMO_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
  await page.getByRole('status').filter({ hasText: SAVED }).first().waitFor({ timeout: 15_000 });
  await page.locator('.mt-cell--measure').first().waitFor();
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Kommentit' });
const commentsToggle = (page: Page) => page.getByRole('button', { name: /^Kommentit \d+/ });
const badge = (page: Page, n: number) => page.getByRole('button', { name: new RegExp(`^Toimenpiteellä ${n} on \\d+ avoin`) });
const threadButtons = (page: Page) => panel(page).locator('.comment-thread__toggle');

const shoot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(SCREENS, `comments-${name}.png`), fullPage });

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

async function planData(): Promise<PlanJson> {
  return (await admin.get(`/api/plans/${planId}/data`)).body as PlanJson;
}

/** Selects the first words of the plan text's first long paragraph, as a mouse drag would; returns them. */
async function selectWords(page: Page, paragraph: Locator): Promise<string> {
  await paragraph.click();
  return paragraph.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text;
    const words = (node.data.match(/^\S+\s+\S+/) ?? [node.data])[0];
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, words.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return words;
  });
}

describe('comments and measure history in Chromium, live between two users', () => {
  let first: MeasureJson;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const demo = await findPlan(admin, DEMO_TITLE);
    planId = demo.id;
    for (const [person, role] of [[COORDINATOR, 'coordinator'], [MEMBER, 'member']] as const) {
      const created = await admin.post('/api/users', person);
      expect(created.status).toBe(201);
      expect((await admin.request('PUT', `/api/groups/${demo.groupId}/members/${created.body.id}`, { role })).status).toBe(200);
    }
    first = (await planData()).focusAreas[0]!.goals[0]!.measures[0]!;
    browser = await launchChromium();
    a = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    b = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await Promise.all([signIn(a, server.url, COORDINATOR.email, COORDINATOR.password), signIn(b, server.url, MEMBER.email, MEMBER.password)]);
    await Promise.all([openPlan(a), openPlan(b)]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('opens and closes the panel from the keyboard, focus going in and coming back', async () => {
    await commentsToggle(a).focus();
    await a.keyboard.press('Enter');
    await panel(a).waitFor();
    expect(await activeId(a)).toBe('comments-panel-title');
    await expect.poll(() => panel(a).textContent()).toContain('Ei avoimia kommentteja.');
    await a.keyboard.press('Tab');
    expect(await activeText(a)).toBe('Sulje kommentit');
    await a.keyboard.press('Escape');
    await panel(a).waitFor({ state: 'detached' });
    expect(await activeText(a)).toMatch(/^Kommentit 0/);
    expect(await commentsToggle(a).getAttribute('aria-expanded')).toBe('false');
  });

  it("shows a coordinator's comment on a measure live to a member, with a count badge on the row", async () => {
    await a.getByRole('button', { name: 'Kommentoi toimenpidettä 1', exact: true }).click();
    await panel(a).waitFor();
    // The draft takes the focus, naming what it is about.
    expect(await activeId(a)).toBe('comments-draft');
    await expect.poll(() => panel(a).locator('.comment-draft__subject').textContent()).toBe(`Toimenpide 1: ${first.title}`);
    await a.keyboard.type(QUESTION);
    await shoot(a, 'draft');
    await a.keyboard.press('Control+Enter');
    // Sent: the thread appears (from the server, through the discussion document) and takes the focus.
    await expect.poll(() => activeText(a)).toContain(`Toimenpide 1: ${first.title}`);
    // Text stays text.
    await expect.poll(() => panel(a).locator('.comment-message__text').first().textContent()).toBe(QUESTION);
    expect(await panel(a).locator('.comment-message__text b').count()).toBe(0);

    // The member sees it without reloading: the row's badge (unread) and the count in the bar.
    await badge(b, 1).waitFor({ timeout: 10_000 });
    expect(await badge(b, 1).getAttribute('aria-label')).toBe('Toimenpiteellä 1 on 1 avoin kommenttiketju, uusia viestejä');
    expect(await badge(b, 1).textContent()).toBe('1');
    await expect.poll(() => commentsToggle(b).textContent()).toMatch(/^Kommentit 1/);
    await badge(b, 1).scrollIntoViewIfNeeded();
    await shoot(b, 'badge');

    // From the badge by keyboard: the measure's threads, open, the message there, marked read.
    await badge(b, 1).focus();
    await b.keyboard.press('Enter');
    await panel(b).waitFor();
    await expect.poll(() => panel(b).locator('.comment-message__text').first().textContent()).toBe(QUESTION);
    await expect.poll(() => panel(b).locator('.comment-message__author').first().textContent()).toBe(COORDINATOR.name);
    await expect.poll(() => badge(b, 1).getAttribute('aria-label')).toBe('Toimenpiteellä 1 on 1 avoin kommenttiketju');
    await b.keyboard.press('Escape');
    await panel(b).waitFor({ state: 'detached' });
    expect(await activeText(b)).toBe('1');
  });

  it('filters the table to the rows with open comments', async () => {
    const filter = b.getByRole('checkbox', { name: 'Vain rivit, joilla on avoimia kommentteja' });
    await filter.check();
    await expect.poll(() => b.locator('.mt-cell--measure').count()).toBe(1);
    await expect.poll(() => b.getByText(/^1\/\d+ toimenpidettä näkyvissä$/).count()).toBe(1);
    await shoot(b, 'filter');
    await filter.uncheck();
    await expect.poll(() => b.locator('.mt-cell--measure').count()).toBeGreaterThan(30);
  });

  it('highlights a passage the coordinator comments on, for both users', async () => {
    // The coordinator cannot edit the text but can select it and comment on it.
    const paragraph = a.locator('.ProseMirror p').filter({ hasText: /\S+\s+\S+\s+\S+/ }).first();
    const words = await selectWords(a, paragraph);
    await a.getByRole('button', { name: 'Kommentoi valintaa' }).click();
    await panel(a).waitFor();
    await expect.poll(() => panel(a).locator('.comment-draft__subject').textContent()).toBe(`Tekstissä: ”${words}”`);
    expect(await activeId(a)).toBe('comments-draft');
    await a.keyboard.type(TEXT_COMMENT);
    await a.getByRole('button', { name: 'Lähetä kommentti' }).click();
    await expect.poll(() => a.locator('mark.comment-highlight').first().textContent()).toBe(words);
    // The member sees the highlight live, and the thread in the panel's list of all threads.
    await expect.poll(() => b.locator('mark.comment-highlight').first().textContent(), { timeout: 10_000 }).toBe(words);
    await commentsToggle(b).click();
    await expect.poll(() => threadButtons(b).allTextContents()).toContain(`Tekstissä: ”${words}”Uusi`);
    await commentsToggle(b).click();
    await panel(b).waitFor({ state: 'detached' });
    await a.locator('mark.comment-highlight').first().scrollIntoViewIfNeeded();
    await shoot(a, 'highlight');
    await expectAccessible(a, 'the plan with the comments panel open');
  });

  it("hides a thread resolved by one user from the other's open list", async () => {
    await expect.poll(() => threadButtons(a).count()).toBe(2);
    await badge(b, 1).click();
    await panel(b).getByRole('button', { name: 'Merkitse ratkaistuksi' }).click();
    // The other user's panel loses the thread, and the row its badge.
    await expect.poll(() => threadButtons(a).count(), { timeout: 10_000 }).toBe(1);
    expect(await threadButtons(a).first().textContent()).toMatch(/^Tekstissä/);
    await expect.poll(() => badge(a, 1).count()).toBe(0);
    await expect.poll(() => commentsToggle(a).textContent()).toMatch(/^Kommentit 1/);
    // Still there for those who ask for resolved threads.
    await panel(a).getByRole('checkbox', { name: 'Näytä myös ratkaistut' }).check();
    await expect.poll(() => threadButtons(a).count()).toBe(2);
    await expect.poll(() => panel(a).locator('.comment-thread--resolved').count()).toBe(1);
    await shoot(a, 'resolved-shown');
    await panel(a).getByRole('checkbox', { name: 'Näytä myös ratkaistut' }).uncheck();
    await b.keyboard.press('Escape');
  });

  it('shows who changed a measure’s status, from what to what, in its history', async () => {
    const next = first.status === 'done' ? 'started' : 'done';
    const words: Record<string, string> = { done: 'valmis', started: 'aloitettu', 'not-started': 'ei aloitettu', unassessed: 'ei arvioitu' };
    await chooseStatus(b.getByRole('combobox', { name: 'Tila, toimenpide 1', exact: true }), next);
    await b.getByRole('status').filter({ hasText: SAVED }).first().waitFor({ timeout: 15_000 });
    await expect
      .poll(async () => (await admin.get(`/api/plans/${planId}/audit?entity=measure&entityId=${first.id}&field=status`)).body.length)
      .toBeGreaterThan(0);

    // The coordinator reads it: history is for everyone who sees the plan.
    const open = a.getByRole('button', { name: 'Toimenpiteen 1 muutoshistoria', exact: true });
    await open.click();
    const dialog = a.getByRole('dialog', { name: 'Muutoshistoria' });
    await dialog.waitFor();
    const line = dialog.locator('.history__line').first();
    await line.waitFor();
    const text = (await line.textContent()) ?? '';
    expect(text).toContain(`Tila muutettu: ${words[first.status]} → ${words[next]}, Maija M., `);
    expect(text).toMatch(FINNISH_DATE_TIME);
    await shoot(a, 'history');
    await expectAccessible(a, 'the history dialog');
    await a.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => activeId(a)).toBe(`mt-measure-${first.id}-history`);
  });

  it('offers the open comments as Word comments in the export dialog, for Word only', async () => {
    await a.getByRole('button', { name: 'Vie tiedostoksi' }).click();
    const dialog = a.getByRole('dialog', { name: 'Vie tiedostoksi' });
    await dialog.waitFor();
    const include = dialog.getByRole('checkbox', { name: /^Kommentit mukaan/ });
    await include.check();
    await shoot(a, 'export');
    await dialog.getByRole('radio', { name: /^PDF/ }).check();
    expect(await include.count()).toBe(0);
    await dialog.getByRole('radio', { name: /^Word/ }).check();
    await include.check();
    const request = a.waitForRequest((r) => r.url().includes('/export?') && r.url().includes('comments=1'));
    await dialog.getByRole('button', { name: 'Lataa tiedosto' }).click();
    expect(new URL((await request).url()).searchParams.get('format')).toBe('docx');
    await dialog.getByText(/on ladattu\.$/).waitFor({ timeout: 20_000 });
    await a.keyboard.press('Escape');
  });
});
