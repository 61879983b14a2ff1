import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ApiClient } from '../support/api';
import { expectAccessible } from '../support/axe';
import { chooseStatus, launchChromium, signIn } from '../support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const PASSWORD = 'kokous-selain-salasana-1';
const PEOPLE = [
  { key: 'chair', email: 'pj@example.fi', name: 'Paula Puheenjohtaja', role: 'chair' },
  { key: 'secretary', email: 'si@example.fi', name: 'Sami Sihteeri', role: 'secretary' },
  { key: 'member', email: 'je@example.fi', name: 'Jenni Jäsen', role: 'member' },
] as const;
const SCREENS = join(tmpdir(), 'hyte-screens');

let server: ServerProcess;
let browser: Browser;

describe('a meeting in Chromium: the chair presents, two follow, one stops, a status change reaches the minutes; deputies and guests by keyboard; comments edited and resolved', () => {
  let meetingId: string;
  const ids: Record<string, string> = {};
  let chairApi: ApiClient;
  let agenda: Array<{ id: string; kind: string; targetId: string | null; title: string }>;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    const admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const groupId = (await admin.post('/api/groups', { name: 'Hyvinvointiryhmä' })).body.id;
    for (const person of PEOPLE) {
      const user = await admin.post('/api/users', { email: person.email, name: person.name, password: PASSWORD });
      ids[person.key] = user.body.id;
      await admin.request('PUT', `/api/groups/${groupId}/members/${user.body.id}`, { role: person.role });
    }
    const measures = (prefix: string) => Array.from({ length: 8 }, (_, i) => ({ title: `${prefix} ${i + 1}` }));
    const plan = await admin.post('/api/plans', {
      title: 'Kokouksen suunnitelma',
      groupId,
      measures: {
        focusAreas: [
          { title: 'Liikkuminen', goals: [{ title: 'Liikettä', measures: measures('Liikuntatoimi') }] },
          { title: 'Osallisuus', goals: [{ title: 'Osallisuutta', measures: measures('Osallisuustoimi') }] },
        ],
      },
    });
    chairApi = await ApiClient.login(server.url, PEOPLE[0].email, PASSWORD);
    const meeting = await chairApi.post(`/api/groups/${groupId}/meetings`, { title: 'Kokous 2/2026', startsAt: '2026-04-01T12:00:00.000Z', planId: plan.body.id, agenda: 'measures' });
    expect(meeting.status).toBe(201);
    meetingId = meeting.body.id;
    expect((await chairApi.post(`/api/meetings/${meetingId}/state`, { state: 'open' })).status).toBe(200);
    agenda = (await chairApi.get(`/api/meetings/${meetingId}`)).body.data.agenda;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  const openMeeting = async (email: string): Promise<Page> => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await signIn(page, server.url, email, PASSWORD);
    await page.goto(`${server.url}/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 2, name: 'Esityslista' }).waitFor();
    await page.locator('[data-row-kind="measure"]').first().waitFor();
    return page;
  };
  const openItem = (page: Page) => page.locator('[data-open-item]').getAttribute('data-open-item');
  const highlighted = (page: Page) => page.locator('.meeting-highlight').getAttribute('data-row-id');
  const followStatus = (page: Page) => page.locator('[data-follow-status]').getAttribute('data-follow-status');
  const until = async (what: string, check: () => Promise<boolean>) => {
    const deadline = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('moves the followers with the presenter until one scrolls away', async () => {
    const [chair, secretary, member] = [await openMeeting(PEOPLE[0].email), await openMeeting(PEOPLE[1].email), await openMeeting(PEOPLE[2].email)];
    await chair.getByRole('button', { name: 'Esitä', exact: true }).click();
    for (const follower of [secretary, member]) await until('following', async () => (await followStatus(follower)) === 'following');
    await until('the chair sees who follows', async () => (await chair.locator('.meeting-follow__people').innerText()).includes('Sami Sihteeri – seuraa'));

    // The 8th measure of the first focus area: far down the table, so following must scroll.
    const far = agenda.find((i) => i.title === 'Liikuntatoimi 8')!;
    await chair.locator(`[data-agenda-item="${far.id}"] .meeting-agenda__title`).click();
    for (const follower of [secretary, member]) {
      await until('the item opens', async () => (await openItem(follower)) === far.id);
      await until('the measure is highlighted', async () => (await highlighted(follower)) === far.targetId);
      expect(await follower.locator('.meeting-highlight').isVisible()).toBe(true);
    }
    await member.screenshot({ path: join(SCREENS, 'meeting-follower.png') });
    await expectAccessible(member, 'the meeting page of a follower');

    // The member scrolls the page: they stop following; the secretary goes on.
    await member.mouse.move(900, 500);
    await member.mouse.wheel(0, 600);
    await until('the member stopped', async () => (await followStatus(member)) === 'paused');
    const next = agenda.find((i) => i.title === 'Osallisuustoimi 2')!;
    await chair.locator(`[data-agenda-item="${next.id}"] .meeting-agenda__title`).click();
    await until('the secretary follows on', async () => (await openItem(secretary)) === next.id && (await highlighted(secretary)) === next.targetId);
    await new Promise((r) => setTimeout(r, 500));
    expect(await openItem(member)).toBe(far.id);
    await member.screenshot({ path: join(SCREENS, 'meeting-stopped-following.png') });

    // Rejoining brings the member to where the chair is.
    await member.getByRole('button', { name: 'Seuraa esittäjää' }).click();
    await until('the member rejoined', async () => (await openItem(member)) === next.id);

    // The chair changes the measure's status in the table during the meeting and writes the decision;
    // the page says first that the server counts the chair's edits as the meeting's.
    await chair.getByText('Taulukkoon tekemäsi muutokset kirjataan tämän kokouksen muutoksiksi').waitFor();
    await chooseStatus(chair.locator(`[data-row-kind="measure"][data-row-id="${next.targetId}"] .mt-cell--status [role="combobox"]`), 'done');
    await chair.getByLabel('Päätös').fill('Todettiin valmiiksi.');
    await until('the decision reaches the secretary', async () => (await secretary.getByLabel('Päätös').inputValue()) === 'Todettiin valmiiksi.');
    await chair.screenshot({ path: join(SCREENS, 'meeting-presenter.png') });
    await new Promise((r) => setTimeout(r, 300));

    expect((await chairApi.post(`/api/meetings/${meetingId}/state`, { state: 'closed' })).status).toBe(200);
    const minutes = (await chairApi.get(`/api/meetings/${meetingId}/minutes?format=html`)).body as string;
    const number = agenda.indexOf(next) + 1;
    const section = minutes.slice(minutes.indexOf(`§ ${number} `), minutes.indexOf(`§ ${number + 1} `));
    expect(section).toContain('Todettiin valmiiksi.');
    expect(section).toContain('Osallisuustoimi 2 – tila: ennen Ei arvioitu, nyt Valmis (Paula Puheenjohtaja)');
  });

  it('marks a deputy and whom they stand in for, and adds a guest, by keyboard; the others see it live', async () => {
    const [secretary, member] = [await openMeeting(PEOPLE[1].email), await openMeeting(PEOPLE[2].email)];
    // Jenni is a deputy: typing the first letter picks "varajäsenenä" in the focused select, as a keyboard user would.
    await secretary.getByLabel('Jenni Jäsen', { exact: true }).focus();
    await secretary.keyboard.type('v');
    const deputyFor = secretary.getByLabel('Kenen varajäsen Jenni Jäsen on');
    await deputyFor.waitFor();
    await secretary.keyboard.press('Tab');
    expect(await deputyFor.evaluate((element) => element === document.activeElement)).toBe(true);
    await secretary.keyboard.type('Paula');
    await until('the member sees the deputy', async () => (await member.getByLabel('Kenen varajäsen Jenni Jäsen on').inputValue().catch(() => '')) === ids.chair);
    const attendance = (await chairApi.get(`/api/meetings/${meetingId}`)).body.data.attendance;
    expect(attendance).toContainEqual({ userId: ids.member, state: 'deputy', deputyFor: ids.chair });

    // A guest: the name is required (said, and the field marked), then name and organisation, Enter adds.
    const name = secretary.locator('.meeting-guests').getByRole('textbox', { name: 'Nimi', exact: true });
    await name.focus();
    await secretary.keyboard.press('Enter');
    await secretary.getByRole('alert').filter({ hasText: 'Kirjoita läsnäolijan nimi.' }).waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await secretary.keyboard.type('Vera Vieras <b>');
    await secretary.keyboard.press('Tab');
    await secretary.keyboard.type('THL, asiantuntija');
    await secretary.keyboard.press('Enter');
    const guestOnMember = member.locator('.meeting-guests__list li').filter({ hasText: 'Vera Vieras <b>, THL, asiantuntija' });
    await guestOnMember.waitFor();
    expect(await name.inputValue()).toBe('');
    await secretary.locator('.meeting-guests').scrollIntoViewIfNeeded();
    await secretary.screenshot({ path: join(SCREENS, 'meeting-attendance.png') });
    await expectAccessible(secretary, 'the meeting page with a deputy and a guest');

    // Removing by keyboard, focus kept in the form.
    await secretary.getByRole('button', { name: 'Poista läsnäolija Vera Vieras <b>' }).focus();
    await secretary.keyboard.press('Enter');
    await until('the guest is gone for the member', async () => (await guestOnMember.count()) === 0);
    expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it("edits one's own comment on an agenda item and resolves and reopens its thread by keyboard, as in the plan's panel; the other sees it live", async () => {
    const [member, secretary] = [await openMeeting(PEOPLE[2].email), await openMeeting(PEOPLE[1].email)];
    const item = agenda.find((i) => i.title === 'Liikuntatoimi 3')!;
    for (const page of [member, secretary]) {
      await page.locator(`[data-agenda-item="${item.id}"] .meeting-agenda__title`).click();
      await page.locator(`[data-agenda-comments="${item.id}"]`).waitFor();
    }
    const memberComments = member.locator(`[data-agenda-comments="${item.id}"]`);
    const secretaryComments = secretary.locator(`[data-agenda-comments="${item.id}"]`);
    const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

    await memberComments.getByRole('textbox', { name: 'Kommentti asiaan' }).focus();
    await member.keyboard.type('Ryhmiä on kolme.');
    await member.keyboard.press('Control+Enter');
    await secretaryComments.getByText('Ryhmiä on kolme.').waitFor();
    // Only the author's own message has the author's buttons.
    expect(await secretaryComments.getByRole('button', { name: 'Muokkaa', exact: true }).count()).toBe(0);

    // Edit: the button opens the text in a box with the focus in it; Ctrl+Enter saves and the focus returns to the button.
    await memberComments.getByRole('button', { name: 'Muokkaa', exact: true }).focus();
    await member.keyboard.press('Enter');
    const editBox = memberComments.getByRole('textbox', { name: 'Muokkaa viestiä' });
    await until('the edit box has the focus', () => editBox.evaluate((element) => element === document.activeElement));
    expect(await editBox.inputValue()).toBe('Ryhmiä on kolme.');
    await member.keyboard.press('End');
    await member.keyboard.type(' Neljäs alkaa syksyllä.');
    await member.keyboard.press('Control+Enter');
    await secretaryComments.getByText('Ryhmiä on kolme. Neljäs alkaa syksyllä.').waitFor();
    await secretaryComments.getByText('(muokattu)').waitFor();
    await until('the focus is back on the edit button', async () => (await focused(member)) === 'Muokkaa');

    // Resolve: said in a status message; the thread stays, marked, and the focus stays on its button, which now reopens.
    await memberComments.getByRole('button', { name: 'Merkitse ratkaistuksi' }).focus();
    await member.keyboard.press('Enter');
    await memberComments.getByRole('status').filter({ hasText: 'Ketju merkittiin ratkaistuksi.' }).waitFor();
    expect(await focused(member)).toBe('Avaa uudelleen');
    await secretaryComments.getByText('Ratkaistu: Jenni Jäsen', { exact: false }).waitFor();
    expect(await secretaryComments.getByRole('textbox', { name: 'Vastaus' }).count()).toBe(0);
    const threads = async () => (await chairApi.get(`/api/meetings/${meetingId}/comments`)).body as Array<{ resolved: boolean; messages: Array<{ text: string }> }>;
    const [thread] = (await threads()).filter((t) => t.messages.some((m) => m.text.startsWith('Ryhmiä on kolme.')));
    expect(thread).toMatchObject({ resolved: true, messages: [{ text: 'Ryhmiä on kolme. Neljäs alkaa syksyllä.' }] });
    await memberComments.scrollIntoViewIfNeeded();
    await member.screenshot({ path: join(SCREENS, 'meeting-comment-resolved.png') });
    await expectAccessible(member, 'the meeting page with a resolved comment thread');

    await member.keyboard.press('Enter');
    await memberComments.getByRole('status').filter({ hasText: 'Ketju avattiin uudelleen.' }).waitFor();
    await secretaryComments.getByRole('textbox', { name: 'Vastaus' }).waitFor();
    expect(await focused(member)).toBe('Merkitse ratkaistuksi');
  });
});
