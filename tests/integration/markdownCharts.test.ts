import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient } from '../support/api';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { SotkanetStandIn } from '../support/sotkanetStandIn';

/** The Markdown blocks from the paragraph that starts `from` up to (not with) the one that starts `to`. */
function blocksBetween(markdown: string, from: string, to: string): string[] {
  const blocks = markdown.split('\n\n');
  const start = blocks.findIndex((block) => block.startsWith(from));
  const end = blocks.findIndex((block, i) => i > start && block.startsWith(to));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return blocks.slice(start + 1, end);
}

describe("the Markdown export of the plan text's indicator charts, through the server", () => {
  let standIn: SotkanetStandIn;
  let server: ServerProcess;
  let admin: ApiClient;
  let planId: string;
  let localId: string;

  const markdown = async (query = '') => {
    const response = await fetch(`${server.url}/api/plans/${planId}/export?format=md${query}`, { headers: { Authorization: `Bearer ${admin.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    return response.text();
  };

  beforeAll(async () => {
    standIn = await SotkanetStandIn.start();
    server = await ServerProcess.start({ SEED_DEMO: '0', SOTKANET_URL: standIn.url() });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await admin.post('/api/plans', { title: 'Porvoon hyvinvointisuunnitelma' })).body.id;
    expect((await admin.request('PATCH', `/api/plans/${planId}`, { municipalityCode: '638' })).status).toBe(200);
    const sotkanetId = (await admin.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 5 })).body.id;
    localId = (await admin.post(`/api/plans/${planId}/indicators`, { source: 'local', title: 'Nuorisotalon kävijät', unit: 'käyntiä' })).body.id;
    expect((await admin.request('PUT', `/api/plans/${planId}/indicators/${localId}/values`, { points: [{ year: 2023, value: 4870 }, { year: 2024, value: 5120 }] })).status).toBe(200);

    // Two charts between two paragraphs at the end of the text, as the editor's toolbar places them.
    const writer = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    const paragraph = (text: string) => {
      const element = new Y.XmlElement('paragraph');
      element.insert(0, [new Y.XmlText(text)]);
      return element;
    };
    const chart = (indicatorId: string) => {
      const element = new Y.XmlElement('indicatorChart');
      element.setAttribute('indicatorId', indicatorId);
      return element;
    };
    const body = writer.doc.getXmlFragment('body');
    body.insert(body.length, [paragraph('Ennen kaavioita.'), chart(sotkanetId), chart(localId), paragraph('Kaavioiden jälkeen.')]);
    await waitForAcknowledged(writer);
    writer.destroy();
  });
  afterAll(async () => {
    await server?.destroy();
    await standIn?.stop();
  });

  it("gives each chart where the text places it with Sotkanet's figures, and a version its own indicator set", async () => {
    const live = blocksBetween(await markdown(), 'Ennen kaavioita.', 'Kaavioiden jälkeen.');
    expect(live[0]).toMatch(/^\*\*Toimeentulotukea saaneet/);
    expect(live[1]).toMatch(/^Kaavio: Toimeentulotukea saaneet.*Porvoo 2023: /);
    const sotkanetTable = live.find((block) => block.startsWith('| Vuosi | Porvoo | '));
    expect(sotkanetTable?.split('\n')[1]).toMatch(/^\|( --- \|)+$/);
    expect(live.filter((block) => /^Lähde: THL, Sotkanet\.fi \(CC BY 4\.0\), haettu \d{1,2}\.\d{1,2}\.\d{4}$/.test(block))).toHaveLength(1);
    expect(live).toContain('**Nuorisotalon kävijät (käyntiä)**');
    expect(live).toContain('| Vuosi | Porvoo |\n| --- | --- |\n| 2023 | 4\u00a0870 |\n| 2024 | 5\u00a0120 |');
    expect(live).toContain('Lähde: kunnan oma tieto');

    // A version keeps the indicator set it had: an indicator removed since is still charted in it, not in the plan.
    const version = (await admin.post(`/api/plans/${planId}/versions`, { label: 'Valtuustolle' })).body;
    expect((await admin.request('DELETE', `/api/plans/${planId}/indicators/${localId}`)).status).toBe(204);
    const ofVersion = blocksBetween(await markdown(`&version=${version.id}`), 'Ennen kaavioita.', 'Kaavioiden jälkeen.');
    expect(ofVersion).toContain('**Nuorisotalon kävijät (käyntiä)**');
    const now = blocksBetween(await markdown(), 'Ennen kaavioita.', 'Kaavioiden jälkeen.');
    expect(now).not.toContain('**Nuorisotalon kävijät (käyntiä)**');
    expect(now.at(-1)).toBe('_Kaavio: mittaria ei enää ole suunnitelmassa._');
  });
});
