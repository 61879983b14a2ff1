import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium } from '../support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const SHOTS = process.env.HYTE_SCREENSHOTS;

describe('the public page of a published plan, in a browser with scripts off', () => {
  let server: ServerProcess;
  let browser: Browser;
  let publication: { url: string; latestUrl: string };

  beforeAll(async () => {
    server = await ServerProcess.start();
    const admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const plan = await findPlan(admin, 'Porvoon kaupungin hyvinvointisuunnitelma');
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
