import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { setMeasureField } from '../../shared/plan';
import { expectAccessible } from '../support/axe';
import { launchChromium, signIn } from '../support/browser';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { PASSWORD, roundFixture } from '../support/roundFixture';
import { ServerProcess } from '../support/serverProcess';

// Needs `node scripts/build.mjs` first (npm test does it): the server serves dist/client.

const SCREENS = join(tmpdir(), 'hyte-screens');
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENS, `round-trip-${name}.png`), fullPage: true });
const COLUMN = { status: 8, statusNote: 9, id: 11 } as const;

describe('bringing an edited Excel export back into the plan, in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let fixture: Awaited<ReturnType<typeof roundFixture>>;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    fixture = await roundFixture(server.url);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  /** The plan's export, edited as in Excel and saved where the file chooser can pick it. */
  async function editedExport(name: string, edit: (rowOf: (measureId: string) => ExcelJS.Row) => void): Promise<string> {
    const response = await fetch(`${server.url}/api/plans/${fixture.planId}/export?format=xlsx`, { headers: { Authorization: `Bearer ${fixture.people.chair.client.token}` } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Toimenpidetaulukko')!;
    edit((measureId) => {
      for (let number = 2; number <= sheet.rowCount; number++) if (sheet.getRow(number).getCell(COLUMN.id).text === measureId) return sheet.getRow(number);
      throw new Error(`no row of ${measureId}`);
    });
    const path = join(SCREENS, `${name}.xlsx`);
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    return path;
  }

  it('previews, saves and undoes by keyboard, with the refused rows and the conflict said in words, axe clean', async () => {
    const { people, planId, measures } = fixture;
    const [m0, m1, m2] = measures.map((m) => m.id) as [string, string, string];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.url, people.chair.email, PASSWORD);
    await page.goto(`${server.url}/plans/${planId}`);

    const open = page.getByRole('button', { name: 'Tuo muutokset Excelistä' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Tuo muutokset Excelistä' });
    await dialog.waitFor();

    // A file with a bad status first: refused, its row named, nothing saved.
    const badFile = await editedExport('huono-tila', (rowOf) => void (rowOf(m1).getCell(COLUMN.status).value = 'vihreähkö'));
    await dialog.getByLabel('Excel-tiedosto (XLSX)').setInputFiles(badFile);
    await dialog.getByRole('button', { name: 'Esikatsele muutokset' }).press('Enter');
    await dialog.getByRole('heading', { name: 'Tiedostoa ei voi tuoda' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Tiedostoa ei voi tuoda');
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual(['Rivi 3: ”vihreähkö” ei ole tila. Valitse jokin neljästä tilasta.']);
    await shot(page, 'refused');
    await expectAccessible(page, 'the refused file');

    // The right file: m0 done with a note, m2's status changed, while another member changes m2 in the app.
    const goodFile = await editedExport('muutokset', (rowOf) => {
      rowOf(m0).getCell(COLUMN.status).value = 'Viety suunnitellusti loppuun';
      rowOf(m0).getCell(COLUMN.statusNote).value = 'Harrastus käynnissä\nkaikilla kouluilla';
      rowOf(m2).getCell(COLUMN.status).value = 'Suunnitteluasteella tai aloitettu';
    });
    const other = await connectClient(server.collabUrl, planDocumentName(planId), people.member.client.token!);
    setMeasureField(other.doc, m2, 'status', 'done');
    await waitForAcknowledged(other);
    other.destroy();

    await dialog.getByLabel('Excel-tiedosto (XLSX)').setInputFiles(goodFile);
    await dialog.getByRole('button', { name: 'Esikatsele muutokset' }).press('Enter');
    await dialog.getByRole('heading', { name: 'Esikatselu' }).waitFor();
    const changes = dialog.getByRole('table', { name: 'Muutokset (2)' });
    expect(await changes.getByRole('columnheader').allTextContents()).toEqual(['Toimenpide', 'Rivi', 'Tieto', 'Nyt suunnitelmassa', 'Tiedostossa']);
    expect(await changes.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual(['2', 'Tila', 'Aloitettu', 'Valmis']);
    expect(await changes.getByRole('row').nth(1).getByRole('rowheader').textContent()).toBe(measures[0]!.title);
    const conflicts = dialog.getByRole('table', { name: 'Ristiriidat (1)' });
    expect(await conflicts.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual(['4', 'Tila', 'Ei aloitettu', 'Valmis', 'Aloitettu', 'Käytä tiedoston arvoa']);
    // The conflict decided for the file by keyboard: its value goes into the same change.
    const useFile = conflicts.getByRole('checkbox', { name: 'Käytä tiedoston arvoa: rivi 4, Tila' });
    expect(await useFile.isChecked()).toBe(false);
    await useFile.focus();
    await page.keyboard.press('Space');
    expect(await useFile.isChecked()).toBe(true);
    await shot(page, 'preview');
    await expectAccessible(page, 'the preview');

    // Saved from the keyboard: the confirmation takes the focus and offers the undo.
    await dialog.getByRole('button', { name: 'Tallenna muutokset suunnitelmaan' }).press('Enter');
    await dialog.getByRole('heading', { name: 'Muutokset tallennettu' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Muutokset tallennettu');
    expect(await dialog.getByRole('definition').allTextContents()).toEqual(['3', '2', '0']);
    const data = (await people.chair.client.get(`/api/plans/${planId}/data`)).body;
    expect(data.focusAreas[0].goals[0].measures.slice(0, 3).map((m: any) => m.status)).toEqual(['done', 'unassessed', 'started']);
    expect(data.focusAreas[0].goals[0].measures[0].statusNote).toBe('Harrastus käynnissä\nkaikilla kouluilla');
    await shot(page, 'applied');
    await expectAccessible(page, 'the confirmation');

    await dialog.getByRole('button', { name: 'Kumoa muutokset' }).press('Enter');
    await dialog.getByRole('heading', { name: 'Muutokset kumottu' }).waitFor();
    expect(await dialog.getByRole('definition').allTextContents()).toEqual(['3', '0']);
    const undone = (await people.chair.client.get(`/api/plans/${planId}/data`)).body;
    expect(undone.focusAreas[0].goals[0].measures[0]).toMatchObject({ status: 'started', statusNote: 'Kysely tehty' });
    expect(undone.focusAreas[0].goals[0].measures[2].status).toBe('done');
    await expectAccessible(page, 'the undo');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Tuo muutokset Excelistä');
    await context.close();
  });

  it('is not offered to a role that only reads', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.url, fixture.people.viewer.email, PASSWORD);
    await page.goto(`${server.url}/plans/${fixture.planId}`);
    await page.getByRole('button', { name: 'Vie tiedostoksi' }).waitFor();
    expect(await page.getByRole('button', { name: 'Tuo muutokset Excelistä' }).count()).toBe(0);
    await context.close();
  });
});
