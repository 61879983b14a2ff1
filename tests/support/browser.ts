import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Signs in through the login form, as a person would, and waits for the plan list. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByRole('heading', { level: 1, name: 'Suunnitelmat' }).waitFor();
}

/** Chooses a status in a measure's status picker as a person would with the pointer: open it, press the option. */
export async function chooseStatus(picker: Locator, status: string): Promise<void> {
  await picker.click();
  const listbox = picker.page().locator(`[id="${await picker.getAttribute('id')}-listbox"]`);
  await listbox.locator(`[role="option"][data-status="${status}"]`).click();
  await listbox.waitFor({ state: 'detached' });
}

/** The status a measure's status picker shows. */
export async function pickedStatus(picker: Locator): Promise<string | null> {
  return picker.getAttribute('data-status');
}
