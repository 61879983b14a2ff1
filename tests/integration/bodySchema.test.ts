import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { readPlanData, setMeasureField } from '../../shared/plan';
import { ApiClient, findPlan } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { appendParagraph, bodyText } from '../support/planText';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const MEMBER_EMAIL = 'jasen@porvoo.fi';
const PASSWORD = 'jasenen-salasana-123';
/** Long enough for an acknowledgement on loopback to have arrived many times over. */
const REFUSAL_WAIT_MS = 1500;

function element(name: string, attributes: Record<string, unknown>, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const node = new Y.XmlElement(name);
  // The attribute values a hostile client sends are not limited to strings.
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value as string);
  node.insert(0, children);
  return node;
}

const paragraph = (text: string, attributes: Record<string, unknown> = {}) => element('paragraph', attributes, [new Y.XmlText(text)]);

/** What a hostile member writes into `body`, each the way the editor's Yjs binding would store a node. */
const HOSTILE_BLOCKS: Record<string, () => Y.XmlElement> = {
  'a table cell with colspan 1e9': () =>
    element('table', {}, [element('tableRow', {}, [element('tableCell', { colspan: 1e9, rowspan: 1 }, [paragraph('valtava solu')])])]),
  'a node the editor does not know': () => element('futureWidget', {}, [paragraph('tuntematon solmu')]),
  'an attribute the editor does not know': () => paragraph('tuntematon attribuutti', { onclick: 'alert(1)' }),
  'an indicator chart whose id is not an id': () => element('indicatorChart', { indicatorId: '<img src=x onerror=alert(1)>' }, []),
  'an indicator chart without an indicator': () => element('indicatorChart', {}, []),
  'an indicator chart inside a list': () =>
    element('bulletList', {}, [element('listItem', {}, [paragraph('listan kohta'), element('indicatorChart', { indicatorId: 'listaKaavio' }, [])])]),
};

describe('the plan text on the socket keeps to the editor schema', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let member: ApiClient;
  let planId: string;
  const sockets: TestClient[] = [];

  const connect = async (api: ApiClient) => {
    const socket = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    sockets.push(socket);
    return socket;
  };
  const storedBody = async () => (await admin.get(`/api/plans/${planId}/data?include=body`)).body.body;

  beforeAll(async () => {
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const plan = await findPlan(admin, DEMO_TITLE);
    planId = plan.id;
    const user = await admin.post('/api/users', { email: MEMBER_EMAIL, name: 'Maija Jäsen', password: PASSWORD });
    expect(user.status).toBe(201);
    const joined = await admin.request('PUT', `/api/groups/${plan.groupId}/members/${user.body.id}`, { role: 'member', title: '', unit: '' });
    expect(joined.status).toBe(200);
    member = await ApiClient.login(server.url, MEMBER_EMAIL, PASSWORD);
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await server?.destroy();
  });

  for (const [what, hostileBlock] of Object.entries(HOSTILE_BLOCKS)) {
    it(`refuses ${what}: not acknowledged, not shown to others, not stored`, async () => {
      const observer = await connect(admin);
      const before = bodyText(observer.doc);
      const storedBefore = await storedBody();
      const attacker = await connect(member);
      let closedBecause: string | null = null;
      attacker.provider.on('close', ({ event }: { event: { reason: string } }) => (closedBecause = event.reason));

      const body = attacker.doc.getXmlFragment('body');
      body.insert(body.length, [hostileBlock()]);
      await new Promise((r) => setTimeout(r, REFUSAL_WAIT_MS));

      expect(attacker.provider.hasUnsyncedChanges).toBe(true);
      expect(closedBecause).toMatch(/plan text/i);
      expect(bodyText(observer.doc)).toBe(before);
      expect(await storedBody()).toEqual(storedBefore);
      attacker.destroy();
      observer.destroy();
    });
  }

  it('still takes valid text and table edits, and a restart shows no trace of the refused ones', async () => {
    const observer = await connect(admin);
    const writer = await connect(member);
    appendParagraph(writer.doc, 'Kelvollinen kappale');
    const body = writer.doc.getXmlFragment('body');
    body.insert(body.length, [element('indicatorChart', { indicatorId: 'kelvollinenKaavio' }, [])]);
    const measureId = readPlanData(writer.doc, planId).focusAreas[0]!.goals[0]!.measures[0]!.id;
    setMeasureField(writer.doc, measureId, 'statusNote', 'Kelvollinen tilanne');
    await waitForAcknowledged(writer);
    await waitFor(() => bodyText(observer.doc).includes('Kelvollinen kappale'), 'the valid paragraph at the observer');
    observer.destroy();
    writer.destroy();

    await server.restart();
    const text = JSON.stringify(await storedBody());
    expect(text).toContain('Kelvollinen kappale');
    expect(text).toContain('"indicatorId":"kelvollinenKaavio"');
    for (const trace of ['valtava solu', 'tuntematon solmu', 'tuntematon attribuutti', 'futureWidget', 'onclick', 'listaKaavio']) {
      expect(text).not.toContain(trace);
    }
    const reopened = await connect(admin);
    expect(bodyText(reopened.doc)).not.toMatch(/valtava solu|tuntematon|futureWidget|onclick/);
    const data = (await admin.get(`/api/plans/${planId}/data`)).body;
    expect(JSON.stringify(data)).toContain('Kelvollinen tilanne');
  });
});
