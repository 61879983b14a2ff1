import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium } from '../support/browser';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { SotkanetStandIn } from '../support/sotkanetStandIn';

const SHOTS = process.env.HYTE_SCREENSHOTS;

describe('the public page of a published plan, in a browser with scripts off', () => {
  let standIn: SotkanetStandIn;
  let server: ServerProcess;
  let browser: Browser;
  let publication: { url: string; latestUrl: string };

  beforeAll(async () => {
    standIn = await SotkanetStandIn.start();
    server = await ServerProcess.start({ SOTKANET_URL: standIn.url() });
    const admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const plan = await findPlan(admin, 'Porvoon kaupungin hyvinvointisuunnitelma');
    // Indicators, one of them also placed in the text as a chart, as an editor's toolbar would place it.
    expect((await admin.request('PATCH', `/api/plans/${plan.id}`, { municipalityCode: '638' })).status).toBe(200);
    expect((await admin.post(`/api/plans/${plan.id}/indicators`, { source: 'sotkanet', sourceId: 5 })).status).toBe(201);
    const local = (await admin.post(`/api/plans/${plan.id}/indicators`, { source: 'local', title: 'Nuorisotalon kävijät', unit: 'käyntiä' })).body;
    const points = [{ year: 2023, value: 4870 }, { year: 2024, value: 5120 }];
    expect((await admin.request('PUT', `/api/plans/${plan.id}/indicators/${local.id}/values`, { points })).status).toBe(200);
    const writer = await connectClient(server.collabUrl, planDocumentName(plan.id), admin.token!);
    const chart = new Y.XmlElement('indicatorChart');
    chart.setAttribute('indicatorId', local.id);
    writer.doc.getXmlFragment('body').insert(2, [chart]);
    await waitForAcknowledged(writer);
    writer.destroy();
    publication = (await admin.post(`/api/plans/${plan.id}/publications`, { label: 'Kaupunginvaltuustolle 12.6.2026' })).body;
    await admin.request('PUT', `/api/plans/${plan.id}/accessibility-statement`, {
      compliance: 'partial',
      nonAccessibleContent: 'Taulukon värit eivät yksin kerro tilaa: tila on myös kirjoitettu.',
      assessedBy: 'itsearviointi',
      assessedOn: '2026-05-01',
      feedbackName: 'Porvoon kaupunki',
      feedbackEmail: 'palaute@porvoo.fi',
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await standIn?.stop();
  });

  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    it(`reads whole and passes axe without JavaScript (${name})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await context.newPage();
      const answer = await page.goto(publication.url);
      expect(answer?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toContain('Porvoon kaupungin hyvinvointisuunnitelma');
      expect(await page.locator('nav.toc a').count()).toBeGreaterThan(3);
      expect(await page.locator('table.measures tbody tr').count()).toBeGreaterThan(40);
      // The indicators' charts are drawn by the server: images with names, their figures as tables, their sources.
      const section = page.getByRole('region', { name: 'Mittarit' });
      expect(await section.getByRole('img').count()).toBe(2);
      await section.getByRole('table', { name: 'Nuorisotalon kävijät: luvut vuosittain' }).getByRole('cell', { name: '5 120' }).waitFor();
      await section.getByText(/^Lähde: THL, Sotkanet\.fi \(CC BY 4\.0\), haettu \d{1,2}\.\d{1,2}\.\d{4}$/).first().waitFor();
      const inText = page.locator('main figure.indicator-chart');
      await inText.getByRole('img', { name: /^Nuorisotalon kävijät/ }).waitFor();
      expect(await inText.boundingBox().then((box) => box?.width ?? 0)).toBeGreaterThan(300);
      expect(await inText.locator('figcaption').textContent()).toBe('Nuorisotalon kävijät (käyntiä)Lähde: kunnan oma tieto');
      if (SHOTS) {
        await inText.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/public-chart-${name}.png`, fullPage: false });
      }
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/public-${name}.png`, fullPage: false });
      const withoutScripts = await page.content();
      await context.close();

      // axe itself is a script, which a page with JavaScript off cannot run: it checks the same page in a
      // context with JavaScript on, where the page has no script of its own to change anything (the DOM is the same).
      const checking = await browser.newContext({ viewport });
      const checked = await checking.newPage();
      await checked.goto(publication.url);
      expect(await checked.content()).toBe(withoutScripts);
      await expectAccessible(checked, `public page (${name})`);
      await checked.goto(`${publication.latestUrl}/saavutettavuusseloste`);
      await expectAccessible(checked, `accessibility statement (${name})`);
      await checking.close();
    });
  }
});
