import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium, signIn } from '../support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// Needs `node scripts/build.mjs` first: the server serves dist/client.

const MEMBER = { email: 'sanasto@example.fi', name: 'Sanna Sanasto', password: 'sanasto-testi-salasana-1' };
const VIEWER = { email: 'sanasto-lukija@example.fi', name: 'Lasse Lukija', password: 'sanasto-lukija-salasana-1' };
const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const PAGE_TITLE = `Vastuutahot, kohderyhmät ja hankkeet – ${DEMO_TITLE}`;
const PORI_FILE = fileURLToPath(new URL('../../shared/plan/fixtures/pori-hankkeet.json', import.meta.url));
const SCREENS = join(tmpdir(), 'hyte-screens');
const SAVED = 'Kaikki muutokset tallennettu';

interface Party {
  id: string;
  name: string;
  contacts: Array<{ name: string; email: string; userId?: string }>;
}
interface Measure {
  id: string;
  title: string;
  responsibleParties: Array<{ id: string; name: string }>;
}

let server: ServerProcess;
let browser: Browser;
let admin: ApiClient;
let planId: string;
let memberId: string;
/** The coordinator at work on the vocabularies page. */
let a: Page;
/** A member with the plan's measure table open. */
let b: Page;
/** A viewer with the vocabularies page open. */
let c: Page;

async function data(): Promise<{ parties: Party[]; projects: Array<{ id: string; name: string }>; measures: Measure[] }> {
  const body = (await admin.get(`/api/plans/${planId}/data`)).body;
  const measures = body.focusAreas.flatMap((fa: any) => fa.goals.flatMap((g: any) => g.measures));
  return { parties: body.parties, projects: body.projects, measures };
}

const measuresOf = (measures: Measure[], partyId: string) => measures.filter((m) => m.responsibleParties.some((p) => p.id === partyId));

/** What a measure's responsible cell shows, whatever control it is drawn with (text, inputs, chips). */
function cellText(cell: Locator): Promise<string> {
  return cell.evaluate((element) => {
    const values = [...element.querySelectorAll('input, textarea')].map((control) => (control as HTMLInputElement).value);
    return [element.textContent ?? '', ...values].join(' ');
  });
}

function partiesTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Vastuutahot' });
}

async function openVocabularies(page: Page): Promise<void> {
  await page.getByRole('link', { name: DEMO_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
  await page.getByRole('navigation', { name: 'Suunnitelman näkymät' }).getByRole('link', { name: 'Vastuutahot ja hankkeet' }).click();
  await page.getByRole('heading', { level: 1, name: PAGE_TITLE }).waitFor();
  await partiesTable(page).waitFor({ timeout: 15_000 });
}

describe('the plan’s parties, target groups and projects page', () => {
  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const demo = await findPlan(admin, DEMO_TITLE);
    planId = demo.id;
    for (const [user, role] of [
      [MEMBER, 'member'],
      [VIEWER, 'viewer'],
    ] as const) {
      const created = await admin.post('/api/users', user);
      expect(created.status).toBe(201);
      if (user === MEMBER) memberId = created.body.id;
      expect((await admin.request('PUT', `/api/groups/${demo.groupId}/members/${created.body.id}`, { role })).status).toBe(200);
    }
    browser = await launchChromium();
    const context = () => browser.newContext({ viewport: { width: 1280, height: 900 } });
    [a, b, c] = await Promise.all([context().then((x) => x.newPage()), context().then((x) => x.newPage()), context().then((x) => x.newPage())]);
    await signIn(a, server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    await signIn(b, server.url, MEMBER.email, MEMBER.password);
    await signIn(c, server.url, VIEWER.email, VIEWER.password);
    await openVocabularies(a);
    await openVocabularies(c);
    await b.getByRole('link', { name: DEMO_TITLE }).click();
    await b.getByRole('status').filter({ hasText: SAVED }).first().waitFor({ timeout: 15_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('lists the plan’s entries with their measures; a viewer gets no buttons; axe finds nothing', async () => {
    const { parties, measures } = await data();
    const rows = partiesTable(a).locator('tbody tr');
    expect(await rows.count()).toBe(parties.length);
    const first = parties[0]!;
    const firstRow = partiesTable(a).getByRole('row').filter({ has: a.getByRole('rowheader', { name: first.name, exact: true }) });
    expect(await firstRow.getByRole('cell').first().textContent()).toContain(`${measuresOf(measures, first.id).length} toimenpide`);
    await a.getByRole('table', { name: 'Kohderyhmät' }).getByRole('rowheader', { name: 'ikäihmiset', exact: true }).waitFor();
    await a.screenshot({ path: join(SCREENS, 'vocabularies-1-page.png') });
    await expectAccessible(a, 'vocabularies page of a coordinator');

    expect(await partiesTable(c).locator('tbody tr').count()).toBe(parties.length);
    expect(await c.getByRole('button', { name: /^Nimeä uudelleen/ }).count()).toBe(0);
    expect(await c.getByRole('button', { name: 'Lisää hanke' }).count()).toBe(0);
    expect(await c.getByLabel('Uusi vastuutaho').count()).toBe(0);
    await expectAccessible(c, 'vocabularies page of a viewer');
    // On a phone the tables become cards.
    await c.setViewportSize({ width: 390, height: 844 });
    await partiesTable(c).scrollIntoViewIfNeeded();
    await c.screenshot({ path: join(SCREENS, 'vocabularies-1b-phone.png') });
    await expectAccessible(c, 'vocabularies page on a phone');
    await c.setViewportSize({ width: 1280, height: 900 });
  });

  it('renames a party by keyboard: the member’s measure table and the viewer’s page show it live', async () => {
    const { measures } = await data();
    const lead = measures[0]!.responsibleParties[0]!;
    const renamed = `${lead.name} (uusi nimi)`;
    const cell = b.locator('td[data-label="Vastuutaho"]').first();
    await expect.poll(() => cellText(cell), { timeout: 10_000 }).toContain(lead.name);

    await a.getByRole('button', { name: `Nimeä uudelleen: ${lead.name}`, exact: true }).focus();
    await a.keyboard.press('Enter');
    const dialog = a.getByRole('dialog', { name: `Nimeä uudelleen: ${lead.name}` });
    const field = dialog.getByRole('textbox', { name: 'Vastuutaho' });
    // The dialog opens with its field focused.
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await a.keyboard.press('End');
    await a.keyboard.type(' (uusi nimi)');
    await a.screenshot({ path: join(SCREENS, 'vocabularies-2-rename.png') });
    await expectAccessible(a, 'rename dialog');
    await a.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await a.getByRole('status').filter({ hasText: `”${lead.name}” on nyt ”${renamed}”.` }).waitFor();
    // Focus is back on the row's button, which has the new name.
    await expect.poll(() => a.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Nimeä uudelleen: ${renamed}`);

    await expect.poll(() => cellText(cell), { timeout: 10_000 }).toContain(renamed);
    await partiesTable(c).getByRole('rowheader', { name: renamed, exact: true }).waitFor({ timeout: 10_000 });
    expect((await data()).measures[0]!.responsibleParties[0]).toEqual({ id: lead.id, name: renamed });
    await cell.scrollIntoViewIfNeeded();
    await b.screenshot({ path: join(SCREENS, 'vocabularies-3-table-renamed.png') });
  });

  it('merges two parties, showing each one’s measures, keeping the one chosen', async () => {
    const { parties, measures } = await data();
    const used = parties.filter((p) => measuresOf(measures, p.id).length > 0);
    const [keep, goes] = [used[1]!, used[2]!];
    const union = new Set([...measuresOf(measures, keep.id), ...measuresOf(measures, goes.id)].map((m) => m.id)).size;
    const count = (party: Party) => {
      const mine = measuresOf(measures, party.id);
      const lead = mine.filter((m) => m.responsibleParties[0]!.id === party.id).length;
      return `${mine.length} ${mine.length === 1 ? 'toimenpide' : 'toimenpidettä'}, päävastuussa ${lead}`;
    };

    await a.getByRole('button', { name: `Yhdistä toiseen: ${goes.name}`, exact: true }).focus();
    await a.keyboard.press('Enter');
    const dialog = a.getByRole('dialog', { name: `Yhdistä: ${goes.name}` });
    await dialog.getByRole('combobox', { name: 'Vastuutaho, joka yhdistetään tähän' }).selectOption({ label: `${keep.name} (${count(keep)})` });
    // Both are offered with their measures; the one the dialog opened for is chosen until another is.
    const keepRadio = dialog.getByRole('radio', { name: `${keep.name} (${count(keep)})` });
    const goesRadio = dialog.getByRole('radio', { name: `${goes.name} (${count(goes)})` });
    expect(await goesRadio.isChecked()).toBe(true);
    await goesRadio.focus();
    await a.keyboard.press('ArrowDown');
    expect(await keepRadio.isChecked()).toBe(true);
    const consequence = dialog.getByRole('status').first();
    await expect.poll(() => consequence.textContent()).toContain(`Säilyy: ”${keep.name}”, jolla on yhdistämisen jälkeen ${union} toimenpide`);
    expect(await consequence.textContent()).toContain(`Poistuu: ”${goes.name}”`);
    await a.screenshot({ path: join(SCREENS, 'vocabularies-4-merge.png') });
    await expectAccessible(a, 'merge dialog');
    await dialog.getByRole('button', { name: 'Yhdistä', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await a.getByRole('status').filter({ hasText: `”${goes.name}” yhdistettiin: ”${keep.name}” säilyi.` }).waitFor();
    await partiesTable(a).getByRole('rowheader', { name: goes.name, exact: true }).waitFor({ state: 'detached' });

    const after = await data();
    expect(after.parties.some((p) => p.id === goes.id)).toBe(false);
    expect(measuresOf(after.measures, keep.id)).toHaveLength(union);
    await partiesTable(c).getByRole('rowheader', { name: goes.name, exact: true }).waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('adds a contact person who is a user of the service, refusing a bad address first, and changes it in place', async () => {
    const party = (await data()).parties.find((p) => p.contacts.length === 0)!;
    const opener = a.getByRole('button', { name: `Yhteyshenkilöt: ${party.name}`, exact: true });
    await opener.focus();
    await a.keyboard.press('Enter');
    const dialog = a.getByRole('dialog', { name: `Yhteyshenkilöt: ${party.name}` });
    await dialog.getByRole('textbox', { name: 'Sähköposti' }).fill('ei-osoite');
    await dialog.getByRole('textbox', { name: 'Sähköposti' }).press('Enter');
    await dialog.getByText('Sähköpostiosoite ei ole kelvollinen').waitFor();
    expect((await data()).parties.find((p) => p.id === party.id)!.contacts).toEqual([]);

    await dialog.getByRole('combobox', { name: 'Palvelun käyttäjä (valinnainen)' }).selectOption({ label: `${MEMBER.name} (${MEMBER.email})` });
    expect(await dialog.getByRole('textbox', { name: 'Nimi' }).inputValue()).toBe(MEMBER.name);
    await dialog.getByRole('textbox', { name: 'Sähköposti' }).press('Enter');
    await dialog.getByRole('status').filter({ hasText: `Yhteyshenkilö ${MEMBER.name} lisätty.` }).waitFor();
    await dialog.getByRole('button', { name: `Poista yhteyshenkilö: ${MEMBER.name}` }).waitFor();
    await a.screenshot({ path: join(SCREENS, 'vocabularies-5-contacts.png') });
    await expectAccessible(a, 'contacts dialog');
    expect((await data()).parties.find((p) => p.id === party.id)!.contacts).toEqual([{ name: MEMBER.name, email: MEMBER.email, userId: memberId }]);

    // Changed in place by keyboard: the same form, filled with the contact, unlinked from the user and saved over it.
    const change = dialog.getByRole('button', { name: `Muokkaa yhteyshenkilöä: ${MEMBER.name}` });
    await change.focus();
    await a.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: `Muokkaa yhteyshenkilöä: ${MEMBER.name}` }).waitFor();
    const name = dialog.getByRole('textbox', { name: 'Nimi' });
    await expect.poll(() => name.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await dialog.getByRole('textbox', { name: 'Sähköposti' }).inputValue()).toBe(MEMBER.email);
    await dialog.getByRole('combobox', { name: 'Palvelun käyttäjä (valinnainen)' }).selectOption({ label: '(ei palvelun käyttäjä)' });
    await name.fill('Sanna S. Sanasto');
    await dialog.getByRole('textbox', { name: 'Sähköposti' }).fill('ei-osoite');
    await a.keyboard.press('Enter');
    await dialog.getByText('Sähköpostiosoite ei ole kelvollinen').waitFor();
    await dialog.getByRole('textbox', { name: 'Sähköposti' }).fill('sanna.sanasto@kunta.example.fi');
    await a.screenshot({ path: join(SCREENS, 'vocabularies-5b-contact-change.png') });
    await expectAccessible(a, 'contact being changed');
    await a.keyboard.press('Enter');
    await dialog.getByRole('status').filter({ hasText: 'Yhteyshenkilö Sanna S. Sanasto tallennettu.' }).waitFor();
    await dialog.getByRole('heading', { name: 'Lisää yhteyshenkilö' }).waitFor();
    const changed = dialog.getByRole('button', { name: 'Muokkaa yhteyshenkilöä: Sanna S. Sanasto' });
    await expect.poll(() => changed.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await data()).parties.find((p) => p.id === party.id)!.contacts).toEqual([{ name: 'Sanna S. Sanasto', email: 'sanna.sanasto@kunta.example.fi' }]);
    // Cancelling a change writes nothing and leaves the form for adding.
    await changed.press('Enter');
    await dialog.getByRole('button', { name: 'Peru muokkaus' }).click();
    await dialog.getByRole('heading', { name: 'Lisää yhteyshenkilö' }).waitFor();
    expect(await name.inputValue()).toBe('');

    await a.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => opener.evaluate((element) => element === document.activeElement)).toBe(true);
    const row = partiesTable(a).getByRole('row').filter({ has: a.getByRole('rowheader', { name: party.name, exact: true }) });
    await row.getByRole('link', { name: 'sanna.sanasto@kunta.example.fi' }).waitFor();
  });

  it('adds a target group, deletes an unused one at once and a used one after saying which measures lose it', async () => {
    const groups = a.getByRole('table', { name: 'Kohderyhmät' });
    const field = a.getByRole('textbox', { name: 'Uusi kohderyhmä' });
    await field.fill('maahanmuuttajat');
    await field.press('Enter');
    await groups.getByRole('rowheader', { name: 'maahanmuuttajat', exact: true }).waitFor({ timeout: 10_000 });
    // The same name in another case is the same group.
    await field.fill('  MAAHANMUUTTAJAT ');
    await field.press('Enter');
    await a.getByRole('status').filter({ hasText: '”maahanmuuttajat” on jo luettelossa.' }).waitFor();
    expect(await groups.getByRole('rowheader', { name: /maahanmuuttajat/i }).count()).toBe(1);
    await a.getByRole('button', { name: 'Poista: maahanmuuttajat', exact: true }).click();
    await groups.getByRole('rowheader', { name: 'maahanmuuttajat', exact: true }).waitFor({ state: 'detached', timeout: 10_000 });

    const body = (await admin.get(`/api/plans/${planId}/data`)).body;
    const older = body.targetGroups.find((g: any) => g.label === 'ikäihmiset');
    const losing = body.focusAreas
      .flatMap((fa: any) => fa.goals.flatMap((g: any) => g.measures))
      .filter((m: any) => m.targetGroups.some((g: any) => g.id === older.id));
    expect(losing.length).toBeGreaterThan(0);
    await a.getByRole('button', { name: 'Poista: ikäihmiset', exact: true }).click();
    const confirm = a.getByRole('alertdialog', { name: 'Poistetaanko ”ikäihmiset”?' });
    await confirm.getByText(`Se poistuu näistä ${losing.length} toimenpiteestä:`).waitFor();
    for (const measure of losing) await confirm.getByRole('listitem').filter({ hasText: measure.title }).waitFor();
    await a.screenshot({ path: join(SCREENS, 'vocabularies-6a-delete-group.png') });
    await expectAccessible(a, 'delete confirmation');
    // Focus starts on Peruuta; the deletion is one step back.
    await a.keyboard.press('Shift+Tab');
    await a.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await groups.getByRole('rowheader', { name: 'ikäihmiset', exact: true }).waitFor({ state: 'detached', timeout: 10_000 });
    const after = (await admin.get(`/api/plans/${planId}/data`)).body;
    expect(after.targetGroups.some((g: any) => g.id === older.id)).toBe(false);
    for (const m of after.focusAreas.flatMap((fa: any) => fa.goals.flatMap((g: any) => g.measures))) {
      expect(m.targetGroups.some((g: any) => g.id === older.id)).toBe(false);
    }
  });

  it('imports Pori’s projects from the file after a preview, and names each fault of a pasted list', async () => {
    const before = (await data()).projects;
    const pasted = a.getByRole('textbox', { name: 'Tai liitä JSON tähän' });
    await pasted.fill(JSON.stringify([{ name: 'Hyvä hanke' }, { name: 'Linkki', url: 'javascript:alert(1)' }, { description: 'ei nimeä' }]));
    await a.getByRole('button', { name: 'Esikatsele' }).click();
    await a.getByText('Tiedostoa ei voi tuoda. Korjaa nämä 2 kohtaa').waitFor();
    await a.getByText('Hanke 2 (”Linkki”): verkkosivu: osoitteen on alettava https:// tai http://').waitFor();
    await a.getByText('Hanke 3: nimi puuttuu').waitFor();
    await a.getByText('Hanke 3: nimi puuttuu').scrollIntoViewIfNeeded();
    await a.screenshot({ path: join(SCREENS, 'vocabularies-6-import-faults.png') });
    expect((await data()).projects).toEqual(before);

    await a.getByLabel('JSON-tiedosto').setInputFiles(PORI_FILE);
    await a.getByText('Lisätään 30 uutta hanketta:').waitFor({ timeout: 10_000 });
    await a.getByText('0 hanketta on jo suunnitelmassa:').waitFor();
    await a.getByRole('listitem').filter({ hasText: 'ILPI – Ilmastokestävät pientaloalueet' }).first().waitFor();
    await a.getByRole('heading', { name: 'Esikatselu' }).scrollIntoViewIfNeeded();
    await a.screenshot({ path: join(SCREENS, 'vocabularies-7-import-preview.png') });
    await expectAccessible(a, 'import preview');
    expect((await data()).projects).toEqual(before);

    await a.getByRole('button', { name: 'Tuo hankkeet suunnitelmaan' }).focus();
    await a.keyboard.press('Enter');
    await a.getByRole('status').filter({ hasText: 'Tuonti tehty: 30 uutta hanketta, 0 täydennetty.' }).waitFor({ timeout: 10_000 });
    const projects = a.getByRole('table', { name: 'Hankkeet' });
    await projects.getByRole('rowheader', { name: /^Healint/ }).waitFor({ timeout: 10_000 });
    await c.getByRole('table', { name: 'Hankkeet' }).getByRole('rowheader', { name: /^Healint/ }).waitFor({ timeout: 10_000 });
    expect((await data()).projects).toHaveLength(before.length + 30);
    await projects.scrollIntoViewIfNeeded();
    await a.screenshot({ path: join(SCREENS, 'vocabularies-8-projects.png') });
    await expectAccessible(a, 'projects after the import');

    // A project's details: a link that is not a web address is refused, one that is shows as a link.
    await a.getByRole('button', { name: 'Muokkaa hanketta: Healint', exact: true }).click();
    const dialog = a.getByRole('dialog', { name: 'Muokkaa hanketta ”Healint”' });
    const url = dialog.getByRole('textbox', { name: 'Verkkosivu' });
    await url.fill('javascript:alert(1)');
    await url.press('Enter');
    await dialog.getByText('Verkkosivun osoitteen on alettava https:// tai http://.').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    await url.fill('https://www.pori.fi/healint');
    await url.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await projects.getByRole('link', { name: 'Hankkeen Healint verkkosivu (www.pori.fi)' }).waitFor({ timeout: 10_000 });
    const healint = (await data()).projects.find((p) => p.name === 'Healint') as any;
    expect(healint).toMatchObject({ url: 'https://www.pori.fi/healint', start: '2017', end: '2020' });
  });
});
