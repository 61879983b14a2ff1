import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { readPlanTitle as readPlanTitleOf } from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type ServerProcess } from '../support/serverProcess';
import { ScaleoutCluster } from './cluster';
import { skipScaleout } from './services';

function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const body = doc.getXmlFragment('body');
  body.insert(body.length, [paragraph]);
}

const bodyText = (doc: Y.Doc) => doc.getXmlFragment('body').toString();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What docs/deploy.md promises when PostgreSQL or Redis is briefly away. */
describe.skipIf(skipScaleout)('brief outages of PostgreSQL and Redis', () => {
  let cluster: ScaleoutCluster;
  let a: ServerProcess;
  let b: ServerProcess;
  let api: ApiClient;
  const clients: TestClient[] = [];

  /** Times a client was told it may not open the plan: the web app would then give up on the plan (and its unsaved edits). */
  let refusals = 0;
  /** Like a browser tab: reconnects with back-off by itself. */
  const connect = async (server: ServerProcess, planId: string) => {
    const client = await connectClient(server.collabUrl, planDocumentName(planId), api.token!, { reconnect: true });
    client.provider.on('authenticationFailed', () => refusals++);
    clients.push(client);
    return client;
  };
  const newPlan = async (title: string) => (await api.post('/api/plans', { title })).body.id as string;

  beforeAll(async () => {
    cluster = await ScaleoutCluster.start({ SEED_DEMO: '0' });
    [a, b] = await Promise.all([cluster.instance(), cluster.instance()]);
    api = await ApiClient.login(a.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await cluster?.stop();
  });

  it('PostgreSQL away: an edit stays unsaved (not acknowledged), then is stored once it is back', async () => {
    const planId = await newPlan('Tietokantakatko');
    const writer = await connect(a, planId);
    appendParagraph(writer.doc, 'Ennen katkoa');
    await waitForAcknowledged(writer);

    await cluster.postgres.pause();
    appendParagraph(writer.doc, 'Katkon aikana kirjoitettu');
    await pause(2000);
    // Not durable, so not acknowledged: the client shows unsaved changes and keeps them.
    expect(writer.provider.hasUnsyncedChanges).toBe(true);

    await cluster.postgres.resume();
    const resumed = Date.now();
    await waitForAcknowledged(writer, 45_000);
    // The socket was closed with "try again later", never refused: the provider reconnected within its back-off.
    expect(refusals).toBe(0);
    expect(Date.now() - resumed).toBeLessThan(10_000);
    // Read back from PostgreSQL through the other instance, which does not have the plan open.
    const data = await new ApiClient(b.url, api.token).get(`/api/plans/${planId}/data?include=body`);
    expect(data.status).toBe(200);
    expect(JSON.stringify(data.body.body)).toContain('Katkon aikana kirjoitettu');
    expect(JSON.stringify(data.body.body)).toContain('Ennen katkoa');
  });

  it('Redis away: every instance keeps storing and acknowledging; clients on different instances converge after it is back', async () => {
    const planId = await newPlan('Redis-katko');
    const [onA, onB] = [await connect(a, planId), await connect(b, planId)];
    appendParagraph(onA.doc, 'Ennen katkoa A');
    await waitFor(() => bodyText(onB.doc).includes('Ennen katkoa A'), 'A → B before the outage');

    await cluster.redis.pause();
    appendParagraph(onA.doc, 'Katkon aikana A');
    appendParagraph(onB.doc, 'Katkon aikana B');
    // Stored in PostgreSQL and acknowledged although the instances cannot reach each other.
    await Promise.all([waitForAcknowledged(onA), waitForAcknowledged(onB)]);

    await cluster.redis.resume();
    await pause(3000); // the instances' Redis clients reconnect with back-off
    appendParagraph(onA.doc, 'Katkon jälkeen A');
    await waitFor(
      () => ['Katkon aikana A', 'Katkon aikana B', 'Katkon jälkeen A'].every((t) => bodyText(onA.doc).includes(t) && bodyText(onB.doc).includes(t)),
      'convergence after Redis is back',
      30_000,
    );
    expect(bodyText(onA.doc)).toBe(bodyText(onB.doc));
    expect(refusals).toBe(0);
  });

  it('Redis away: opening a plan waits (the client retries) instead of being refused, and works once Redis is back', async () => {
    const planId = await newPlan('Avataan katkon aikana');
    await cluster.redis.pause();
    const opening = connect(a, planId);
    await pause(2000);
    await cluster.redis.resume();
    const client = await opening;
    expect(readPlanTitleOf(client.doc)).toBe('Avataan katkon aikana');
    expect(refusals).toBe(0);
  });
});
