import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { chooseStatus, launchChromium, pickedStatus, signIn } from '../support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const MEMBER = { email: 'taulukko@example.fi', name: 'Tuula Taulukko', password: 'taulukko-testi-salasana-1' };
const VIEWER = { email: 'lukija@example.fi', name: 'Lauri Lukija', password: 'lukija-testi-salasana-1' };
const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const SCREENS = join(tmpdir(), 'hyte-screens');
const SAVED = 'Kaikki muutokset tallennettu';

interface MeasureJson {
  id: string;
  title: string;
  responsible: string;
  targetGroup: string;
  indicator: string;
  status: string;
}
interface PlanJson {
  focusAreas: Array<{
    id: string;
    title: string;
    goals: Array<{ id: string; title: string; measures: MeasureJson[] }>;
  }>;
}

let server: ServerProcess;
let browser: Browser;
let admin: ApiClient;
let adminName: string;
let planId: string;
let a: Page;
let b: Page;

async function openTable(page: Page): Promise<void> {
  await page.getByRole('link', { name: DEMO_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
  await waitSaved(page);
  await measureTitle(page, 1).waitFor();
  await page.getByRole('link', { name: 'Siirry toimenpidetaulukkoon' }).click();
}

function waitSaved(page: Page) {
  return page.getByRole('status').filter({ hasText: SAVED }).first().waitFor({ timeout: 15_000 });
}

function measureTitle(page: Page, n: number): Locator {
  return page.getByRole('textbox', { name: `Toimenpide ${n}`, exact: true });
}

function field(page: Page, label: string): Locator {
  return page.getByRole('textbox', { name: label, exact: true });
}

/** The measure titles of the table, in display order. */
function titlesOf(page: Page): Promise<string[]> {
  return page
    .locator('.mt-cell--measure textarea')
    .evaluateAll((elements) => elements.map((element) => (element as HTMLTextAreaElement).value));
}

async function planData(): Promise<PlanJson> {
  const response = await admin.get(`/api/plans/${planId}/data`);
  expect(response.status).toBe(200);
  return response.body as PlanJson;
}

function allMeasures(data: PlanJson): MeasureJson[] {
  return data.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures));
}

/** The filters' count of shown measures, a live region. */
async function expectCount(page: Page, visible: number, total: number): Promise<void> {
  const count = page.getByRole('group', { name: 'Suodata toimenpiteitä' }).getByRole('status');
  await expect.poll(() => count.textContent()).toBe(`${visible}/${total} toimenpidettä näkyvissä`);
}

/** Types at the very end of a text field. */
async function typeAtEnd(page: Page, target: Locator, text: string, delay = 0): Promise<void> {
  await target.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay });
}

describe('the measure table, co-edited in two browsers', () => {
  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    adminName = (await admin.get('/api/session')).body.user.name;
    const demo = await findPlan(admin, DEMO_TITLE);
    planId = demo.id;
    for (const [user, role] of [
      [MEMBER, 'member'],
      [VIEWER, 'viewer'],
    ] as const) {
      const created = await admin.post('/api/users', user);
      expect(created.status).toBe(201);
      const joined = await admin.request('PUT', `/api/groups/${demo.groupId}/members/${created.body.id}`, { role });
      expect(joined.status).toBe(200);
    }
    browser = await launchChromium();
    a = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    b = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(a, server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    await signIn(b, server.url, MEMBER.email, MEMBER.password);
    await openTable(a);
    await openTable(b);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('shows the demo plan as the paper table, and passes axe', async () => {
    const data = await planData();
    const total = allMeasures(data).length;
    expect(total).toBeGreaterThan(10);
    await expectCount(a, total, total);
    expect(await titlesOf(a)).toEqual(allMeasures(data).map((m) => m.title));
    expect(await field(a, 'Painopiste 1').inputValue()).toBe(data.focusAreas[0]?.title);
    expect(await field(a, 'Tavoite 1').inputValue()).toBe(data.focusAreas[0]?.goals[0]?.title);
    // The columns of the printed table, as real column headers.
    const headers = await a.locator('table.mt thead th').allTextContents();
    const columns = ['Tavoite', 'Toimenpide', 'Vastuutaho', 'Kohderyhmä', 'Hanke', 'Mittari', 'Aikataulu', 'Tila'];
    expect(headers.slice(0, 8)).toEqual(columns);
    const statuses = [
      'viety suunnitellusti loppuun',
      'suunnitteluasteella tai aloitettu',
      'ei toteutunut tai ei aloitettu',
      'ei arvioitu',
    ];
    for (const label of statuses) {
      await a.getByRole('list', { name: 'Tilojen selitteet' }).getByText(label).waitFor();
    }
    await a.screenshot({ path: join(SCREENS, 'table-1-overview.png') });
    await expectAccessible(a, 'plan page with the measure table');
  });

  it('lays every focus area out on the header’s columns, and leaves those far out of view unrendered', async () => {
    // The cells' left edges and widths in the header and in a part's first measure row (goal cell first).
    const edges = (part: string) =>
      a.evaluate((selector) => {
        const row = document.querySelector(`${selector} > tr:is(:not(.mt-fa):first-of-type, .mt-row)`)!;
        const cells = [...row.children];
        return cells.map((cell) => [Math.round(cell.getBoundingClientRect().left), Math.round(cell.getBoundingClientRect().width)]);
      }, part);
    await a.evaluate(() => window.scrollTo(0, 0));
    // Out of view a focus area is skipped (content-visibility): a part laid out as a table would not be.
    const lastSkipped = () =>
      a.evaluate(() => !document.querySelector('.mt-group:last-of-type td')!.checkVisibility({ contentVisibilityAuto: true }));
    await expect.poll(lastSkipped).toBe(true);
    const header = await edges('table.mt thead');
    expect(header).toHaveLength(9);
    await a.locator('.mt-group:last-of-type .mt-fa__title').scrollIntoViewIfNeeded();
    await expect.poll(lastSkipped).toBe(false);
    // The goal cell and the measure row's eight cells sit under the header's nine columns.
    expect(await edges('.mt-group:last-of-type')).toEqual(header);
    expect(await edges('.mt-group')).toEqual(header);
  });

  it('carries one person’s text edit to the other, and shows who is editing which cell', async () => {
    await typeAtEnd(a, measureTitle(a, 1), ' Päivitetty yhdessä.');
    await expect.poll(() => measureTitle(b, 1).inputValue(), { timeout: 10_000 }).toContain('Päivitetty yhdessä.');
    // A's focus stays in the cell: B sees A's name on it.
    const tag = measureTitle(b, 1).locator('xpath=..').locator('.mt-field__tag');
    await expect.poll(() => tag.textContent(), { timeout: 10_000 }).toContain(adminName);
    await measureTitle(b, 1).scrollIntoViewIfNeeded();
    await b.screenshot({ path: join(SCREENS, 'table-2-presence.png') });
    await expectAccessible(b, 'table with someone else editing a cell');
    await waitSaved(a);
    expect(allMeasures(await planData())[0]?.title).toContain('Päivitetty yhdessä.');
  });

  it('carries a status change, and the summary and the report agree', async () => {
    await chooseStatus(b.getByRole('combobox', { name: 'Tila, toimenpide 2', exact: true }), 'done');
    await chooseStatus(b.getByRole('combobox', { name: 'Tila, toimenpide 3', exact: true }), 'not-started');
    const status = a.getByRole('combobox', { name: 'Tila, toimenpide 2', exact: true });
    await expect.poll(() => pickedStatus(status), { timeout: 10_000 }).toBe('done');
    const third = a.getByRole('combobox', { name: 'Tila, toimenpide 3', exact: true });
    await expect.poll(() => pickedStatus(third)).toBe('not-started');
    await waitSaved(b);

    const measures = allMeasures(await planData());
    expect(measures[1]?.status).toBe('done');
    expect(measures[2]?.status).toBe('not-started');
    const report = (await admin.get(`/api/plans/${planId}/report`)).body as {
      total: Record<string, number>;
      focusAreas: Array<{ counts: Record<string, number> }>;
    };
    expect(report.total).toEqual({ done: 1, started: 0, 'not-started': 1, unassessed: measures.length - 2 });
    // The summary's totals row, as A sees it: four statuses, then the sum.
    const summary = a.getByRole('table', { name: 'Toimenpiteiden tila painopisteittäin' });
    const order = ['done', 'started', 'not-started', 'unassessed'];
    const totals = summary.locator('tfoot td.mt-summary__number');
    const expected = [...order.map((s) => report.total[s]), measures.length].map(String);
    await expect.poll(() => totals.allTextContents()).toEqual(expected);
    const firstRow = summary.locator('tbody tr').first().locator('td.mt-summary__number');
    expect((await firstRow.allTextContents()).slice(0, 4)).toEqual(
      order.map((s) => String(report.focusAreas[0]?.counts[s])),
    );
    await summary.scrollIntoViewIfNeeded();
    await a.screenshot({ path: join(SCREENS, 'table-3-summary.png') });
  });

  it('picks a status by keyboard as a select-only combobox, with its list open passing axe', async () => {
    const picker = b.getByRole('combobox', { name: 'Tila, toimenpide 4', exact: true });
    const before = allMeasures(await planData())[3]!.status;
    await picker.focus();
    // Alt+Down opens the list (it does not move the row, as Alt+arrows elsewhere in the table do); Escape closes it unchanged.
    await b.keyboard.press('Alt+ArrowDown');
    const listbox = b.getByRole('listbox', { name: 'Tila, toimenpide 4' });
    await listbox.waitFor();
    expect(await picker.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(b, 'the table with a status list open');
    await b.screenshot({ path: join(SCREENS, 'table-3b-status-list.png') });
    await b.keyboard.press('Escape');
    await listbox.waitFor({ state: 'detached' });
    expect(await pickedStatus(picker)).toBe(before);

    // Home, then down to "ei toteutunut tai ei aloitettu", Enter: chosen, and focus stays on the picker.
    await b.keyboard.press('Enter');
    await b.keyboard.press('Home');
    expect(await picker.getAttribute('aria-activedescendant')).toMatch(/-option-0$/);
    await b.keyboard.press('ArrowDown');
    await b.keyboard.press('ArrowDown');
    const active = b.locator(`[id="${await picker.getAttribute('aria-activedescendant')}"]`);
    expect(await active.textContent()).toBe('ei toteutunut tai ei aloitettu');
    await b.keyboard.press('Enter');
    await listbox.waitFor({ state: 'detached' });
    expect(await pickedStatus(picker)).toBe('not-started');
    expect(await b.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    // A letter opens on the next status starting with it; Space chooses.
    await b.keyboard.press('v');
    await listbox.waitFor();
    await b.keyboard.press(' ');
    await expect.poll(() => pickedStatus(a.getByRole('combobox', { name: 'Tila, toimenpide 4', exact: true })), { timeout: 10_000 }).toBe('done');
    await waitSaved(b);
    expect(allMeasures(await planData())[3]?.status).toBe('done');
    // As it was, for the filters below.
    await chooseStatus(picker, before);
    await waitSaved(b);
  });

  it('merges two people typing in the same cell at once', async () => {
    const label = 'Mittari, toimenpide 4';
    const before = await field(a, label).inputValue();
    await field(a, label).focus();
    await a.keyboard.press('Control+End');
    await field(b, label).focus();
    await b.keyboard.press('Control+End');
    await Promise.all([a.keyboard.type(' AAAA', { delay: 40 }), b.keyboard.type(' BBBB', { delay: 40 })]);
    await expect
      .poll(async () => [await field(a, label).inputValue(), await field(b, label).inputValue()], { timeout: 10_000 })
      .toSatisfy(([inA, inB]) => inA === inB && inA.includes(' AAAA') && inA.includes(' BBBB'));
    const merged = await field(a, label).inputValue();
    expect(merged.startsWith(before)).toBe(true);
    expect(merged.length).toBe(before.length + 10);
    await waitSaved(a);
    await waitSaved(b);
    expect(allMeasures(await planData())[3]?.indicator).toBe(merged);
  });

  it('reorders a measure with the keyboard, for both and in the data', async () => {
    const before = await titlesOf(a);
    await measureTitle(a, 2).focus();
    await a.keyboard.press('Alt+ArrowUp');
    const expected = [before[1], before[0], ...before.slice(2)];
    await expect.poll(() => titlesOf(a)).toEqual(expected);
    await expect.poll(() => titlesOf(b), { timeout: 10_000 }).toEqual(expected);
    // Focus stays with the moved measure, now number 1, and the move is announced.
    expect(await a.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Toimenpide 1');
    await a.getByRole('status').filter({ hasText: 'Toimenpide siirretty tavoitteeseen' }).waitFor();
    // The move buttons do the same: back down again.
    await a.getByRole('button', { name: 'Siirrä toimenpide 1 alas', exact: true }).click();
    await expect.poll(() => titlesOf(b), { timeout: 10_000 }).toEqual(before);
    await a.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => titlesOf(b), { timeout: 10_000 }).toEqual(expected);
    await waitSaved(a);
    expect(allMeasures(await planData()).map((m) => m.title)).toEqual(expected);
  });

  it('moves a measure to another goal by dragging it', async () => {
    const before = await titlesOf(a);
    const moved = before[0] ?? '';
    const row = a.locator('tr.mt-row', { has: measureTitle(a, 1) });
    // A row's box is its cells' (in the wide layout the row itself has none): the title cell, as tall as the row.
    const target = a.locator('tr.mt-row', { has: measureTitle(a, 5) }).locator('.mt-cell--measure');
    // Both rows in view, clear of the sticky column headers, as a person would drag.
    await target.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    const from = await row.locator('.mt-cell--measure .mt-handle').boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('rows not on screen');
    await a.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await a.mouse.down();
    await a.mouse.move(from.x + 40, from.y + 40, { steps: 5 });
    await a.mouse.move(to.x + 300, to.y + to.height - 6, { steps: 10 });
    await a.mouse.up();
    const expected = [...before.slice(1, 5), moved, ...before.slice(5)];
    await expect.poll(() => titlesOf(b), { timeout: 10_000 }).toEqual(expected);
    await waitSaved(a);
    const data = await planData();
    const goals = data.focusAreas[0]?.goals ?? [];
    expect(goals[1]?.measures.map((m) => m.title)).toContain(moved);
    // Undo puts it back where it was.
    await a.getByRole('button', { name: 'Kumoa taulukon muutos' }).click();
    await expect.poll(() => titlesOf(b), { timeout: 10_000 }).toEqual(before);
  });

  it('moves a measure to another goal from the dialog', async () => {
    const data = await planData();
    const measure = data.focusAreas[0]?.goals[0]?.measures[2];
    const goal = data.focusAreas[1]?.goals[0];
    if (!measure || !goal) throw new Error('unexpected demo plan');
    await a.getByRole('button', { name: 'Siirrä toimenpide 3 tavoitteeseen…', exact: true }).click();
    const dialog = a.getByRole('dialog', { name: 'Siirrä toimenpide toiseen tavoitteeseen' });
    await dialog.getByLabel('Tavoite').selectOption({ label: goal.title });
    await expectAccessible(a, 'move to goal dialog');
    await dialog.getByRole('button', { name: 'Siirrä' }).click();
    await expect
      .poll(async () => (await planData()).focusAreas[1]?.goals[0]?.measures.at(-1)?.id, { timeout: 10_000 })
      .toBe(measure.id);
    const moved = allMeasures(await planData()).map((m) => m.title);
    await expect.poll(() => titlesOf(b), { timeout: 10_000 }).toEqual(moved);
    // Focus is back on the button that opened the dialog, in the measure's new row.
    const focused = await a.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^Siirrä toimenpide \d+ tavoitteeseen…$/);
    await a.getByRole('button', { name: 'Kumoa taulukon muutos' }).click();
    await expect.poll(async () => allMeasures(await planData()).map((m) => m.id), { timeout: 10_000 }).toEqual(
      allMeasures(data).map((m) => m.id),
    );
  });

  it('deletes a goal with its measures after confirmation, and undo brings them back for both', async () => {
    const data = await planData();
    const goal = data.focusAreas[0]?.goals[0];
    const next = data.focusAreas[0]?.goals[1];
    if (!goal || !next) throw new Error('the demo plan has two goals in its first focus area');
    const before = await titlesOf(b);

    await a.getByRole('button', { name: 'Poista tavoite 1', exact: true }).click();
    const dialog = a.getByRole('alertdialog', { name: 'Poistetaanko tavoite?' });
    await dialog.getByText(`${goal.measures.length} toimenpidettä`).waitFor();
    await a.screenshot({ path: join(SCREENS, 'table-4-confirm.png') });
    await expectAccessible(a, 'delete confirmation');
    await dialog.getByRole('button', { name: 'Poista' }).click();

    await expect.poll(() => field(b, 'Tavoite 1').inputValue(), { timeout: 10_000 }).toBe(next.title);
    expect(await titlesOf(b)).toEqual(before.slice(goal.measures.length));
    // Focus went to the undo button, the likely next step.
    expect(await a.evaluate(() => document.activeElement?.textContent)).toContain('Kumoa');
    await waitSaved(a);
    expect((await planData()).focusAreas[0]?.goals.map((g) => g.id)).not.toContain(goal.id);

    await a.keyboard.press('Enter');
    await expect.poll(() => field(b, 'Tavoite 1').inputValue(), { timeout: 10_000 }).toBe(goal.title);
    await expect.poll(() => titlesOf(a)).toEqual(before);
    expect(await titlesOf(b)).toEqual(before);
    await waitSaved(a);
    expect(await planData()).toEqual(data);
  });

  it('undoes only one’s own edits', async () => {
    const label = 'Mittari, toimenpide 6';
    await typeAtEnd(b, field(b, label), 'Kävijämäärät');
    await expect.poll(() => field(a, label).inputValue(), { timeout: 10_000 }).toBe('Kävijämäärät');
    await field(a, 'Aikataulu, toimenpide 6').fill('2025');
    await expect.poll(() => field(b, 'Aikataulu, toimenpide 6').inputValue(), { timeout: 10_000 }).toBe('2025');
    // Ctrl+Z in the table undoes A's schedule, never B's indicator.
    await a.keyboard.press('Control+Z');
    await expect.poll(() => field(b, 'Aikataulu, toimenpide 6').inputValue(), { timeout: 10_000 }).toBe('');
    expect(await field(b, label).inputValue()).toBe('Kävijämäärät');
    await a.keyboard.press('Control+Shift+Z');
    await expect.poll(() => field(b, 'Aikataulu, toimenpide 6').inputValue(), { timeout: 10_000 }).toBe('2025');
  });

  it('filters by status, responsible party and target group, keeping the group headers', async () => {
    const data = await planData();
    const total = allMeasures(data).length;
    const filters = a.getByRole('group', { name: 'Suodata toimenpiteitä' });
    await filters.getByLabel('Tila').selectOption('done');
    await expectCount(a, 1, total);
    expect(await titlesOf(a)).toEqual(allMeasures(data).filter((m) => m.status === 'done').map((m) => m.title));
    // Every focus area header stays; the shown measure keeps its goal beside it.
    expect(await a.locator('.mt-fa').count()).toBe(data.focusAreas.length);
    await field(a, 'Tavoite 1').waitFor();
    await a.screenshot({ path: join(SCREENS, 'table-5-filtered.png') });

    await filters.getByLabel('Tila').selectOption({ label: 'Kaikki tilat' });
    await filters.getByLabel('Vastuutaho', { exact: true }).selectOption({ label: 'sivistystoimi' });
    const bySivistys = allMeasures(data).filter((m) => m.responsible.split(', ').includes('sivistystoimi'));
    expect(bySivistys.length).toBeGreaterThan(1);
    await expectCount(a, bySivistys.length, total);
    expect(await titlesOf(a)).toEqual(bySivistys.map((m) => m.title));

    await a.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
    await b.getByRole('combobox', { name: 'Kohderyhmät, toimenpide 1', exact: true }).focus();
    await b.keyboard.type('ikäihmiset');
    await b.keyboard.press('Enter');
    const groupInA = a.getByRole('list', { name: 'Kohderyhmät, toimenpide 1: valitut', exact: true });
    await expect.poll(() => groupInA.locator('.cb__chip-name').allTextContents(), { timeout: 10_000 }).toEqual(['ikäihmiset']);
    await waitSaved(b);
    // /data names the plan's group by its label.
    const older = allMeasures(await planData()).filter((m) => m.targetGroup.split(', ').includes('ikäihmiset'));
    expect(older.map((m) => m.title)).toContain(allMeasures(data)[0]?.title);
    await filters.getByLabel('Kohderyhmä', { exact: true }).selectOption({ label: 'ikäihmiset' });
    await expectCount(a, older.length, total);
    expect(await titlesOf(a)).toEqual(older.map((m) => m.title));
    await a.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
    await expectCount(a, total, total);
  });

  it('adds a measure to a goal and focuses its title', async () => {
    const before = (await titlesOf(b)).length;
    await a.getByRole('button', { name: 'Lisää toimenpide tavoitteeseen 1', exact: true }).click();
    // The new title is selected: typing replaces it.
    await a.keyboard.type('Uusi kokeilu');
    await expect.poll(() => b.locator('.mt-cell--measure textarea').count(), { timeout: 10_000 }).toBe(before + 1);
    await expect.poll(async () => (await titlesOf(b)).includes('Uusi kokeilu'), { timeout: 10_000 }).toBe(true);
  });

  it('is read-only for a viewer, and readable on a narrow screen', async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signIn(page, server.url, VIEWER.email, VIEWER.password);
    await openTable(page);
    await page.getByText('Voit lukea tätä suunnitelmaa, mutta et muokata sitä.').waitFor();
    expect(await measureTitle(page, 1).getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Lisää painopiste' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /^Tila, toimenpide/ }).count()).toBe(0);
    // Stacked into blocks on a phone, it is still a table with its headers to assistive technology.
    expect(await page.getByRole('table', { name: 'Toimenpidetaulukko' }).count()).toBe(1);
    expect(await page.getByRole('rowheader').count()).toBeGreaterThan(10);
    expect(await page.getByRole('columnheader', { name: 'Vastuutaho' }).count()).toBe(1);
    await measureTitle(page, 1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, 'table-6-narrow-viewer.png') });
    await expectAccessible(page, 'read-only table on a narrow screen');
    await page.context().close();

    await b.setViewportSize({ width: 390, height: 844 });
    await measureTitle(b, 1).scrollIntoViewIfNeeded();
    await b.screenshot({ path: join(SCREENS, 'table-7-narrow-member.png') });
    await expectAccessible(b, 'editable table on a narrow screen');
    await b.setViewportSize({ width: 1280, height: 900 });
  });
});
