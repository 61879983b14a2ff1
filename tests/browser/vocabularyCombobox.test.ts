import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { planDocumentName } from '../../shared/documentNames';
import { createEntry, readPlanData, setMeasureParties, type MeasureData, type PlanData } from '../../shared/plan';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium, signIn } from '../support/browser';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const SCREENS = join(tmpdir(), 'hyte-screens');
const SAVED = 'Kaikki muutokset tallennettu';
const NEW_PARTY = 'Porvoon nuorisovaltuusto';

let server: ServerProcess;
let browser: Browser;
let admin: ApiClient;
let planId: string;
let page: Page;
/** A second client of the plan: a real provider over its own socket, as another person's tab. */
let peer: TestClient;

function measures(data: PlanData): MeasureData[] {
  return data.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures));
}

/** The n-th measure (from 1) as the second client has it now. */
function peerMeasure(n: number): MeasureData {
  return measures(readPlanData(peer.doc, planId))[n - 1]!;
}

const names = (list: Array<{ name: string }> | undefined) => list?.map((entry) => entry.name) ?? [];

function combobox(kind: 'Vastuutahot' | 'Kohderyhmät' | 'Hankkeet', n: number): Locator {
  return page.getByRole('combobox', { name: `${kind}, toimenpide ${n}`, exact: true });
}

/** The chips' names (with the lead's mark), without their buttons' symbols. */
function chips(kind: string, n: number): Locator {
  return page.getByRole('list', { name: `${kind}, toimenpide ${n}: valitut`, exact: true }).locator('.cb__chip-name');
}

function focusedLabel(): Promise<string | null | undefined> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
}

/** The label of the option the text box points at, none when it points at none. */
function activeOption(box: Locator): Promise<string | null> {
  return box.evaluate((input) => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.textContent ?? null) : null;
  });
}

async function announced(text: string): Promise<void> {
  await page.locator('.measure-section > p[role="status"]').filter({ hasText: text }).waitFor({ timeout: 5_000 });
}

describe('the vocabulary combobox of the measure table, by keyboard alone', () => {
  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await findPlan(admin, DEMO_TITLE)).id;
    peer = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('link', { name: DEMO_TITLE }).click();
    await page.getByRole('status').filter({ hasText: SAVED }).first().waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'Siirry toimenpidetaulukkoon' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    peer?.destroy();
    await server?.destroy();
  });

  it('tabs to a measure’s parties, picks one by typing part of it, creates a new one and removes it with Backspace', async () => {
    expect(names(peerMeasure(1).responsibleParties)).toEqual(['hallintojohto ja viestintä']);
    // From the measure's title, the next Tab stop is its parties' text box: the chips' buttons are not Tab stops.
    await page.getByRole('textbox', { name: 'Toimenpide 1', exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Vastuutahot, toimenpide 1');
    const parties = combobox('Vastuutahot', 1);
    expect(await parties.getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.type('sivis');
    const listbox = page.getByRole('listbox', { name: 'Vastuutahot, toimenpide 1' });
    await listbox.waitFor();
    expect(await parties.getAttribute('aria-expanded')).toBe('true');
    expect(await listbox.getByRole('option').allTextContents()).toEqual(['sivistystoimi', 'Lisää ”sivis”']);
    await page.keyboard.press('ArrowDown');
    expect(await activeOption(parties)).toBe('sivistystoimi');
    await page.screenshot({ path: join(SCREENS, 'vocabulary-1-typeahead.png') });
    await expectAccessible(page, 'parties combobox with its list open');
    await page.keyboard.press('Enter');
    await announced('”sivistystoimi” valittu.');
    await expect.poll(() => chips('Vastuutahot', 1).allTextContents()).toEqual(['hallintojohto ja viestintä vetovastuu', 'sivistystoimi']);
    // The second client has it as soon as the server passed it on.
    await waitFor(() => names(peerMeasure(1).responsibleParties).includes('sivistystoimi'), 'the pick at the peer');

    await page.keyboard.type(NEW_PARTY);
    const create = listbox.getByRole('option', { name: `Lisää ”${NEW_PARTY}”` });
    await create.waitFor();
    await page.screenshot({ path: join(SCREENS, 'vocabulary-2-create.png') });
    await page.keyboard.press('Enter');
    await announced(`”${NEW_PARTY}” lisätty uutena ja valittu.`);
    await waitFor(() => names(peerMeasure(1).responsibleParties).includes(NEW_PARTY), 'the new party at the peer');
    expect(names(readPlanData(peer.doc, planId).parties)).toContain(NEW_PARTY);
    expect(await parties.inputValue()).toBe('');

    // Backspace in the empty box takes the last chip away; the party stays in the plan's list.
    await page.keyboard.press('Backspace');
    await announced(`”${NEW_PARTY}” poistettu.`);
    await waitFor(() => !names(peerMeasure(1).responsibleParties).includes(NEW_PARTY), 'the removal at the peer');
    expect(names(peerMeasure(1).responsibleParties)).toEqual(['hallintojohto ja viestintä', 'sivistystoimi']);
    expect(names(readPlanData(peer.doc, planId).parties)).toContain(NEW_PARTY);
    expect(peerMeasure(1).responsible).toBe('hallintojohto ja viestintä, sivistystoimi');
  });

  it('makes another party the lead from its chip, with the arrow keys', async () => {
    const parties = combobox('Vastuutahot', 1);
    expect(await focusedLabel()).toBe('Vastuutahot, toimenpide 1');
    // Left arrow at the start of the box goes to the last chip's remove button, once more to its lead button.
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel()).toBe('Poista ”sivistystoimi”');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel()).toBe('Tee tahosta ”sivistystoimi” vetovastuutaho');
    await page.screenshot({ path: join(SCREENS, 'vocabulary-3-chips.png') });
    await page.keyboard.press('Enter');
    await announced('”sivistystoimi” on nyt vetovastuussa.');
    await waitFor(() => peerMeasure(1).responsibleParties?.[0]?.name === 'sivistystoimi', 'the new lead at the peer');
    expect(await focusedLabel()).toBe('Vastuutahot, toimenpide 1');
    await expect.poll(() => chips('Vastuutahot', 1).allTextContents()).toEqual(['sivistystoimi vetovastuu', 'hallintojohto ja viestintä']);
    expect(await parties.getAttribute('aria-expanded')).toBe('false');
  });

  it('picks target groups with arrows and Enter, creates one, and Escape closes the list', async () => {
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Kohderyhmät, toimenpide 1');
    const groups = combobox('Kohderyhmät', 1);
    // Down arrow opens the list on its first option: the plan's own order, children first.
    await page.keyboard.press('ArrowDown');
    const listbox = page.getByRole('listbox', { name: 'Kohderyhmät, toimenpide 1' });
    await listbox.waitFor();
    expect(await listbox.getByRole('option').allTextContents()).toEqual(['lapset ja nuoret', 'työikäiset', 'ikäihmiset', 'kaikki']);
    expect(await activeOption(groups)).toBe('lapset ja nuoret');
    await page.keyboard.type('ikä');
    await page.keyboard.press('ArrowDown');
    expect(await activeOption(groups)).toBe('ikäihmiset');
    await page.keyboard.press('Enter');
    // The list stays open on the picked option, now chosen.
    await expect.poll(() => listbox.getByRole('option', { name: 'ikäihmiset' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.type('maahanmuuttajat');
    await page.keyboard.press('Enter');
    await waitFor(() => peerMeasure(1).targetGroups?.length === 2, 'the groups at the peer');
    expect(peerMeasure(1).targetGroups?.map((g) => g.label)).toEqual(['ikäihmiset', 'maahanmuuttajat']);
    expect(peerMeasure(1).targetGroup).toBe('ikäihmiset, maahanmuuttajat');
    await page.keyboard.press('Escape');
    expect(await groups.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => listbox.count()).toBe(0);
    await expectAccessible(page, 'table with chosen parties and groups');
  });

  it('shows another client’s changes live: a party it creates is offered, one it chooses appears as a chip', async () => {
    peer.doc.transact(() => {
      const culture = createEntry(peer.doc, 'party', { name: 'Kulttuuripalvelut' }).id;
      setMeasureParties(peer.doc, peerMeasure(2).id, [culture]);
    });
    await waitForAcknowledged(peer);
    await expect.poll(() => chips('Vastuutahot', 2).allTextContents(), { timeout: 10_000 }).toEqual(['Kulttuuripalvelut vetovastuu']);
    const third = combobox('Vastuutahot', 3);
    await third.focus();
    await page.keyboard.type('kulttuurip');
    const options = page.getByRole('listbox', { name: 'Vastuutahot, toimenpide 3' }).getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['Kulttuuripalvelut', 'Lisää ”kulttuurip”']);
    // A name typed in full picks its entry, whatever its case: no second "Kulttuuripalvelut".
    await page.keyboard.press('Control+A');
    await page.keyboard.type('KULTTUURIPALVELUT');
    await expect.poll(() => options.allTextContents()).toEqual(['Kulttuuripalvelut']);
    await page.keyboard.press('Enter');
    await waitFor(() => names(peerMeasure(3).responsibleParties).includes('Kulttuuripalvelut'), 'the pick at the peer');
    expect(names(readPlanData(peer.doc, planId).parties).filter((name) => name === 'Kulttuuripalvelut')).toHaveLength(1);
    await page.keyboard.press('Escape');
  });

  it('filters the table by a party, as lead or at all, and shows the count left', async () => {
    await page.getByRole('status').filter({ hasText: SAVED }).first().waitFor({ timeout: 15_000 });
    const all = measures(readPlanData(peer.doc, planId));
    const withSivistys = all.filter((m) => names(m.responsibleParties).includes('sivistystoimi'));
    const ledBySivistys = all.filter((m) => m.responsibleParties?.[0]?.name === 'sivistystoimi');
    expect(ledBySivistys.length).toBeLessThan(withSivistys.length);
    const filters = page.getByRole('group', { name: 'Suodata toimenpiteitä' });
    const count = filters.getByRole('status');
    await filters.getByLabel('Vastuutaho', { exact: true }).selectOption({ label: 'sivistystoimi' });
    await expect.poll(() => count.textContent()).toBe(`${withSivistys.length}/${all.length} toimenpidettä näkyvissä`);
    const titles = () => page.locator('.mt-cell--measure textarea').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
    expect(await titles()).toEqual(withSivistys.map((m) => m.title));
    await filters.getByLabel('Vain vetovastuussa').check();
    await expect.poll(() => count.textContent()).toBe(`${ledBySivistys.length}/${all.length} toimenpidettä näkyvissä`);
    expect(await titles()).toEqual(ledBySivistys.map((m) => m.title));
    // The group filter offers the group created in the table.
    await filters.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
    await filters.getByLabel('Kohderyhmä', { exact: true }).selectOption({ label: 'maahanmuuttajat' });
    await expect.poll(() => count.textContent()).toBe(`1/${all.length} toimenpidettä näkyvissä`);
    await page.screenshot({ path: join(SCREENS, 'vocabulary-4-filtered.png') });
    await expectAccessible(page, 'table filtered by a target group');
    await filters.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
    await expect.poll(() => count.textContent()).toBe(`${all.length}/${all.length} toimenpidettä näkyvissä`);
  });

  it('works on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const parties = combobox('Vastuutahot', 1);
    await parties.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox', { name: 'Vastuutahot, toimenpide 1' }).waitFor();
    await page.screenshot({ path: join(SCREENS, 'vocabulary-5-narrow.png') });
    await expectAccessible(page, 'parties combobox open on a narrow screen');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
