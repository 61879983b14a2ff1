import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { readPlanData, setMeasureField } from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { appendParagraph, bodyText, trackAcknowledged } from '../support/planText';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';



describe('live co-editing of the plan text', () => {
  let server: ServerProcess;
  let api: ApiClient;
  let planId: string;
  const clients: TestClient[] = [];

  const connect = async (id = planId) => {
    const client = await connectClient(server.collabUrl, planDocumentName(id), api.token!);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await ServerProcess.start();
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const created = await api.post('/api/plans', { title: 'Testikunnan hyvinvointisuunnitelma' });
    expect(created.status).toBe(201);
    planId = created.body.id;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.destroy();
  });

  it('serves health, refuses wrong credentials and lists the demo plan', async () => {
    expect((await new ApiClient(server.url).get('/api/health')).body).toEqual({ status: 'ok' });
    const wrong = await new ApiClient(server.url).post('/api/session', { email: ADMIN_EMAIL, password: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBeTruthy();
    const anonymous = await new ApiClient(server.url).get('/api/plans');
    expect(anonymous.status).toBe(401);

    const plans = await api.get('/api/plans');
    const demo = plans.body.find((p: { title: string }) => p.title.startsWith('Porvoon'));
    expect(demo).toBeTruthy();
    const data = await api.get(`/api/plans/${demo.id}/data`);
    expect(data.status).toBe(200);
    expect(data.body.focusAreas).toHaveLength(3);
    const measures = data.body.focusAreas.flatMap((f: any) => f.goals.flatMap((g: any) => g.measures));
    expect(measures).toHaveLength(41);
    expect(measures[0]).toMatchObject({ title: 'Osallisuuden huolellinen määrittely ja kuvaaminen.', status: 'unassessed' });
  });

  it('refuses a socket without a valid token', async () => {
    await expect(connectClient(server.collabUrl, planDocumentName(planId), 'not-a-token')).rejects.toThrow(
      /Authentication failed/,
    );
    await expect(connectClient(server.collabUrl, 'plan:doesnotexist', api.token!)).rejects.toThrow(
      /Authentication failed/,
    );
  });

  it('lets two and then ten clients co-edit the text and converge', async () => {
    const [a, b] = [await connect(), await connect()];
    appendParagraph(a.doc, 'Kirjoittaja A');
    appendParagraph(b.doc, 'Kirjoittaja B');
    await waitFor(() => bodyText(a.doc) === bodyText(b.doc) && bodyText(a.doc).includes('Kirjoittaja B'), 'two converge');
    expect(bodyText(a.doc)).toContain('Kirjoittaja A');

    const more = await Promise.all(Array.from({ length: 8 }, () => connect()));
    const ten = [a, b, ...more];
    ten.forEach((client, i) => appendParagraph(client.doc, `Jäsen ${i} kirjoittaa`));
    await waitFor(
      () => ten.every((c) => bodyText(c.doc) === bodyText(a.doc)) && ten.every((_, i) => bodyText(a.doc).includes(`Jäsen ${i} kirjoittaa`)),
      'ten converge',
    );
    await Promise.all(ten.map((c) => waitForAcknowledged(c)));
  });

  it('keeps every acknowledged edit when the server is killed with SIGKILL', async () => {
    for (let round = 0; round < 3; round++) {
      const writer = await connect();
      const count = trackAcknowledged(writer);
      const killAfterMs = 150 + Math.floor(Math.random() * 400);
      const started = Date.now();
      let killed: Promise<number | null> | null = null;
      while (!killed) {
        appendParagraph(writer.doc, `kierros ${round} muutos ${count.made}`);
        count.made++;
        await new Promise((r) => setTimeout(r, 1 + (count.made % 3)));
        if (Date.now() - started > killAfterMs) killed = server.kill('SIGKILL');
      }
      await killed;
      const seenAcknowledged = count.acknowledged;
      writer.destroy();
      expect(seenAcknowledged).toBeGreaterThan(10);

      await server.spawn();
      const reader = await connect();
      const text = bodyText(reader.doc);
      for (let i = 0; i < seenAcknowledged; i++) expect(text).toContain(`kierros ${round} muutos ${i}<`);
      reader.destroy();
    }
  });

  it('stores pending state on SIGTERM and restores it exactly', async () => {
    const writer = await connect();
    appendParagraph(writer.doc, 'Viimeinen kappale ennen sammutusta');
    await waitForAcknowledged(writer);
    const expected = bodyText(writer.doc);
    writer.destroy();

    expect(await server.kill('SIGTERM')).toBe(0);
    expect(server.output).toMatch(/"msg":"stopped cleanly"/);
    // Stopping compacted the journal: the plan is a snapshot alone.
    const files = await readdir(join(server.dataDir, 'documents', encodeURIComponent(planDocumentName(planId))));
    expect(files).toEqual(['state.bin']);
    await server.spawn();
    const reader = await connect();
    expect(bodyText(reader.doc)).toBe(expected);
  });

  it('keeps a table edit made over the socket through compaction and SIGKILL, and /data reads it', async () => {
    const demoId = (await api.get('/api/plans')).body.find((p: { title: string }) => p.title.startsWith('Porvoon')).id;
    const member = await connect(demoId);
    const measureId = readPlanData(member.doc, demoId).focusAreas[0]!.goals[0]!.measures[0]!.id;
    setMeasureField(member.doc, measureId, 'status', 'started');
    await waitForAcknowledged(member);
    // Past the 2 s store debounce: the journal has been compacted into a snapshot.
    await new Promise((r) => setTimeout(r, 2500));
    setMeasureField(member.doc, measureId, 'statusNote', 'Kyselyt koordinoidaan keväällä.');
    await waitForAcknowledged(member);
    member.destroy();
    await server.kill('SIGKILL');
    await server.spawn();

    const data = await api.get(`/api/plans/${demoId}/data`);
    expect(data.body.focusAreas[0].goals[0].measures[0]).toMatchObject({
      id: measureId,
      status: 'started',
      statusNote: 'Kyselyt koordinoidaan keväällä.',
    });
  });
});
