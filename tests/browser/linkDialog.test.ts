import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium, signIn } from '../support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// Needs `node scripts/build.mjs` first (npm test does it): the server serves dist/client.

const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const WORDS = 'Lue lisää kaupungin sivuilta';
const SCREENS = join(tmpdir(), 'hyte-screens');

describe('the link dialog of the plan text', () => {
  let server: ServerProcess;
  let browser: Browser;
  let admin: ApiClient;
  let planId: string;

  const waitForSaved = (page: Page) => page.getByRole('status').filter({ hasText: 'Kaikki muutokset tallennettu' }).waitFor({ timeout: 15_000 });
  const focusIsInText = (page: Page) => page.evaluate(() => document.activeElement?.closest('.ProseMirror') !== null);
  /** The plan text as the Markdown export writes it from the stored document. */
  const markdown = async () => {
    const response = await fetch(`${server.url}/api/plans/${planId}/export?format=md`, { headers: { Authorization: `Bearer ${admin.token}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await findPlan(admin, DEMO_TITLE)).id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('links the selected words, refuses an unsafe address, edits and removes the link, and gives focus back to the text', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    await waitForSaved(page);

    const editor = page.getByRole('textbox', { name: 'Suunnitelman teksti' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(WORDS);
    await page.keyboard.press('Shift+Home');

    const linkButton = page.getByRole('button', { name: 'Linkki', exact: true });
    await linkButton.click();
    const dialog = page.getByRole('dialog', { name: 'Linkki' });
    const address = dialog.getByLabel('Verkko-osoite');
    // The address field has focus as the dialog opens, and the rest of the page is inert.
    await expect.poll(() => address.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);

    await address.fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await dialog.getByText('Anna verkko-osoite, esimerkiksi https://www.porvoo.fi.').waitFor();
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await address.getAttribute('aria-describedby')) ?? '';
    expect(await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent).join(' '), describedBy)).toContain(
      'Anna verkko-osoite',
    );
    await page.screenshot({ path: join(SCREENS, 'link-1-invalid.png') });
    await expectAccessible(page, 'link dialog with an error');

    await address.fill('www.porvoo.fi');
    expect(await address.getAttribute('aria-invalid')).toBeNull();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusIsInText(page)).toBe(true);
    await editor.getByRole('link', { name: WORDS }).waitFor();
    expect(await editor.getByRole('link', { name: WORDS }).getAttribute('href')).toBe('https://www.porvoo.fi');
    await waitForSaved(page);
    // The export's own reading of the address (a URL, hence the slash).
    expect(await markdown()).toContain(`[${WORDS}](<https://www.porvoo.fi/>)`);

    // Inside the link the dialog shows its address and offers to remove it; Escape changes nothing.
    await page.keyboard.press('ArrowLeft');
    await linkButton.click();
    await expect.poll(() => address.inputValue()).toBe('https://www.porvoo.fi');
    await page.screenshot({ path: join(SCREENS, 'link-2-edit.png') });
    await expectAccessible(page, 'link dialog of an existing link');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusIsInText(page)).toBe(true);
    expect(await editor.getByRole('link', { name: WORDS }).getAttribute('href')).toBe('https://www.porvoo.fi');

    await linkButton.click();
    await dialog.getByRole('button', { name: 'Poista linkki' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusIsInText(page)).toBe(true);
    await expect.poll(() => editor.getByRole('link', { name: WORDS }).count()).toBe(0);
    await editor.getByText(WORDS).waitFor();
    await waitForSaved(page);
    const text = await markdown();
    expect(text).toContain(WORDS);
    expect(text).not.toContain('https://www.porvoo.fi');
    // Two cores shared with other browser tests: one run took 40 s alone and over 60 s beside another.
  }, 180_000);
});
