import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/axe';
import { launchChromium, signIn } from '../support/browser';
import { dayFromNow, PASSWORD, roundFixture } from '../support/roundFixture';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const SCREENS = join(tmpdir(), 'hyte-screens');
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENS, `cycle-${name}.png`), fullPage: true });

describe('the coordinator\'s side of the yearly cycle in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let fixture: Awaited<ReturnType<typeof roundFixture>>;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    // Without SMTP_URL: the mails land in the outbox, which the administrator sees.
    server = await ServerProcess.start({ SCHEDULER_POLL_MS: '200' });
    fixture = await roundFixture(server.url);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('opens a round from the plan, follows it per party, keeps the annual clock, and shows the bell and the outbox', async () => {
    const { people, planId, group } = fixture;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.url, people.coordinator.email, PASSWORD);

    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByRole('navigation', { name: /suunnitelma|Suunnitelman/i }).getByRole('link', { name: 'Tilannekyselyt' }).click();
    await page.getByRole('heading', { level: 1, name: /^Tilannekyselyt – / }).waitFor();
    await page.getByLabel('Kyselyn nimi').fill('Kevään 2026 tilannekysely');
    await page.getByLabel('Määräaika').fill(dayFromNow(20));
    await page.getByRole('button', { name: 'Lähetä kysely' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kevään 2026 tilannekysely' }).waitFor();
    const parties = page.getByRole('table', { name: 'Vastuutahot' });
    await expect.poll(() => parties.getByRole('rowheader').allTextContents()).toEqual(['Sivistystoimi', 'Liikuntapalvelut', 'Hyvinvointipalvelut']);
    expect(await parties.getByText('Ei yhteyshenkilöä: lähetetty koordinaattorille').count()).toBe(1);
    await page.getByRole('button', { name: 'Muistuta: Liikuntapalvelut' }).click();
    await page.getByText('Muistutus lähetettiin: Liikuntapalvelut.').waitFor();
    await shot(page, 'round');
    await expectAccessible(page, 'a round');

    await page.goto(`${server.url}/groups/${group.id}`);
    await page.getByRole('button', { name: 'Lisää tapahtuma' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uusi tapahtuma' });
    await dialog.getByLabel('Nimi').fill('Hyvinvointiraportti valtuustolle');
    await dialog.getByLabel('Päivä').fill(`${new Date().getFullYear()}-05-15`);
    await dialog.getByLabel('Vastuussa').fill('Hyvinvointikoordinaattori');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Tapahtuma tallennettiin: Hyvinvointiraportti valtuustolle.').waitFor();
    const days = page.getByRole('list', { name: `Tapahtumat ${new Date().getFullYear()}` });
    await expect.poll(() => days.textContent()).toContain('Hyvinvointiraportti valtuustolle');
    await shot(page, 'annual-clock');
    await expectAccessible(page, 'the group page with its annual clock');

    // A mention reaches the bell (beside the request the coordinator got for the party without a contact).
    await people.member.client.post(`/api/plans/${planId}/comments`, { measureId: fixture.measures[0]!.id, text: 'Katsotko?', mentions: [people.coordinator.id] });
    await page.reload();
    const bell = page.getByRole('button', { name: /^Ilmoitukset, [0-9]+ lukematonta$/ });
    await bell.click();
    await page.getByRole('region', { name: 'Ilmoitukset' }).getByRole('link', { name: /Mirja Jäsen mainitsi sinut/ }).waitFor();
    await shot(page, 'bell');
    await expectAccessible(page, 'the open bell');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await context.close();

    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const admin = await adminContext.newPage();
    await signIn(admin, server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.goto(`${server.url}/admin`);
    const outbox = admin.getByRole('table', { name: 'Lähtevä posti' });
    await expect.poll(() => outbox.getByRole('rowheader').count()).toBeGreaterThanOrEqual(5);
    expect(await admin.getByText('SMTP-palvelinta ei ole asetettu').count()).toBe(1);
    await shot(admin, 'outbox');
    await expectAccessible(admin, 'the administration page with the outbox');
    await adminContext.close();
  });
});
