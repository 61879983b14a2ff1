import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { chooseStatus, launchChromium, pickedStatus, signIn } from '../support/browser';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { appendParagraph } from '../support/planText';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { SotkanetStandIn } from '../support/sotkanetStandIn';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const VIEWER = { email: 'versiolukija@example.fi', name: 'Veera Versiolukija', password: 'versio-testi-salasana-1' };
const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const LABEL = 'Kaupunginvaltuustolle 12.6.2026';
const ADDED_SENTENCE = 'Valtuusto käsittelee suunnitelman kesäkuussa.';
const REWORDED = 'Päivitetty: ';
const SCREENS = join(tmpdir(), 'hyte-screens');
const SAVED = 'Kaikki muutokset tallennettu';
const LOCAL_TITLE = 'Nuorisotalon kävijät';
/** "12.6.2026 klo 14.05" */
const FINNISH_DATE_TIME = /\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}/;

interface PlanJson {
  focusAreas: Array<{ title: string; goals: Array<{ measures: Array<{ id: string; title: string; status: string }> }> }>;
}

let standIn: SotkanetStandIn;
let server: ServerProcess;
let browser: Browser;
let admin: ApiClient;
let adminName: string;
let planId: string;
let page: Page;

function planNav(target: Page): Locator {
  return target.getByRole('navigation', { name: 'Suunnitelman näkymät' });
}

async function openView(target: Page, link: 'Suunnitelma' | 'Versiot' | 'Raportti', title: string): Promise<void> {
  await planNav(target).getByRole('link', { name: link, exact: true }).click();
  await target.getByRole('heading', { level: 1, name: title }).waitFor();
}

function statusPicker(target: Page, n: number): Locator {
  return target.getByRole('combobox', { name: `Tila, toimenpide ${n}`, exact: true });
}

function waitSaved(target: Page) {
  return target.getByRole('status').filter({ hasText: SAVED }).first().waitFor({ timeout: 15_000 });
}

async function planData(): Promise<PlanJson> {
  const response = await admin.get(`/api/plans/${planId}/data`);
  expect(response.status).toBe(200);
  return response.body as PlanJson;
}

/** The version saved in the first test (the server may have added automatic ones since). */
async function namedVersion(): Promise<{ id: string; createdAt: string }> {
  const versions = (await admin.get(`/api/plans/${planId}/versions`)).body as Array<{ id: string; label: string; createdAt: string }>;
  const named = versions.find((version) => version.label === LABEL);
  if (!named) throw new Error('the named version is missing');
  return named;
}

const measuresOf = (data: PlanJson) => data.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures));

async function shoot(target: Page, name: string, fullPage = false): Promise<void> {
  await target.screenshot({ path: join(SCREENS, `${name}.png`), fullPage });
}

/** Edits the plan text over the socket as an editor would: one paragraph reworded, one added. */
async function editPlanText(): Promise<string> {
  const client = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
  try {
    const body = client.doc.getXmlFragment('body');
    const paragraph = body
      .toArray()
      .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'paragraph' && node.length > 0);
    const text = paragraph?.get(0);
    if (!(text instanceof Y.XmlText)) throw new Error('the demo plan has no paragraph');
    const original = text.toString();
    text.insert(0, REWORDED);
    appendParagraph(client.doc, ADDED_SENTENCE);
    await waitForAcknowledged(client);
    return original;
  } finally {
    client.destroy();
  }
}

/** Puts a chart of the indicator into the plan text (after its first block), or with `null` takes every chart out, over the socket as an editor would. */
async function setChartInText(indicatorId: string | null): Promise<void> {
  const client = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
  try {
    const body = client.doc.getXmlFragment('body');
    if (indicatorId) {
      const chart = new Y.XmlElement('indicatorChart');
      chart.setAttribute('indicatorId', indicatorId);
      body.insert(1, [chart]);
    } else {
      client.doc.transact(() => {
        for (let i = body.length - 1; i >= 0; i--) if ((body.get(i) as Y.XmlElement).nodeName === 'indicatorChart') body.delete(i, 1);
      });
    }
    await waitForAcknowledged(client);
  } finally {
    client.destroy();
  }
}

describe('versions, comparison, restore, the yearly report and exports in Chromium', () => {
  let firstMeasure: string;
  let rewordedParagraph: string;
  let localIndicatorId: string;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    // The plan's indicators are its own, but the server never reaches for the real Sotkanet in a test.
    standIn = await SotkanetStandIn.start();
    server = await ServerProcess.start({ SOTKANET_URL: standIn.url() });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    adminName = (await admin.get('/api/session')).body.user.name;
    const demo = await findPlan(admin, DEMO_TITLE);
    planId = demo.id;
    const viewer = await admin.post('/api/users', VIEWER);
    expect(viewer.status).toBe(201);
    expect((await admin.request('PUT', `/api/groups/${demo.groupId}/members/${viewer.body.id}`, { role: 'viewer' })).status).toBe(200);
    firstMeasure = measuresOf(await planData())[0]!.title;
    // A chart of the municipality's own indicator in the text, there when the version is saved.
    localIndicatorId = (await admin.post(`/api/plans/${planId}/indicators`, { source: 'local', title: LOCAL_TITLE, unit: 'käyntiä' })).body.id;
    const points = [{ year: 2023, value: 4870 }, { year: 2024, value: 5120 }];
    expect((await admin.request('PUT', `/api/plans/${planId}/indicators/${localIndicatorId}/values`, { points })).status).toBe(200);
    await setChartInText(localIndicatorId);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('link', { name: DEMO_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    await waitSaved(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await standIn?.stop();
  });

  it('saves a named version from the versions page', async () => {
    await openView(page, 'Versiot', `Versiot – ${DEMO_TITLE}`);
    // The link of the view showing is marked as the current page.
    expect(await planNav(page).getByRole('link', { name: 'Versiot' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('button', { name: 'Tallenna versio' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tallenna versio' });
    await dialog.getByLabel('Version nimi').fill(LABEL);
    await dialog.getByRole('button', { name: 'Tallenna versio' }).click();
    await page.getByRole('status').filter({ hasText: `Versio ”${LABEL}” tallennettu.` }).waitFor();
    expect(await dialog.count()).toBe(0);

    const versions = (await admin.get(`/api/plans/${planId}/versions`)).body as any[];
    expect(versions[0]).toMatchObject({ label: LABEL, kind: 'named', createdBy: { name: adminName } });
  });

  it('lists the version, newest first, after a status and the text change', async () => {
    await openView(page, 'Suunnitelma', DEMO_TITLE);
    await waitSaved(page);
    expect(await pickedStatus(statusPicker(page, 1))).toBe('unassessed');
    await chooseStatus(statusPicker(page, 1), 'done');
    // "Saved" may still be showing from before the change reached the socket: wait for the server to have it.
    await expect.poll(async () => measuresOf(await planData())[0]?.status, { timeout: 15_000 }).toBe('done');
    await waitSaved(page);
    rewordedParagraph = await editPlanText();

    await openView(page, 'Versiot', `Versiot – ${DEMO_TITLE}`);
    const table = page.getByRole('table', { name: /^Tallennetut versiot/ });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: LABEL, exact: true }) });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['Nimetty versio', adminName, expect.stringMatching(FINNISH_DATE_TIME)]);
    await row.getByRole('button', { name: `Palauta versio ${LABEL}` }).waitFor();
    await shoot(page, 'versions-1-list');
    await expectAccessible(page, 'versions page');
  });

  it('compares the version with the current plan: the status change and the text, word by word', async () => {
    await page.getByRole('link', { name: `Vertaa nykyiseen: ${LABEL}` }).click();
    await page.getByRole('heading', { level: 1, name: `Versioiden vertailu – ${DEMO_TITLE}` }).waitFor();
    expect(page.url()).toContain(`/compare/`);
    await page.getByRole('status').filter({ hasText: 'Tilan muutoksia 1' }).waitFor();

    const statusSection = page.getByRole('region', { name: 'Tilan muutokset (1)' });
    const change = statusSection.getByRole('listitem').filter({ hasText: firstMeasure });
    await expect.poll(() => change.textContent()).toContain('ennen: ei arvioitu');
    expect(await change.textContent()).toContain('nyt: viety suunnitellusti loppuun');
    expect(await change.locator('.status-icon').count()).toBe(2);

    const text = page.getByRole('region', { name: 'Suunnitelman tekstin muutokset (2)' });
    expect(await text.locator('ins').filter({ hasText: ADDED_SENTENCE }).count()).toBe(1);
    // The reworded paragraph shows only the new words as inserted; the rest is unchanged text.
    const reworded = text.getByRole('listitem').filter({ hasText: 'Muutettu kappale' });
    expect(await reworded.locator('ins').textContent()).toContain(REWORDED.trim());
    expect(await reworded.textContent()).toContain(rewordedParagraph.slice(0, 40));
    await shoot(page, 'versions-2-compare', true);
    await expectAccessible(page, 'comparison');

    // Picking the other way round: from the plan now back to the version.
    await page.getByLabel('Mistä').selectOption('current');
    const named = await namedVersion();
    await page.getByLabel('Mihin').selectOption(named.id);
    await page.getByRole('button', { name: 'Vertaa', exact: true }).click();
    await expect.poll(() => page.url()).toContain(`/compare/current/${named.id}`);
    const back = page.getByRole('region', { name: 'Tilan muutokset (1)' }).getByRole('listitem');
    await expect.poll(() => back.textContent()).toContain('ennen: viety suunnitellusti loppuun');
  });

  it('shows the version read-only: its text with its chart and its table as they were', async () => {
    // Since the version: the chart taken out of the plan's text, and a new year's figure entered.
    await setChartInText(null);
    const points = [{ year: 2023, value: 4870 }, { year: 2024, value: 5120 }, { year: 2025, value: 4990 }];
    expect((await admin.request('PUT', `/api/plans/${planId}/indicators/${localIndicatorId}/values`, { points })).status).toBe(200);
    await openView(page, 'Versiot', `Versiot – ${DEMO_TITLE}`);
    await page.getByRole('link', { name: `Näytä versio ${LABEL}` }).click();
    await page.getByRole('heading', { level: 1, name: `Versio ”${LABEL}” – ${DEMO_TITLE}` }).waitFor();
    await page.getByText(`Tallentanut ${adminName}`).waitFor();

    const text = page.getByRole('region', { name: `Suunnitelman teksti, versio ”${LABEL}”` });
    await text.getByText(rewordedParagraph.slice(0, 40)).first().waitFor();
    expect(await text.textContent()).not.toContain(ADDED_SENTENCE);
    expect(await text.textContent()).not.toContain(REWORDED);
    expect(await text.locator('[contenteditable="true"]').count()).toBe(0);

    // The version's chart, drawn from the plan's figures of today, which its caption says (the plan names no municipality: "Kunta").
    const chart = text.getByRole('figure', { name: new RegExp(`^Mittari: ${LOCAL_TITLE}`) });
    await chart.getByText('Luvut ja tavoite ovat nykyiset, eivät version tallennushetken.').waitFor({ timeout: 15_000 });
    await chart.getByRole('table', { name: `${LOCAL_TITLE}: luvut vuosittain` }).getByRole('row', { name: '2025 4 990' }).waitFor();
    const image = chart.getByRole('img');
    expect(await image.getAttribute('alt')).toMatch(/^Kaavio: Nuorisotalon kävijät \(käyntiä\)\. Kunta 2025: 4\s990\. Lähde: kunnan oma tieto\.$/);
    // The server draws the first chart after loading vega: on a busy machine that takes seconds.
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)), { timeout: 30_000 }).toBeGreaterThan(300);
    await chart.getByText('Lähde: kunnan oma tieto', { exact: true }).waitFor();
    await chart.scrollIntoViewIfNeeded();
    await shoot(page, 'versions-3-version-chart');

    const table = page.getByRole('table', { name: 'Toimenpidetaulukko' });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: firstMeasure }) });
    expect(await row.textContent()).toContain('ei arvioitu');
    // Nothing in it is a field.
    expect(await page.locator('main textarea, main select, main input').count()).toBe(0);
    await row.scrollIntoViewIfNeeded();
    await shoot(page, 'versions-3-version');
    await expectAccessible(page, 'a version, read-only');
  });

  it('restores the version after explaining what restoring does, and the table shows it', async () => {
    await page.getByRole('button', { name: 'Palauta tämä versio' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Palautetaanko versio?' });
    await dialog.getByText('uutena muutoksena historian päälle').waitFor();
    await dialog.getByText(`”Ennen palautusta: ${LABEL}”`).waitFor();
    await shoot(page, 'versions-4-restore');
    await expectAccessible(page, 'restore confirmation');
    await dialog.getByRole('button', { name: 'Palauta versio' }).click();
    await page.getByRole('status').filter({ hasText: `Versio ”${LABEL}” palautettu suunnitelmaan.` }).waitFor();

    const versions = (await admin.get(`/api/plans/${planId}/versions`)).body as any[];
    expect(versions[0]).toMatchObject({ kind: 'auto', label: `Ennen palautusta: ${LABEL}` });
    expect(measuresOf(await planData())[0]?.status).toBe('unassessed');

    await openView(page, 'Suunnitelma', DEMO_TITLE);
    await waitSaved(page);
    await expect.poll(() => pickedStatus(statusPicker(page, 1))).toBe('unassessed');
    const editor = page.getByRole('textbox', { name: 'Suunnitelman teksti' });
    expect(await editor.textContent()).not.toContain(ADDED_SENTENCE);

    // The state before the restore is in the list, under the name the dialog promised.
    await openView(page, 'Versiot', `Versiot – ${DEMO_TITLE}`);
    await page.getByRole('rowheader', { name: `Ennen palautusta: ${LABEL}` }).waitFor();
  });

  it('shows the yearly report: traffic lights, a chart that reads without colour, tables, and changes since the version', async () => {
    // Some progress since the version, made in the table as in a meeting.
    await openView(page, 'Suunnitelma', DEMO_TITLE);
    await waitSaved(page);
    await chooseStatus(statusPicker(page, 1), 'done');
    await chooseStatus(statusPicker(page, 2), 'done');
    await chooseStatus(statusPicker(page, 3), 'started');
    await chooseStatus(statusPicker(page, 4), 'not-started');
    await waitSaved(page);

    await openView(page, 'Raportti', `Hyvinvointiraportti – ${DEMO_TITLE}`);
    const report = (await admin.get(`/api/plans/${planId}/report`)).body as {
      total: Record<string, number>;
      focusAreas: Array<{ title: string; counts: Record<string, number> }>;
    };
    expect(report.total).toMatchObject({ done: 2, started: 1, 'not-started': 1 });
    const lights = page.locator('.traffic-light__count');
    await expect.poll(() => lights.allTextContents()).toEqual(
      ['done', 'started', 'not-started', 'unassessed'].map((s) => String(report.total[s])),
    );

    const chart = page.getByRole('figure', { name: 'Toimenpiteiden tila painopisteittäin (pylväs)' });
    expect(await chart.locator('.status-chart__row').count()).toBe(report.focusAreas.length);
    // Each segment shows its status's shape and count, and the legend names each pattern.
    const first = chart.locator('.status-chart__row').first();
    const counts = report.focusAreas[0]!.counts;
    const shown = ['done', 'started', 'not-started', 'unassessed'].filter((s) => counts[s]! > 0).map((s) => String(counts[s]));
    expect(await first.locator('.status-chart__count').allTextContents()).toEqual(shown);
    expect(await first.locator('.status-chart__count .status-icon').count()).toBe(shown.length);
    await chart.getByRole('list', { name: 'Kaavion selitteet' }).getByText('vinoraidat').waitFor();

    // The same numbers as a table with headers.
    const table = page.getByRole('table', { name: 'Toimenpiteiden tila painopisteittäin (taulukko)' });
    const firstRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: report.focusAreas[0]!.title }) });
    const numbers = (await firstRow.getByRole('cell').allTextContents()).slice(1, 5).map((cell) => cell.split(' ')[0]);
    expect(numbers).toEqual(['done', 'started', 'not-started', 'unassessed'].map((s) => String(counts[s])));
    await page.getByRole('table', { name: 'Toimenpiteiden tila vastuutahoittain' }).waitFor();
    await page.getByRole('table', { name: 'Toimenpiteiden tila kohderyhmittäin' }).waitFor();
    await shoot(page, 'report-1-overview');
    await expectAccessible(page, 'yearly report');

    // What changed since the version sent to the council.
    const named = await namedVersion();
    await page.getByLabel('Verrattava versio').selectOption(named.id);
    await page.getByRole('button', { name: 'Näytä muutokset' }).click();
    await page.getByRole('status').filter({ hasText: 'Tilan muutoksia 4, uusia toimenpiteitä 0, poistuneita 0.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^Muutokset versiosta ”${LABEL}”`) }).waitFor();
    const moves = page.getByRole('region', { name: 'Tilan muutokset (4)' }).getByRole('listitem');
    expect(await moves.count()).toBe(4);
    expect(await moves.first().textContent()).toContain('nyt: viety suunnitellusti loppuun');
    await page.getByRole('region', { name: 'Tilan muutokset (4)' }).scrollIntoViewIfNeeded();
    await shoot(page, 'report-2-changes');
    await expectAccessible(page, 'yearly report with changes');

    // On paper: no navigation, no controls, the chart's patterns kept.
    await page.emulateMedia({ media: 'print' });
    expect(await planNav(page).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Tulosta raportti' }).isVisible()).toBe(false);
    await shoot(page, 'report-3-print', true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('downloads the plan as DOCX, and a version as PDF, under a Finnish file name, showing progress', async () => {
    await planNav(page).getByRole('button', { name: 'Vie tiedostoksi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vie tiedostoksi' });
    expect(await dialog.getByRole('radio', { name: /^Word \(DOCX\)/ }).isChecked()).toBe(true);
    await shoot(page, 'versions-5-export');
    await expectAccessible(page, 'export dialog');

    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/export?format=docx')),
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Lataa tiedosto' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers()['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(DEMO_TITLE)}`,
    );
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${DEMO_TITLE} \\d{4}-\\d{2}-\\d{2}\\.docx$`));
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await dialog.getByRole('status').filter({ hasText: `Tiedosto ”${download.suggestedFilename()}” on ladattu.` }).waitFor();

    // The version as PDF: the file is dated by the version.
    const named = await namedVersion();
    await dialog.getByRole('radio', { name: /^PDF/ }).check();
    await dialog.getByLabel('Sisältö').selectOption(named.id);
    const [pdfResponse, pdf] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/export?format=pdf&version=${named.id}`)),
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Lataa tiedosto' }).click(),
    ]);
    expect(pdfResponse.headers()['content-type']).toContain('application/pdf');
    expect(pdf.suggestedFilename()).toBe(`${DEMO_TITLE} ${named.createdAt.slice(0, 10)}.pdf`);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    await dialog.getByRole('button', { name: 'Sulje' }).click();
    expect(await dialog.count()).toBe(0);
    // Focus is back on the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vie tiedostoksi');
  });

  it('offers a viewer no saving or restoring, but viewing, comparing and exporting', async () => {
    const viewer = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(viewer, server.url, VIEWER.email, VIEWER.password);
    await viewer.getByRole('link', { name: DEMO_TITLE }).click();
    await viewer.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    await openView(viewer, 'Versiot', `Versiot – ${DEMO_TITLE}`);
    await viewer.getByRole('rowheader', { name: LABEL, exact: true }).waitFor();
    expect(await viewer.getByRole('button', { name: 'Tallenna versio' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: /^Palauta/ }).count()).toBe(0);
    await viewer.getByRole('link', { name: `Vertaa nykyiseen: ${LABEL}` }).waitFor();
    await viewer.getByRole('link', { name: `Näytä versio ${LABEL}` }).click();
    await viewer.getByRole('heading', { level: 1, name: `Versio ”${LABEL}” – ${DEMO_TITLE}` }).waitFor();
    expect(await viewer.getByRole('button', { name: /^Palauta/ }).count()).toBe(0);
    await planNav(viewer).getByRole('button', { name: 'Vie tiedostoksi' }).waitFor();
    await shoot(viewer, 'versions-6-viewer');
    await expectAccessible(viewer, 'a version, as a viewer');
    await viewer.context().close();
  });

  it('opens its pages by ordinary addresses: an old #/ link, reload, back and forward, a new tab', async () => {
    const reportTitle = `Hyvinvointiraportti – ${DEMO_TITLE}`;
    const versionsTitle = `Versiot – ${DEMO_TITLE}`;
    // A link of the earlier hash routing, from an old e-mail, lands on the report's path.
    await page.goto(`${server.url}/#/plans/${planId}/report`);
    await page.getByRole('heading', { level: 1, name: reportTitle }).waitFor();
    expect(page.url()).toBe(`${server.url}/plans/${planId}/report`);
    await page.locator('.traffic-light__count').first().waitFor();

    // Links navigate inside the page: no reload, focus on the new title, the document titled after it.
    await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
    await openView(page, 'Versiot', versionsTitle);
    expect(page.url()).toBe(`${server.url}/plans/${planId}/versions`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(versionsTitle);
    expect(await page.title()).toBe(`${versionsTitle} – Hyte-työtila`);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: reportTitle }).waitFor();
    expect(page.url()).toBe(`${server.url}/plans/${planId}/report`);
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: versionsTitle }).waitFor();
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // With Ctrl the browser opens the link in a new tab, as for any link; this page stays.
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: `Näytä versio ${LABEL}` }).click({ modifiers: ['Control'] }),
    ]);
    await tab.getByRole('heading', { level: 1, name: `Versio ”${LABEL}” – ${DEMO_TITLE}` }).waitFor();
    expect(tab.url()).toBe(`${server.url}/plans/${planId}/versions/${(await namedVersion()).id}`);
    await tab.close();
    expect(page.url()).toBe(`${server.url}/plans/${planId}/versions`);

    // The address is a page of its own: reloading opens it again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: versionsTitle }).waitFor();
  });
});
