import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { discussionDocumentName, planDocumentName } from '../../shared/documentNames';
import { readThreads } from '../../shared/discussion';
import { readPlanData, setMeasureField } from '../../shared/plan';
import { readMigrations } from '../../server/storage/postgres/migrate';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, freePort, ServerProcess } from '../support/serverProcess';
import { ScaleoutCluster } from './cluster';
import { skipScaleout } from './services';

/** Appends a paragraph to the plan text the way the editor's Yjs binding does. */
function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const body = doc.getXmlFragment('body');
  body.insert(body.length, [paragraph]);
}

const bodyText = (doc: Y.Doc) => doc.getXmlFragment('body').toString();

const TABLE = {
  focusAreas: [{ title: 'Osallisuus', goals: [{ title: 'Nuoret mukaan', measures: [{ title: 'Nuorisovaltuuston kuuleminen' }] }] }],
};

describe.skipIf(skipScaleout)('several server processes on PostgreSQL and Redis', () => {
  let cluster: ScaleoutCluster;
  let a: ServerProcess;
  let b: ServerProcess;
  let adminOnA: ApiClient;
  let planId: string;
  const clients: TestClient[] = [];

  const connect = async (server: ServerProcess, token = adminOnA.token!, id = planId) => {
    const client = await connectClient(server.collabUrl, planDocumentName(id), token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    // Fails with the reason (e.g. "install the Debian packages postgresql and redis-server") if they cannot run.
    cluster = await ScaleoutCluster.start({ SNAPSHOT_INTERVAL_MS: '1000' });
    // Both start at once on the empty database: migrations and the first start happen once.
    [a, b] = await Promise.all([cluster.instance(), cluster.instance()]);
    adminOnA = await ApiClient.login(a.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const created = await adminOnA.post('/api/plans', { title: 'Kahden palvelimen suunnitelma', measures: TABLE });
    expect(created.status).toBe(201);
    planId = created.body.id;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await cluster?.stop();
  });

  it('migrates and seeds once when two instances start together on an empty database', async () => {
    const db = new pg.Client({ connectionString: cluster.databaseUrl });
    await db.connect();
    try {
      const versions = (await readMigrations()).map((m) => ({ version: m.version }));
      expect((await db.query('SELECT version FROM hyte_schema_migrations ORDER BY version')).rows).toEqual(versions);
      expect((await db.query('SELECT email FROM hyte_users')).rows).toEqual([{ email: ADMIN_EMAIL }]);
      expect((await db.query("SELECT count(*)::int AS n FROM hyte_plans WHERE title LIKE 'Porvoon%'")).rows).toEqual([{ n: 1 }]);
    } finally {
      await db.end();
    }
  });

  it('accepts a login made on A on B, for REST and the socket', async () => {
    const onB = new ApiClient(b.url, adminOnA.token);
    const plans = await onB.get('/api/plans');
    expect(plans.status).toBe(200);
    expect(plans.body.map((p: { id: string }) => p.id)).toContain(planId);
    const socket = await connect(b);
    expect(readPlanData(socket.doc, planId).title).toBe('Kahden palvelimen suunnitelma');
  });

  it('counts failed logins across processes: guesses spread over A and B hit one limit', async () => {
    const target = { email: 'arvattava@example.fi', name: 'Arvattava A.', password: 'oikea-salasana-1' };
    expect((await adminOnA.post('/api/users', target)).status).toBe(201);
    const guess = (server: ServerProcess) => new ApiClient(server.url).post('/api/session', { email: target.email, password: 'arvaus-arvaus' });
    // Ten failures per account and address are allowed (server/auth/loginLimiter.ts): half through each process.
    for (let i = 0; i < 5; i++) {
      expect((await guess(a)).status).toBe(401);
      expect((await guess(b)).status).toBe(401);
    }
    expect((await guess(a)).status).toBe(429);
    expect((await guess(b)).status).toBe(429);
    // The right password waits too, on either process; other accounts are not held up.
    expect((await new ApiClient(b.url).post('/api/session', { email: target.email, password: target.password })).status).toBe(429);
    expect((await new ApiClient(b.url).post('/api/session', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).status).toBe(200);
  });

  it('carries edits from clients of A to clients of B and back, live, with awareness', async () => {
    const [onA, onB] = [await connect(a), await connect(b)];
    appendParagraph(onA.doc, 'Kirjoitettu A:lla');
    await waitFor(() => bodyText(onB.doc).includes('Kirjoitettu A:lla'), 'A → B');
    appendParagraph(onB.doc, 'Kirjoitettu B:llä');
    await waitFor(() => bodyText(onA.doc).includes('Kirjoitettu B:llä'), 'B → A');
    await Promise.all([waitForAcknowledged(onA), waitForAcknowledged(onB)]);
    await waitFor(() => bodyText(onA.doc) === bodyText(onB.doc), 'convergence');

    // The table cell A's client edits reaches B's clients; the name shown with it is the one
    // A's server took from the session, not whatever the client claimed (awarenessExtension.ts).
    const me = (await adminOnA.get('/api/session')).body.user as { name: string };
    onA.provider.setAwarenessField('user', { name: 'Väitetty nimi', color: '#0b6e4f' });
    onA.provider.setAwarenessField('editing', { measureId: 'm-kahden-palvelimen', field: 'status' });
    type Presence = { user?: { name?: string }; editing?: { measureId?: string } };
    const presenceOnB = () => [...onB.provider.awareness!.getStates().values()].map((s) => s as Presence).find((s) => s.editing?.measureId === 'm-kahden-palvelimen');
    await waitFor(() => presenceOnB() !== undefined, 'awareness A → B');
    expect(presenceOnB()!.user?.name).toBe(me.name);
  });

  it('records a table change made through A once in the audit trail, readable on both', async () => {
    const [onA, onB] = [await connect(a), await connect(b)];
    const measureId = readPlanData(onA.doc, planId).focusAreas[0]!.goals[0]!.measures[0]!.id;
    setMeasureField(onA.doc, measureId, 'status', 'started');
    await waitForAcknowledged(onA);
    await waitFor(() => readPlanData(onB.doc, planId).focusAreas[0]!.goals[0]!.measures[0]!.status === 'started', 'status on B');
    // B applied the change too (from Redis); only A, whose client made it, records it.
    await new Promise((r) => setTimeout(r, 500));
    for (const server of [a, b]) {
      const trail = await new ApiClient(server.url, adminOnA.token).get(`/api/plans/${planId}/audit?entityId=${measureId}&field=status`);
      expect(trail.body).toEqual([expect.objectContaining({ from: 'unassessed', to: 'started', user: expect.objectContaining({ name: 'Pääkäyttäjä' }) })]);
    }
  });

  it('shows a comment posted through A live to a discussion client on B, without holding up the answer', async () => {
    const watcherOnB = await connectClient(b.collabUrl, discussionDocumentName(planId), adminOnA.token!);
    clients.push(watcherOnB);
    const measureId = readPlanData((await connect(a)).doc, planId).focusAreas[0]!.goals[0]!.measures[0]!.id;
    // The first comment makes the discussion and loads it on A; once A has let it go again, the timed one
    // costs what a comment costs (on a busy machine the first alone came to a second).
    const loadedOnA = async () => ((await adminOnA.get('/api/metrics')).body as { documentsLoaded: number }).documentsLoaded;
    const loadedBefore = await loadedOnA();
    expect((await adminOnA.post(`/api/plans/${planId}/comments`, { measureId, text: 'Ensimmäinen' })).status).toBe(201);
    for (const deadline = Date.now() + 15_000; (await loadedOnA()) > loadedBefore; ) {
      if (Date.now() > deadline) throw new Error('the discussion stayed loaded on A');
      await new Promise((r) => setTimeout(r, 100));
    }
    const started = performance.now();
    const posted = await adminOnA.post(`/api/plans/${planId}/comments`, { measureId, text: 'Kommentti A:n kautta' });
    const answeredMs = performance.now() - started;
    expect(posted.status).toBe(201);
    // Durable when answered; storing and unloading, which wait a second for Redis on purpose, happen after.
    expect(answeredMs).toBeLessThan(1000);
    await waitFor(() => readThreads(watcherOnB.doc).some((t) => t.messages.some((m) => m.text === 'Kommentti A:n kautta')), 'comment on B');
    const onB = await new ApiClient(b.url, adminOnA.token).get(`/api/plans/${planId}/comments`);
    expect(onB.body.some((t: { messages: { text: string }[] }) => t.messages.some((m) => m.text === 'Kommentti A:n kautta'))).toBe(true);
  });

  it('takes each automatic snapshot once, though every instance runs the scheduler', async () => {
    const writer = await connect(a);
    appendParagraph(writer.doc, 'Tilannekuvaa varten');
    await waitForAcknowledged(writer);
    // Compaction (2 s debounce) updates the plan's "last changed"; the 1 s schedulers then snapshot it.
    const versions = async () => (await adminOnA.get(`/api/plans/${planId}/versions`)).body as { kind: string; contentHash: string }[];
    const deadline = Date.now() + 20_000;
    let autos: { kind: string; contentHash: string }[] = [];
    while (Date.now() < deadline) {
      autos = (await versions()).filter((v) => v.kind === 'auto');
      if (autos.length > 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(autos.length).toBeGreaterThan(0);
    // A few more scheduler turns on both instances: nothing is snapshotted twice.
    await new Promise((r) => setTimeout(r, 3000));
    autos = (await versions()).filter((v) => v.kind === 'auto');
    expect(new Set(autos.map((v) => v.contentHash)).size).toBe(autos.length);
  });

  it('applies a role change made on A to an open socket on B, and a logout on A closes it', async () => {
    const user = await adminOnA.post('/api/users', { email: 'jasen@example.fi', name: 'Jäsen J.', password: 'jasenen-salasana-1' });
    const group = await adminOnA.post('/api/groups', { name: 'Hyvinvointiryhmä' });
    expect((await adminOnA.request('PUT', `/api/groups/${group.body.id}/members/${user.body.id}`, { role: 'member' })).status).toBe(200);
    const plan = await adminOnA.post('/api/plans', { title: 'Ryhmän suunnitelma', groupId: group.body.id });
    const member = await ApiClient.login(a.url, 'jasen@example.fi', 'jasenen-salasana-1');
    const memberOnB = await connect(b, member.token, plan.body.id);
    const watcherOnA = await connect(a, adminOnA.token, plan.body.id);

    appendParagraph(memberOnB.doc, 'Jäsen saa kirjoittaa');
    await waitFor(() => bodyText(watcherOnA.doc).includes('Jäsen saa kirjoittaa'), 'member edit reaches A');

    // On A: the member becomes a viewer. B's open socket must turn read-only at once.
    expect((await adminOnA.request('PUT', `/api/groups/${group.body.id}/members/${user.body.id}`, { role: 'viewer' })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    appendParagraph(memberOnB.doc, 'Katselija ei saa kirjoittaa');
    await new Promise((r) => setTimeout(r, 1500));
    expect(bodyText(watcherOnA.doc)).not.toContain('Katselija ei saa kirjoittaa');
    expect(memberOnB.provider.hasUnsyncedChanges).toBe(true);

    // On A: the member signs out. B closes that session's socket.
    let closed = false;
    memberOnB.provider.on('close', () => (closed = true));
    expect((await member.request('DELETE', '/api/session')).status).toBe(204);
    await waitFor(() => closed, 'socket on B closed after logout on A');
  });

  it('loses no acknowledged edit when A is killed with SIGKILL; B and a fresh instance have them all', async () => {
    const writer = await connect(a);
    const readerOnB = await connect(b);
    let made = 0;
    let acknowledged = 0;
    // One message per update, acknowledged in order: made - outstanding have been acknowledged.
    writer.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      acknowledged = Math.max(acknowledged, made - number);
    });
    // Killed mid-stream, once a random number of edits has been acknowledged (counted, not timed: on a
    // busy machine a fixed time could pass before more than a handful were), with more still in flight.
    const killAfterAcknowledged = 15 + Math.floor(Math.random() * 30);
    const deadline = Date.now() + 30_000;
    let killed: Promise<number | null> | null = null;
    while (!killed) {
      if (Date.now() > deadline) throw new Error(`only ${acknowledged} of ${made} edits acknowledged in 30 s`);
      appendParagraph(writer.doc, `tappo muutos ${made}`);
      made++;
      await new Promise((r) => setTimeout(r, 1 + (made % 3)));
      if (acknowledged >= killAfterAcknowledged) killed = a.kill('SIGKILL');
    }
    await killed;
    const seenAcknowledged = acknowledged;
    writer.destroy();
    const missingIn = (doc: Y.Doc) => {
      const text = bodyText(doc);
      return Array.from({ length: seenAcknowledged }, (_, i) => i).filter((i) => !text.includes(`tappo muutos ${i}<`));
    };

    // B's client had most of them live. What A acknowledged but had not yet sent through Redis is in
    // PostgreSQL: B applies it at its next compaction (after an edit of its own), once it is a few seconds old.
    const missedOnB = missingIn(readerOnB.doc).length;
    await new Promise((r) => setTimeout(r, 5500));
    appendParagraph(readerOnB.doc, 'B jatkaa');
    await waitForAcknowledged(readerOnB);
    await waitFor(() => missingIn(readerOnB.doc).length === 0, `every acknowledged edit on B (${missedOnB} missed at the kill)`, 20_000);

    // A fresh instance loads the plan from PostgreSQL: everything acknowledged is there.
    const c = await cluster.instance();
    const readerOnC = await connect(c, (await ApiClient.login(c.url, ADMIN_EMAIL, ADMIN_PASSWORD)).token);
    expect(missingIn(readerOnC.doc)).toEqual([]);
    expect(bodyText(readerOnC.doc)).toContain('Kirjoitettu B:llä');
    expect(bodyText(readerOnC.doc)).toContain('B jatkaa');
    console.log(`kill -9 of A: ${seenAcknowledged} acknowledged edits, all stored; ${missedOnB} had not reached B through Redis`);
    const data = await new ApiClient(c.url, adminOnA.token).get(`/api/plans/${planId}/data`);
    expect(data.status).toBe(200);
  });

  it('stops cleanly on SIGTERM, storing what it holds', async () => {
    const writer = await connect(b);
    appendParagraph(writer.doc, 'Ennen sammutusta');
    await waitForAcknowledged(writer);
    expect(await b.kill('SIGTERM')).toBe(0);
    expect(b.output).toContain('"msg":"stopped cleanly"');
  });

  it('refuses to start, saying why, when Redis cannot be reached or REDIS_URL comes without DATABASE_URL', async () => {
    const noRedis = `redis://127.0.0.1:${await freePort()}`;
    await expect(ServerProcess.start({ DATABASE_URL: cluster.databaseUrl, REDIS_URL: noRedis })).rejects.toThrow(/Redis at 127\.0\.0\.1:\d+ cannot be reached/);
    await expect(ServerProcess.start({ REDIS_URL: cluster.redis.url })).rejects.toThrow(/REDIS_URL needs DATABASE_URL/);
  });
});
