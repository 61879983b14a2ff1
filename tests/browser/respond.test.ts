import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/axe';
import { launchChromium } from '../support/browser';
import { CONTACTS, dayFromNow, roundFixture } from '../support/roundFixture';
import { ServerProcess } from '../support/serverProcess';
import { responseLink, TestSmtpServer, to } from '../support/smtpServer';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const SCREENS = join(tmpdir(), 'hyte-screens');
const PHONE = { width: 390, height: 844 };

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { tag: el?.tagName ?? '', type: el?.type ?? '', value: el?.value ?? '', label: el?.closest('label')?.textContent ?? el?.textContent ?? '' };
  });

/** Presses Tab until the focus is on an element that `done` accepts (at most `limit` times). */
async function tabTo(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (done(await focused(page))) return;
  }
  throw new Error(`Tab never reached the element; last: ${JSON.stringify(await focused(page))}`);
}

describe('a respondent answers from the link in the mail, on a phone, by keyboard', () => {
  let smtp: TestSmtpServer;
  let server: ServerProcess;
  let browser: Browser;
  let fixture: Awaited<ReturnType<typeof roundFixture>>;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    smtp = await TestSmtpServer.start();
    server = await ServerProcess.start({ SMTP_URL: smtp.url, SCHEDULER_POLL_MS: '200' });
    fixture = await roundFixture(server.url);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await smtp?.stop();
  });

  it('opens the one-screen form, answers two measures with the keyboard only, and sees the confirmation', async () => {
    const { people, planId, measures } = fixture;
    const round = (await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Kevään 2026 tilannekysely', deadline: dayFromNow(14) })).body;
    const [mail] = await smtp.waitFor(to(CONTACTS.sivistys[0].email));

    // The mail as its HTML renders in a browser, on a phone and on a desktop.
    const mailPage = await browser.newPage({ viewport: PHONE });
    await mailPage.setContent(String(mail!.parsed.html));
    await mailPage.screenshot({ path: join(SCREENS, 'respond-mail-phone.png'), fullPage: true });
    // The long link wraps instead of widening the mail past the screen.
    expect(await mailPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await mailPage.setViewportSize({ width: 1024, height: 900 });
    await mailPage.screenshot({ path: join(SCREENS, 'respond-mail-desktop.png'), fullPage: true });
    expect(await mailPage.getByRole('link', { name: 'Vastaa tilannekyselyyn' }).getAttribute('href')).toBe(responseLink(mail!));
    await mailPage.close();

    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(responseLink(mail!));
    await page.getByRole('heading', { level: 1, name: 'Tilannekysely: Kevään 2026 tilannekysely' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Koulupäivän yhteyteen maksuton harrastus', 'Kerhotoiminta kaikille kouluille']);
    // Only this party's measures; nothing of the others'.
    expect(await page.content()).not.toContain('Liikuntaneuvonta ikäihmisille');
    // One column: nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // Each status is worded, and the radio group is named by its measure.
    const first = page.getByRole('group', { name: 'Tila Koulupäivän yhteyteen maksuton harrastus' });
    expect(await first.getByRole('radio').count()).toBe(4);
    expect(await first.getByRole('radio', { name: /Aloitettu/ }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENS, 'respond-form-phone.png'), fullPage: true });
    await expectAccessible(page, 'the respondent form');

    // Keyboard only: Tab into the first radio group (its checked radio), arrows choose, Tab to the note, type.
    await tabTo(page, (f) => f.type === 'radio');
    expect((await focused(page)).value).toBe('started');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toMatchObject({ value: 'done' });
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('TEXTAREA');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Harrastukset käynnissä kaikilla kouluilla.');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ type: 'radio', value: 'unassessed' });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).value).toBe('started');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kolme koulua aloittanut.');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', label: 'Lähetä vastaus' });
    await page.keyboard.press('Enter');

    const thanks = page.getByRole('heading', { level: 2, name: 'Kiitos! Vastauksesi on vastaanotettu.' });
    await thanks.waitFor();
    // The confirmation takes the focus, so that a screen reader says it.
    expect((await focused(page)).label).toBe('Kiitos! Vastauksesi on vastaanotettu.');
    await page.screenshot({ path: join(SCREENS, 'respond-thanks-phone.png'), fullPage: true });
    await expectAccessible(page, 'the confirmation');

    const proposals = (await people.member.client.get(`/api/plans/${planId}/rounds/${round.id}/proposals`)).body;
    expect(proposals.map((p: any) => [p.measureId, p.status, p.statusNote]).sort()).toEqual(
      [
        [measures[0]!.id, 'done', 'Harrastukset käynnissä kaikilla kouluilla.'],
        [measures[1]!.id, 'started', 'Kolme koulua aloittanut.'],
      ].sort(),
    );

    // Changing the answer: the form comes back with what was sent.
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('Muuta vastausta');
    await page.keyboard.press('Enter');
    await page.getByText(/Vastasit /).waitFor();
    expect(await page.getByRole('group', { name: 'Tila Koulupäivän yhteyteen maksuton harrastus' }).getByRole('radio', { name: /Valmis/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('says plainly when the link is not valid, in Swedish for a reader who chose it', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${server.url}/respond/${'A'.repeat(43)}`);
    await page.getByRole('heading', { level: 1, name: 'Linkki ei ole voimassa' }).waitFor();
    await page.getByLabel('Kieli').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Länken gäller inte' }).waitFor();
    await expectAccessible(page, 'an invalid link');
    await context.close();
  });
});
