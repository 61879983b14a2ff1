import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { planDocumentName } from '../../shared/documentNames';
import { readPlanData, setMeasureIndicators } from '../../shared/plan';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium, signIn } from '../support/browser';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { SotkanetStandIn } from '../support/sotkanetStandIn';

// Needs `node scripts/build.mjs` first (npm test does it): the server serves dist/client.

const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const MEMBER = { email: 'bea@example.fi', name: 'Bea Bergström', password: 'selain-testi-salasana-2' };
const LOCAL_TITLE = 'Nuorisotalon kävijät';
const SOTKANET_TITLE = 'Koulukiusattuna vähintään kerran viikossa, % 8. ja 9. luokan oppilaista';
const SCREENS = join(tmpdir(), 'hyte-screens');

describe('an indicator chart in the plan text', () => {
  let standIn: SotkanetStandIn;
  let server: ServerProcess;
  let browser: Browser;
  let admin: ApiClient;
  let planId: string;
  let localId: string;
  let measureId: string;

  const waitForSaved = (page: Page) => page.getByRole('status').filter({ hasText: 'Kaikki muutokset tallennettu' }).waitFor({ timeout: 15_000 });

  async function openPlan(email: string, password: string, listRequests: string[] = []): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api/plans/${planId}/indicators`) listRequests.push(request.url());
    });
    await signIn(page, server.url, email, password);
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    await waitForSaved(page);
    return page;
  }

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    standIn = await SotkanetStandIn.start();
    server = await ServerProcess.start({ SOTKANET_URL: standIn.url(), SOTKANET_TIMEOUT_MS: '2000' });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const plan = await findPlan(admin, DEMO_TITLE);
    planId = plan.id;
    const member = await admin.post('/api/users', MEMBER);
    expect(member.status).toBe(201);
    expect((await admin.request('PUT', `/api/groups/${plan.groupId}/members/${member.body.id}`, { role: 'member' })).status).toBe(200);

    expect((await admin.request('PATCH', `/api/plans/${planId}`, { municipalityCode: '638' })).status).toBe(200);
    expect((await admin.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 289 })).status).toBe(201);
    const local = await admin.post(`/api/plans/${planId}/indicators`, { source: 'local', title: LOCAL_TITLE, unit: 'käyntiä' });
    expect(local.status).toBe(201);
    localId = local.body.id;
    const points = [
      { year: 2023, value: 4870 },
      { year: 2024, value: 5120 },
    ];
    expect((await admin.request('PUT', `/api/plans/${planId}/indicators/${localId}/values`, { points })).status).toBe(200);

    // The first measure follows the local indicator, linked the way the table writes it: in the plan document.
    const writer = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    const measure = readPlanData(writer.doc, planId).focusAreas[0]!.goals[0]!.measures[0]!;
    measureId = measure.id;
    setMeasureIndicators(writer.doc, measure.id, [localId]);
    await waitForAcknowledged(writer);
    writer.destroy();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await standIn?.stop();
  });

  it('is inserted by keyboard, seen by another member, kept live as figures and the target change, and passes axe', async () => {
    const a = await openPlan(ADMIN_EMAIL, ADMIN_PASSWORD);
    // Every block and row of a page shares one list of the plan's indicators.
    const listRequests: string[] = [];
    const b = await openPlan(MEMBER.email, MEMBER.password, listRequests);

    // The measure's row: the latest figure, the direction in words, an arrow beside them.
    const row = b.locator(`tr[data-row-id="${measureId}"]`);
    const trend = row.getByRole('list', { name: 'Mittareiden viimeisimmät luvut' }).getByRole('listitem');
    await trend.filter({ hasText: `${LOCAL_TITLE}: 5 120 käyntiä (2024) ▲ nousee (vuonna 2023: 4 870)` }).waitFor({ timeout: 15_000 });

    // Keyboard only: from the text to its toolbar, along it to the chart button, the picker, the local indicator, insert.
    const editorA = a.getByRole('textbox', { name: 'Suunnitelman teksti' });
    await editorA.click();
    await a.keyboard.press('Control+End');
    await a.keyboard.press('Shift+Tab');
    for (let i = 0; i < 30; i++) {
      if ((await a.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === 'Lisää mittarin kaavio') break;
      await a.keyboard.press('ArrowRight');
    }
    expect(await a.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Lisää mittarin kaavio');
    await a.keyboard.press('Enter');
    const dialog = a.getByRole('dialog', { name: 'Lisää mittarin kaavio tekstiin' });
    await dialog.getByRole('radio', { name: SOTKANET_TITLE }).waitFor();
    expect(await dialog.getByRole('radio', { name: SOTKANET_TITLE }).isChecked()).toBe(true);
    await a.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: `${LOCAL_TITLE} (käyntiä)` }).isChecked()).toBe(true);
    await expectAccessible(a, 'the chart picker');
    await a.screenshot({ path: join(SCREENS, 'indicator-chart-picker.png') });
    await a.keyboard.press('Tab');
    await a.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const blockA = editorA.getByRole('figure', { name: `Mittari: ${LOCAL_TITLE}` });
    await blockA.waitFor();
    const tableName = `${LOCAL_TITLE}: luvut vuosittain`;
    await blockA.getByRole('table', { name: tableName }).getByRole('cell', { name: '5 120' }).waitFor();
    const chartA = blockA.getByRole('img');
    expect(await chartA.getAttribute('alt')).toMatch(/^Kaavio: Nuorisotalon kävijät \(käyntiä\)\. Porvoo 2024: 5\s120\. Lähde: kunnan oma tieto\.$/);
    // The server draws the first chart after loading vega: on a busy machine that takes seconds.
    await expect.poll(() => chartA.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)), { timeout: 30_000 }).toBeGreaterThan(300);
    await waitForSaved(a);

    // The other member sees the same block, drawn from the same figures.
    const editorB = b.getByRole('textbox', { name: 'Suunnitelman teksti' });
    const blockB = editorB.getByRole('figure', { name: `Mittari: ${LOCAL_TITLE}` });
    await blockB.getByRole('table', { name: tableName }).getByRole('cell', { name: '5 120' }).waitFor({ timeout: 15_000 });
    const firstChart = await blockB.getByRole('img').getAttribute('src');

    // A new year's figure and a target, entered elsewhere: the block, its chart and the row follow without a reload.
    const newPoints = [
      { year: 2023, value: 4870 },
      { year: 2024, value: 5120 },
      { year: 2025, value: 4990 },
    ];
    expect((await admin.request('PUT', `/api/plans/${planId}/indicators/${localId}/values`, { points: newPoints })).status).toBe(200);
    expect((await admin.request('PATCH', `/api/plans/${planId}/indicators/${localId}`, { target: { year: 2028, value: 6000, direction: 'increase' } })).status).toBe(200);
    for (const block of [blockA, blockB]) {
      await block.getByRole('table', { name: tableName }).getByRole('row', { name: '2025 4 990' }).waitFor({ timeout: 15_000 });
      await block.getByText('Lähde: kunnan oma tieto · Tavoite 2028: 6 000').waitFor({ timeout: 15_000 });
    }
    await expect.poll(() => blockB.getByRole('img').getAttribute('src')).not.toBe(firstChart);
    expect(await blockB.getByRole('img').getAttribute('alt')).toMatch(/Porvoo 2025: 4\s990\. Tavoite 2028: 6\s000\./);
    await trend.filter({ hasText: `${LOCAL_TITLE}: 4 990 käyntiä (2025) ▼ laskee (vuonna 2024: 5 120), tavoitteesta poispäin` }).waitFor({ timeout: 15_000 });
    // One list when the page opened (the row and, later, the block share it) and one per burst of changes (the figures, the target), never one per row or block.
    expect(listRequests.length).toBeGreaterThanOrEqual(2);
    expect(listRequests.length).toBeLessThanOrEqual(3);

    await blockB.scrollIntoViewIfNeeded();
    await b.screenshot({ path: join(SCREENS, 'indicator-chart-block-b.png') });
    await row.scrollIntoViewIfNeeded();
    await b.screenshot({ path: join(SCREENS, 'indicator-trend-row.png') });
    await expectAccessible(b, 'the plan with a chart in its text and a trend in a row');
    await blockA.scrollIntoViewIfNeeded();
    await a.screenshot({ path: join(SCREENS, 'indicator-chart-block-a.png') });
    await expectAccessible(a, 'the plan with a selected chart in its text');

    // The block is saved as the plan text: it is there after a reload, and a chart of the removed indicator says so.
    expect((await admin.request('DELETE', `/api/plans/${planId}/indicators/${localId}`)).status).toBe(204);
    const orphan = editorB.getByRole('figure', { name: 'Mittari: tuntematon mittari' });
    await orphan.getByText('Tätä mittaria ei enää ole suunnitelmassa.', { exact: false }).waitFor({ timeout: 15_000 });
    await b.reload();
    await b.getByRole('textbox', { name: 'Suunnitelman teksti' }).getByRole('figure', { name: 'Mittari: tuntematon mittari' }).waitFor({ timeout: 15_000 });
    await expectAccessible(b, 'a chart of an indicator no longer in the plan');
  }, 180_000);
});
