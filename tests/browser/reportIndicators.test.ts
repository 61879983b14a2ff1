import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium, signIn } from '../support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { SotkanetStandIn } from '../support/sotkanetStandIn';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const SCREENS = join(tmpdir(), 'hyte-screens');
const REFRESH_MS = 4_000;
const TOIMEENTULOTUKI = 'Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä';

describe("the yearly report's indicators in Chromium", () => {
  let standIn: SotkanetStandIn;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let planId: string;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    standIn = await SotkanetStandIn.start();
    server = await ServerProcess.start({ SOTKANET_URL: standIn.url(), SOTKANET_TIMEOUT_MS: '500', SOTKANET_REFRESH_MS: String(REFRESH_MS) });
    const admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await findPlan(admin, DEMO_TITLE)).id;
    expect((await admin.request('PATCH', `/api/plans/${planId}`, { municipalityCode: '638' })).status).toBe(200);
    const sotkanet = (await admin.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 5 })).body.id as string;
    expect((await admin.request('PATCH', `/api/plans/${planId}/indicators/${sotkanet}`, { target: { year: 2028, value: 4.5, direction: 'decrease' }, baselineYear: 2019 })).status).toBe(200);
    const local = (await admin.post(`/api/plans/${planId}/indicators`, { source: 'local', title: 'Nuorisotalon kävijät', unit: 'käyntiä' })).body.id as string;
    expect((await admin.request('PUT', `/api/plans/${planId}/indicators/${local}/values`, { points: [{ year: 2023, value: 4870 }, { year: 2024, value: 5120 }] })).status).toBe(200);
    expect((await admin.request('PATCH', `/api/plans/${planId}/indicators/${local}`, { target: { year: 2026, value: 6000, direction: 'increase' }, baselineYear: 2023 })).status).toBe(200);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await standIn?.stop();
  });

  it('shows each indicator with its latest value, changes, target and whether it is on track, in words, with the source', async () => {
    await page.goto(`${server.url}/plans/${planId}/report`);
    const section = page.getByRole('region', { name: 'Mittarit' });
    const table = section.getByRole('table', { name: 'Mittarien tilanne' });
    await table.waitFor({ timeout: 15_000 });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Mittari', 'Viimeisin arvo', 'Muutos lähtötasosta', 'Muutos edellisestä', 'Tavoite', 'Arvio']);
    const first = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${TOIMEENTULOTUKI}`) }) });
    expect(await first.getByRole('cell').allTextContents()).toEqual([
      '5,7 (2023)',
      '−0,5 (2019–2023), tavoitteen suuntaan',
      '−0,1 (2022–2023), tavoitteen suuntaan',
      '4,5 (2028), pienenee',
      'Ei tavoitteen mukaisestitavoitteen mukainen arvo vuonna 2023 olisi 5,4',
    ]);
    const own = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Nuorisotalon kävijät/ }) });
    await own.getByRole('rowheader').getByText('Lähde: kunnan oma tieto').waitFor();
    // 4870 → 5120 of 6000 by 2026: the straight line from the baseline is at 5247 in 2024.
    await own.getByRole('cell', { name: /^Ei tavoitteen mukaisesti/ }).waitFor();
    await section.getByText(/^Lähde: THL, Sotkanet\.fi \(CC BY 4\.0\), haettu \d{1,2}\.\d{1,2}\.\d{4}$/).waitFor();
    await section.getByRole('link', { name: 'Mittarit-sivulle' }).waitFor();
    await expectAccessible(page, 'the report with its indicators');
    await section.screenshot({ path: join(SCREENS, 'report-indicators.png') });
  });

  it('says the figures are not up to date, with the date of the cache, when Sotkanet is away', async () => {
    await standIn.stop();
    await new Promise((resolve) => setTimeout(resolve, REFRESH_MS + 500));
    await page.reload();
    const section = page.getByRole('region', { name: 'Mittarit' });
    const stale = /^Tiedot eivät ole ajan tasalla \(haettu \d{1,2}\.\d{1,2}\.\d{4}\)\.$/;
    // Above the table for the section, and in the row of the indicator whose figures are from the cache.
    await section.getByRole('paragraph').filter({ hasText: stale }).waitFor({ timeout: 15_000 });
    await section.getByRole('rowheader', { name: new RegExp(`^${TOIMEENTULOTUKI}`) }).getByText(stale).waitFor();
    await section.getByRole('cell', { name: '5,7 (2023)' }).waitFor();
    await expectAccessible(page, 'the report with stale indicators');
    await section.screenshot({ path: join(SCREENS, 'report-indicators-stale.png') });
  });
});
