import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ApiClient } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium } from '../support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const SCREENS = join(tmpdir(), 'hyte-screens');
const GROUP = 'Työikäisten ja ikäihmisten hyvinvointityön ohjausryhmä';
const PLAN = 'Työikäisten hyvinvointisuunnitelma 2025–2028';
const INVITED = { name: 'Kaisa Nieminen', email: 'kaisa.nieminen@pori.fi', password: 'Hyvinvointi-2025' };
const TITLE = 'hyvinvointikoordinaattori';
const UNIT = 'strategia- ja hyvinvointiyksikkö';
// Members as Pori named them (samples/pori-ohjausryhmat.json), added over REST for a realistic group.
const OTHERS = [
  { name: 'Anna Lehtonen', role: 'chair', title: 'kehittämisasiantuntija', unit: UNIT },
  { name: 'Mikko Salminen', role: 'secretary', title: 'yhteyskoordinaattori', unit: UNIT },
  { name: 'Liisa Heikkilä', role: 'member', title: 'liikunnallisen elämäntavan asiantuntija', unit: 'liikuntayksikkö', deputy: true },
  { name: 'Jari Koskinen', role: 'member', title: 'työpajapäällikkö', unit: 'nuorisoyksikkö', expert: true },
] as const;

let server: ServerProcess;
let browser: Browser;
let api: ApiClient;

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByRole('heading', { level: 1, name: 'Suunnitelmat' }).waitFor();
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
// A modal dialog sits in the viewport: a full-page picture would show it adrift with half a backdrop.
const screenshot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(SCREENS, `admin-${name}.png`), fullPage });

describe('administration, invites and steering groups in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start();
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('invites a user, who sets a password and follows the group read-only as coordinator, then as member', async () => {
    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The copy button writes to the clipboard; the test reads it back.
    await adminContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const admin = await adminContext.newPage();
    const invitee = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const cspViolations: string[] = [];
    for (const page of [admin, invitee]) {
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
    }

    // The administrator signs in through the page and opens the administration.
    await admin.goto(server.url);
    await signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Ylläpito' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Ylläpito' }).waitFor();
    await admin.getByRole('table', { name: /Käyttäjät/ }).waitFor();

    // A user without a password: the answer is a one-time link to pass on.
    await admin.getByLabel('Nimi', { exact: true }).fill(INVITED.name);
    await admin.getByLabel('Sähköposti', { exact: true }).fill(INVITED.email);
    await admin.getByRole('button', { name: 'Lisää käyttäjä' }).click();
    const inviteDialog = admin.getByRole('dialog', { name: `Salasanalinkki: ${INVITED.name}` });
    await inviteDialog.waitFor();
    await inviteDialog.getByText('sähköpostia ei lähetetä').waitFor();
    await inviteDialog.getByRole('button', { name: 'Kopioi linkki' }).click();
    await inviteDialog.getByRole('status').filter({ hasText: 'Linkki kopioitiin leikepöydälle.' }).waitFor();
    const link = await admin.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${server.url}/invite/[\\w-]{20,}$`));
    expect(await inviteDialog.getByLabel('Linkki').inputValue()).toBe(link);
    await screenshot(admin, 'invite-link', false);
    await expectAccessible(admin, 'invite link dialog');
    await inviteDialog.getByRole('button', { name: 'Sulje' }).click();
    await inviteDialog.waitFor({ state: 'detached' });
    expect(await focusedText(admin)).toBe('Lisää käyttäjä');
    const invitedRow = admin.getByRole('row', { name: new RegExp(INVITED.name) });
    await invitedRow.getByText('ei vielä asetettu').waitFor();

    // The invited person opens the link in their own browser and chooses a password.
    await invitee.goto(link);
    await invitee.getByRole('heading', { level: 1, name: 'Aseta salasana' }).waitFor();
    await invitee.getByText(`Tervetuloa Hyte-työtilaan, ${INVITED.name}!`).waitFor();
    await expectAccessible(invitee, 'invite page');
    await invitee.getByLabel('Uusi salasana').fill(INVITED.password);
    await invitee.getByLabel('Salasana uudelleen').fill(`${INVITED.password}!`);
    await invitee.getByRole('button', { name: 'Tallenna salasana' }).click();
    await invitee.getByText('Salasanat eivät ole samat.').waitFor();
    expect(await invitee.getByLabel('Salasana uudelleen').getAttribute('aria-invalid')).toBe('true');
    await screenshot(invitee, 'invite-page');
    await expectAccessible(invitee, 'invite page with an error');
    await invitee.getByLabel('Salasana uudelleen').fill(INVITED.password);
    await invitee.getByRole('button', { name: 'Tallenna salasana' }).click();
    await invitee.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' }).waitFor();
    await invitee.getByRole('status').filter({ hasText: 'Salasana on asetettu.' }).waitFor();
    await screenshot(invitee, 'password-set');
    await signIn(invitee, INVITED.email, INVITED.password);

    // The link worked once only.
    const usedLink = await (await browser.newContext()).newPage();
    await usedLink.goto(link);
    await usedLink.getByRole('heading', { level: 1, name: 'Linkki ei ole voimassa' }).waitFor();
    await screenshot(usedLink, 'invite-used');
    await expectAccessible(usedLink, 'used invite link');
    await usedLink.context().close();
    // The page's address carries the secret: the server's request log names it without.
    expect(server.output).toContain('/invite/[token]');
    expect(server.output).not.toContain(link.split('/').at(-1));

    // The administration shows the password as set now.
    await admin.reload();
    await admin.getByRole('row', { name: new RegExp(INVITED.name) }).getByText('asetettu', { exact: true }).waitFor();

    // A new link can be issued (e.g. for a forgotten password); it replaces the used one.
    await admin.getByRole('button', { name: `Salasanalinkki: ${INVITED.name}` }).click();
    await inviteDialog.waitFor();
    expect(await inviteDialog.getByLabel('Linkki').inputValue()).not.toBe(link);
    await admin.keyboard.press('Escape');
    await inviteDialog.waitFor({ state: 'detached' });

    // The administrator creates a steering group and opens its page.
    await admin.getByLabel('Ryhmän nimi').fill(GROUP);
    await admin.getByRole('button', { name: 'Luo ryhmä' }).click();
    await admin.getByRole('status').filter({ hasText: `Ryhmä ${GROUP} luotiin.` }).waitFor();
    await screenshot(admin, 'page');
    await expectAccessible(admin, 'administration page');

    // Pori's other members of the group, and a plan of the group, over REST.
    const group = (await api.get('/api/groups')).body.find((g: { name: string }) => g.name === GROUP);
    for (const [i, { name, ...membership }] of OTHERS.entries()) {
      const user = await api.post('/api/users', { name, email: `jasen${i}@pori.fi`, password: 'jasenen-salasana' });
      expect((await api.request('PUT', `/api/groups/${group.id}/members/${user.body.id}`, membership)).status).toBe(200);
    }
    expect((await api.post('/api/plans', { title: PLAN, groupId: group.id })).status).toBe(201);

    await admin.getByRole('link', { name: GROUP }).click();
    await admin.getByRole('heading', { level: 1, name: GROUP }).waitFor();

    // The invited user joins as coordinator, with title and unit.
    await admin.getByRole('button', { name: 'Lisää jäsen' }).click();
    const addDialog = admin.getByRole('dialog', { name: 'Lisää jäsen ryhmään' });
    await addDialog.getByLabel('Henkilö').selectOption({ label: `${INVITED.name} (${INVITED.email})` });
    await addDialog.getByLabel('Rooli').selectOption('coordinator');
    await addDialog.getByText('Lukee ja kommentoi suunnitelmia').waitFor();
    await addDialog.getByLabel('Nimike').fill(TITLE);
    await addDialog.getByLabel('Yksikkö').fill(UNIT);
    await addDialog.getByLabel('asiantuntijajäsen').check();
    await screenshot(admin, 'add-member', false);
    await expectAccessible(admin, 'add member dialog');
    await addDialog.getByRole('button', { name: 'Lisää', exact: true }).click();
    await addDialog.waitFor({ state: 'detached' });
    await admin.getByRole('status').filter({ hasText: `${INVITED.name} lisättiin ryhmään.` }).waitFor();
    const memberRow = admin.getByRole('row', { name: new RegExp(INVITED.name) });
    await memberRow.getByRole('cell', { name: 'koordinaattori asiantuntijajäsen' }).waitFor();
    await memberRow.getByRole('cell', { name: `${TITLE}, ${UNIT}` }).waitFor();
    await screenshot(admin, 'group');
    await expectAccessible(admin, 'group page of an administrator');

    // The coordinator sees the group and its plan, without the controls to manage it.
    await invitee.reload();
    await invitee.getByRole('link', { name: PLAN }).waitFor();
    await invitee.getByText(`Ryhmä: ${GROUP}`).waitFor();
    await screenshot(invitee, 'plan-list');
    await invitee.getByRole('link', { name: 'Ryhmät' }).click();
    await invitee.getByRole('heading', { level: 1, name: 'Ryhmät' }).waitFor();
    await invitee.getByText('Roolisi: koordinaattori').waitFor();
    await invitee.getByRole('link', { name: GROUP }).click();
    await invitee.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await invitee.getByText('Voit tarkastella ryhmää.').waitFor();
    await invitee.getByRole('row', { name: /Anna Lehtonen/ }).getByText('puheenjohtaja').waitFor();
    await invitee.getByRole('link', { name: PLAN }).waitFor();
    expect(await invitee.getByRole('button', { name: /Lisää jäsen|Muokkaa|Poista|Nimeä uudelleen/ }).count()).toBe(0);
    await screenshot(invitee, 'group-readonly');
    await expectAccessible(invitee, 'read-only group page');
    // On a phone the member table scrolls sideways inside its own focusable region.
    await invitee.setViewportSize({ width: 390, height: 844 });
    await screenshot(invitee, 'group-narrow');
    await expectAccessible(invitee, 'read-only group page on a narrow screen');
    await invitee.setViewportSize({ width: 1280, height: 900 });

    // Escape closes a dialog and gives focus back to the button that opened it.
    const editButton = admin.getByRole('button', { name: `Muokkaa: ${INVITED.name}` });
    await editButton.click();
    const editDialog = admin.getByRole('dialog', { name: `Muokkaa jäsentä: ${INVITED.name}` });
    await editDialog.waitFor();
    await admin.keyboard.press('Escape');
    await editDialog.waitFor({ state: 'detached' });
    expect(await editButton.evaluate((button) => button === document.activeElement)).toBe(true);

    // The administrator makes the coordinator a member; title and unit stay.
    await editButton.click();
    expect(await editDialog.getByLabel('Nimike').inputValue()).toBe(TITLE);
    await editDialog.getByLabel('Rooli').selectOption('member');
    await editDialog.getByRole('button', { name: 'Tallenna' }).click();
    await editDialog.waitFor({ state: 'detached' });
    await memberRow.getByRole('cell', { name: 'jäsen asiantuntijajäsen' }).waitFor();
    await memberRow.getByRole('cell', { name: `${TITLE}, ${UNIT}` }).waitFor();

    // Removing a member asks first, and focus does not get lost with the row.
    await admin.getByRole('button', { name: 'Poista ryhmästä: Jari Koskinen' }).click();
    const removeDialog = admin.getByRole('alertdialog', { name: 'Poistetaanko jäsen?' });
    expect(await focusedText(admin)).toBe('Peruuta');
    // The question is the alertdialog's description, read as it opens.
    const described = await removeDialog.evaluate((dialog) => document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(described).toContain('Jari Koskinen');
    await removeDialog.getByRole('button', { name: 'Poista ryhmästä' }).click();
    await removeDialog.waitFor({ state: 'detached' });
    await admin.getByRole('status').filter({ hasText: 'Jari Koskinen poistettiin ryhmästä.' }).waitFor();
    expect(await admin.getByRole('row', { name: /Jari Koskinen/ }).count()).toBe(0);
    expect(await focusedText(admin)).toMatch(/^Jäsenet/);

    // After a reload the former coordinator sees their new role, still without managing the group.
    await invitee.reload();
    await invitee.getByText('Roolisi: jäsen').waitFor();
    await invitee.getByRole('row', { name: new RegExp(INVITED.name) }).getByRole('cell', { name: 'jäsen asiantuntijajäsen' }).waitFor();
    expect(await invitee.getByRole('button', { name: /Lisää jäsen|Muokkaa|Poista/ }).count()).toBe(0);

    expect(cspViolations).toEqual([]);
  }, 180_000);
});
