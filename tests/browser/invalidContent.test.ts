import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { planTextProblem } from '../../shared/editor/validatePlanText';
import { FileDocumentStore } from '../../server/storage/fileDocumentStore';
import { ApiClient, findPlan } from '../support/api';
import { expectAccessible } from '../support/axe';
import { launchChromium, signIn } from '../support/browser';
import { connectClient, waitFor } from '../support/collabClient';
import { bodyText } from '../support/planText';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// Needs `vite build` first (npm test does it): the server serves dist/client.

const MEMBER = { email: 'sini@example.fi', name: 'Sini Sihteeri', password: 'selain-testi-salasana-9' };
const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const SCREENS = join(tmpdir(), 'hyte-screens');

function element(name: string, attributes: Record<string, unknown>, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value as string);
  node.insert(0, children);
  return node;
}

/**
 * Writes text outside the schema straight into the plan's stored journal while
 * the server is stopped, as text stored before the server checked it would be:
 * a table cell spanning 1e9 columns and a node no editor knows.
 */
async function injectIntoJournal(dataDir: string, planId: string): Promise<void> {
  const store = new FileDocumentStore(dataDir);
  await store.init();
  const opened = await store.open(planDocumentName(planId));
  if (!opened) throw new Error('no stored plan');
  const doc = new Y.Doc();
  opened.updates.forEach((update) => Y.applyUpdate(doc, update));
  const before = Y.encodeStateVector(doc);
  const paragraph = (text: string) => element('paragraph', {}, [new Y.XmlText(text)]);
  doc.getXmlFragment('body').insert(3, [
    element('table', {}, [element('tableRow', {}, [element('tableCell', { colspan: 1e9, rowspan: 1 }, [paragraph('Valtava solu')])])]),
    element('futureWidget', {}, [paragraph('Tulevaisuuden solmu')]),
  ]);
  await opened.journal.append(Y.encodeStateAsUpdate(doc, before)).durable;
  await opened.journal.close();
  await store.close();
}

describe('a plan text the editor cannot show', () => {
  let server: ServerProcess;
  let browser: Browser;
  let admin: ApiClient;
  let planId: string;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const plan = await findPlan(admin, DEMO_TITLE);
    planId = plan.id;
    const member = await admin.post('/api/users', MEMBER);
    expect(member.status).toBe(201);
    expect((await admin.request('PUT', `/api/groups/${plan.groupId}/members/${member.body.id}`, { role: 'secretary' })).status).toBe(200);
    await server.kill('SIGTERM');
    await injectIntoJournal(server.dataDir, planId);
    await server.spawn();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('is shown read-only with a message, and typing never writes over it', async () => {
    const observer = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    const stored = bodyText(observer.doc);
    // (Yjs writes element names in lower case.)
    expect(stored.includes('<futurewidget>') && stored.includes('colspan="1000000000"'), 'the injected text is stored').toBe(true);

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, server.url, MEMBER.email, MEMBER.password);
    await page.getByRole('link', { name: DEMO_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();

    const notice = page.getByRole('alert').filter({ hasText: 'Tekstissä on sisältöä, jota tämä sovelluksen versio ei osaa näyttää' });
    await notice.waitFor({ timeout: 15_000 });
    const text = page.getByRole('textbox', { name: 'Suunnitelman teksti' });
    // A readable copy: the rest of the text, and the unknown node's words, are there.
    await text.getByText('Itä-Uudenmaan hyvinvointialueen kanssa').waitFor();
    await expect(text.textContent()).resolves.toContain('Tulevaisuuden solmu');
    expect(await text.getAttribute('contenteditable')).toBe('false');
    expect(await text.getAttribute('aria-readonly')).toBe('true');
    await page.getByRole('toolbar', { name: 'Tekstin muotoilu' }).waitFor({ state: 'detached' });
    await page.screenshot({ path: join(SCREENS, 'invalid-content.png'), fullPage: false });
    await expectAccessible(page, 'plan with text the editor cannot show');

    await text.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Yksi rivi, joka korvaisi kaiken.');
    await page.waitForTimeout(1500);
    expect(await text.textContent()).not.toContain('Yksi rivi');
    expect(bodyText(observer.doc) === stored, 'the stored text is unchanged').toBe(true);

    // Reopened, the text comes first from the browser's offline copy: checked before any editor binds to it.
    await page.reload();
    await notice.waitFor({ timeout: 15_000 });
    await waitFor(() => bodyText(observer.doc) === stored, 'the stored text after a reload');
    expect(errors).toEqual([]);
    observer.destroy();
  });

  it('reaches readers only repaired to the schema: /data and the exports', async () => {
    const body = (await admin.get(`/api/plans/${planId}/data?include=body`)).body.body;
    expect(planTextProblem(body)).toBeNull();
    expect(JSON.stringify(body)).toContain('Tulevaisuuden solmu');
    expect(JSON.stringify(body)).not.toMatch(/futureWidget|1000000000/);
    const markdown = await fetch(`${server.url}/api/plans/${planId}/export?format=md`, { headers: { Authorization: `Bearer ${admin.token}` } });
    expect(markdown.status).toBe(200);
    expect(await markdown.text()).toMatch(/Valtava solu[\s\S]*Tulevaisuuden solmu/);
  });
});
