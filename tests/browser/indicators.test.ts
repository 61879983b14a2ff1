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
const REFRESH_MS = 5_000;

describe('the indicators view of a plan', () => {
  let standIn: SotkanetStandIn;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let planId: string;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    standIn = await SotkanetStandIn.start();
    server = await ServerProcess.start({ SOTKANET_URL: standIn.url(), SOTKANET_TIMEOUT_MS: '500', SOTKANET_REFRESH_MS: String(REFRESH_MS) });
    planId = (await findPlan(await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD), DEMO_TITLE)).id;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await standIn?.stop();
  });

  it('chooses the municipality, adds indicators by keyboard from the catalogue and its own, and shows chart and table', async () => {
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByRole('navigation', { name: 'Suunnitelman näkymät' }).getByRole('link', { name: 'Mittarit', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Mittarit – ${DEMO_TITLE}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/plans/${planId}/indicators`);
    await page.getByText('Kuntaa ei ole vielä valittu').waitFor();

    await page.getByLabel('Suunnitelman kunta').selectOption('638');
    await page.getByRole('button', { name: 'Tallenna kunta' }).click();
    await page.getByText('Porvoo, verrattuna alueeseen Itä-Uudenmaan hyvinvointialue ja koko maahan.').waitFor();

    // A Swedish word, keyboard only: the list opens, the arrow picks, Enter adds.
    const search = page.getByRole('combobox', { name: 'Hae Sotkanetin indikaattoreista' });
    await search.fill('utkomststöd');
    await page.getByRole('option', { name: /Toimeentulotukea saaneet 25–64-vuotiaat/ }).waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await search.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBeTruthy();
    await search.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Mittari ”Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä” lisätty.' }).waitFor();

    const card = page.getByRole('article', { name: 'Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä' });
    const chart = card.getByRole('img');
    await chart.waitFor();
    // The chart is rendered on the server (vega); on a loaded machine the first render takes seconds.
    await expect.poll(() => chart.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)), { timeout: 20_000 }).toBeGreaterThan(300);
    expect(await chart.getAttribute('alt')).toMatch(/^Kaavio: Toimeentulotukea .* Porvoo 2023: .*Lähde: THL, Sotkanet\.fi \(CC BY 4\.0\), haettu \d/);
    const table = card.getByRole('table', { name: 'Luvut taulukkona' });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Vuosi', 'Porvoo', 'Itä-Uudenmaan hyvinvointialue', 'Koko maa', 'Porvoo, naiset', 'Porvoo, miehet']);
    expect(await table.getByRole('row').count()).toBe(1 + 9);
    await card.getByText(/^Lähde: THL, Sotkanet\.fi \(CC BY 4\.0\), haettu \d{1,2}\.\d{1,2}\.\d{4}$/).waitFor();

    // A target for it.
    await card.getByLabel('Tavoitevuosi').fill('2028');
    await card.getByLabel('Tavoitearvo').fill('4,5');
    await card.getByLabel('Suunta').selectOption('decrease');
    await card.getByRole('button', { name: 'Tallenna tavoite' }).click();
    await card.getByText('Tavoite 2028: 4,5').waitFor();

    // The municipality's own indicator with figures typed in.
    await page.getByLabel('Mittarin nimi').fill('Nuorisotalon kävijät');
    await page.getByLabel('Yksikkö (valinnainen)').fill('käyntiä');
    await page.getByRole('button', { name: 'Lisää oma mittari' }).click();
    const own = page.getByRole('article', { name: 'Nuorisotalon kävijät' });
    await own.getByText('Lukuja ei ole vielä syötetty.').waitFor();
    await own.getByLabel('Vuosi 1', { exact: true }).fill('2023');
    await own.getByLabel('Luku 2023', { exact: true }).fill('4870');
    await own.getByRole('button', { name: 'Lisää vuosi' }).click();
    await own.getByLabel('Vuosi 2', { exact: true }).fill('2024');
    await own.getByLabel('Luku 2024', { exact: true }).fill('5 120');
    await own.getByRole('button', { name: 'Tallenna luvut' }).click();
    await own.getByRole('table', { name: 'Luvut taulukkona' }).getByRole('cell', { name: '5 120' }).waitFor();

    await expectAccessible(page, 'the indicators view');
    await page.screenshot({ path: join(SCREENS, 'indicators.png'), fullPage: true });
  });

  it('says the figures are not up to date, with their date, when Sotkanet is away', async () => {
    await standIn.stop();
    await new Promise((resolve) => setTimeout(resolve, REFRESH_MS + 500));
    await page.reload();
    const banner = page.getByRole('status').filter({ hasText: /^Tiedot eivät ole ajan tasalla \(haettu \d{1,2}\.\d{1,2}\.\d{4}\)/ });
    await banner.waitFor({ timeout: 15_000 });
    // The chart and the table are still there, from the cache.
    await page.getByRole('table', { name: 'Luvut taulukkona' }).first().waitFor();
    await expectAccessible(page, 'the indicators view with stale figures');
    await page.screenshot({ path: join(SCREENS, 'indicators-stale.png'), fullPage: false });
  });
});
