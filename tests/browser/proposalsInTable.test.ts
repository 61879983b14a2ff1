import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium, pickedStatus, signIn } from '../support/browser';
import { CONTACTS, dayFromNow, PASSWORD, roundFixture } from '../support/roundFixture';
import { ServerProcess } from '../support/serverProcess';
import { responseLink, TestSmtpServer, to } from '../support/smtpServer';

// Needs `node scripts/build.mjs` first (npm test does it): the server serves dist/client.

const SCREENS = join(tmpdir(), 'hyte-screens');
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENS, `proposals-${name}.png`) });
const ROUND = 'Kevään 2026 tilannekysely';
const today = () => new Intl.DateTimeFormat('fi-FI', { dateStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date());

describe('answers of a status round in the measure table, in Chromium', () => {
  let smtp: TestSmtpServer;
  let server: ServerProcess;
  let browser: Browser;
  let fixture: Awaited<ReturnType<typeof roundFixture>>;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    smtp = await TestSmtpServer.start();
    server = await ServerProcess.start({ SMTP_URL: smtp.url, MAIL_FROM: 'Hyte-työtila <hyte@porvoo.fi>', SCHEDULER_POLL_MS: '200' });
    fixture = await roundFixture(server.url);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await smtp?.stop();
  });

  /** A member signed in with the plan open at its measure table; counts the page's requests for the plan's proposals. */
  async function openPlan(email: string) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const proposalRequests: Request[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api/plans/${fixture.planId}/proposals`) proposalRequests.push(request);
    });
    await signIn(page, server.url, email, PASSWORD);
    await page.goto(`${server.url}/plans/${fixture.planId}`);
    await page.getByRole('textbox', { name: 'Toimenpide 4', exact: true }).waitFor();
    return { context, page, proposalRequests };
  }

  it('shows an answer as a marker in the open table, opened and accepted by keyboard, and the status changes for a second member', async () => {
    const { people, planId } = fixture;
    const member = await openPlan(people.member.email);
    const chair = await openPlan(people.chair.email);
    // One request for the whole table, not one per row.
    await expect.poll(() => member.proposalRequests.length).toBe(1);

    // The round is opened and answered while both have the table open: the markers come by the server's push.
    const round = (await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: ROUND, deadline: dayFromNow(20) })).body;
    const [sanna] = await smtp.waitFor(to(CONTACTS.sivistys[0].email));
    const token = new URL(responseLink(sanna!)).pathname.split('/').pop()!;
    const answered = await new ApiClient(server.url).post(`/api/responses/${token}`, {
      answers: [
        { measureId: fixture.measures[0]!.id, status: 'done', statusNote: 'Harrastus käynnissä kaikilla kouluilla' },
        { measureId: fixture.measures[1]!.id, status: 'started', statusNote: '' },
      ],
    });
    expect(answered.status).toBe(200);

    const markerName = `Ehdotus: Sanna Sivistys, ${today()}: tila Valmis (toimenpide 1)`;
    const marker = member.page.getByRole('button', { name: markerName, exact: true });
    await marker.waitFor({ timeout: 15_000 });
    await chair.page.getByRole('button', { name: markerName, exact: true }).waitFor({ timeout: 15_000 });
    await member.page.getByRole('button', { name: `Ehdotus: Sanna Sivistys, ${today()}: tila Aloitettu (toimenpide 2)`, exact: true }).waitFor();
    // Measures the round asked about and nobody has updated since are flagged in words.
    expect(await member.page.getByText('Ei päivitetty uusimman kyselyn jälkeen').count()).toBe(4);
    // And one more for the answer's push (the round's opening does not change proposals).
    expect(member.proposalRequests.length).toBe(2);
    await marker.scrollIntoViewIfNeeded();
    await shot(member.page, 'table');
    await expectAccessible(member.page, 'the measure table with proposal markers');

    // Opened by keyboard: the dialog shows the answer beside the current values.
    await marker.focus();
    await member.page.keyboard.press('Enter');
    const dialog = member.page.getByRole('dialog', { name: 'Ehdotus: toimenpide 1' });
    await dialog.waitFor();
    const comparison = dialog.getByRole('table', { name: 'Nykyinen tieto ja ehdotus' });
    await expect.poll(() => comparison.getByRole('row').allInnerTexts()).toEqual([
      'Tieto\tNyt\tEhdotus',
      expect.stringMatching(/^Tila\t\s*Aloitettu\t\s*Valmis$/),
      'Tilannekuvaus\tKysely tehty\tHarrastus käynnissä kaikilla kouluilla',
    ]);
    expect(await dialog.getByText(`Sanna Sivistys (${CONTACTS.sivistys[0].email}) vastasi ${today()} kyselyyn ”${ROUND}”.`).count()).toBe(1);
    await shot(member.page, 'dialog');
    await expectAccessible(member.page, 'the proposal dialog');

    // The first control is Accept: Enter accepts, the outcome is said and focus goes to Close.
    expect(await member.page.evaluate(() => document.activeElement?.textContent)).toBe('Hyväksy suunnitelmaan');
    await member.page.keyboard.press('Enter');
    await dialog.getByText('Ehdotus hyväksyttiin suunnitelmaan.').waitFor();
    await expect.poll(() => member.page.evaluate(() => document.activeElement?.textContent)).toBe('Sulje');
    expect(await dialog.getByRole('button', { name: 'Hyväksy suunnitelmaan' }).count()).toBe(0);
    await shot(member.page, 'accepted');
    await member.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    // The marker is gone; focus is on the row's status, which is the accepted one.
    expect(await member.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Tila, toimenpide 1');
    expect(await marker.count()).toBe(0);

    // The second member sees the status change live, the marker go, and the status counted as updated today.
    const chairStatus = chair.page.getByRole('combobox', { name: 'Tila, toimenpide 1', exact: true });
    await expect.poll(() => pickedStatus(chairStatus), { timeout: 15_000 }).toBe('done');
    await chair.page.getByRole('button', { name: markerName, exact: true }).waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(() => chair.page.getByText(`Tila päivitetty ${today()}`).count(), { timeout: 15_000 }).toBe(1);
    expect(await chair.page.getByText('Ei päivitetty uusimman kyselyn jälkeen').count()).toBe(3);
    await chairStatus.scrollIntoViewIfNeeded();
    await shot(chair.page, 'second-member');
    await expectAccessible(chair.page, 'the second member\'s table after the acceptance');

    // The round's page says which lead party a round cannot reach, with the way to add its contacts.
    await member.page.goto(`${server.url}/plans/${planId}/rounds/${round.id}`);
    await member.page.getByText('1 vastuutaho ilman yhteyshenkilöä').waitFor();
    const link = member.page.getByRole('link', { name: 'Lisää yhteyshenkilöt vastuutahoihin' });
    expect(await link.getAttribute('href')).toBe(`/plans/${planId}/vocabularies`);
    expect(await member.page.getByText('Hyvinvointipalvelut (1 toimenpide)').count()).toBe(1);
    await shot(member.page, 'rounds-reach');
    await expectAccessible(member.page, 'the rounds page with the parties a round cannot reach');

    await member.context.close();
    await chair.context.close();
  });
});
