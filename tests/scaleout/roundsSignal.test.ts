import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { ROUNDS_SIGNAL, type RoundsSignal } from '../../shared/api/rounds';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, type TestClient } from '../support/collabClient';
import { CONTACTS, dayFromNow, roundFixture } from '../support/roundFixture';
import type { ServerProcess } from '../support/serverProcess';
import { responseLink, TestSmtpServer, to } from '../support/smtpServer';
import { ScaleoutCluster } from './cluster';
import { skipScaleout } from './services';

/** The rounds signals a plan's socket hears, as the table's provider does. */
function collectSignals(client: TestClient): RoundsSignal[] {
  const heard: RoundsSignal[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    const message = JSON.parse(payload) as RoundsSignal;
    if (message.type === ROUNDS_SIGNAL) heard.push(message);
  });
  return heard;
}

/**
 * The push that tells open tables a round changed, with two processes: the
 * answer arrives at A, where no one has the plan open, and the table is on
 * B. It must hear it once, and once also when both processes hold the plan
 * (the Redis extension would carry a broadcast from A a second time).
 */
describe.skipIf(skipScaleout)('the rounds signal with two server processes', () => {
  let cluster: ScaleoutCluster;
  let smtp: TestSmtpServer;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    cluster = await ScaleoutCluster.start({ SEED_DEMO: '0', SMTP_URL: smtp.url, SCHEDULER_POLL_MS: '100' });
    [a, b] = await Promise.all([cluster.instance(), cluster.instance()]);
  });
  afterAll(async () => {
    await cluster?.stop();
    await smtp?.stop();
  });

  it('reaches a table on process B when the round is opened and answered through process A', async () => {
    const { people, planId, measures } = await roundFixture(a.url);
    const [m0, , m2] = measures.map((m) => m.id);
    // Answered through A whatever address the mail's link has.
    const answerViaA = async (email: string, body: unknown) => {
      const [mail] = await smtp.waitFor(to(email));
      const token = new URL(responseLink(mail!)).pathname.split('/').pop()!;
      return new ApiClient(a.url).post(`/api/responses/${token}`, body);
    };
    const onB = await connectClient(b.collabUrl, planDocumentName(planId), people.member.client.token!);
    const heardOnB = collectSignals(onB);
    let onA: TestClient | null = null;
    try {
      expect((await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Syksyn kysely', deadline: dayFromNow(20) })).status).toBe(201);
      await waitFor(() => heardOnB.length >= 1, 'the new round on B');
      expect(heardOnB[0]).toEqual({ type: ROUNDS_SIGNAL, proposalsChanged: false, roundOpened: true, updated: null });

      const sent = await answerViaA(CONTACTS.sivistys[0].email, { answers: [{ measureId: m0, status: 'done', statusNote: 'Valmis' }] });
      expect(sent.status).toBe(200);
      await waitFor(() => heardOnB.length >= 2, 'the answer on B');
      expect(heardOnB[1]).toEqual({ type: ROUNDS_SIGNAL, proposalsChanged: true, roundOpened: false, updated: null });

      // Now both processes hold the plan: each table hears the next answer exactly once.
      onA = await connectClient(a.collabUrl, planDocumentName(planId), people.chair.client.token!);
      const heardOnA = collectSignals(onA);
      expect((await answerViaA(CONTACTS.liikunta[0].email, { answers: [{ measureId: m2, status: 'started', statusNote: '' }] })).status).toBe(200);
      await waitFor(() => heardOnA.length >= 1 && heardOnB.length >= 3, 'the second answer on A and B');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(heardOnA).toHaveLength(1);
      expect(heardOnB).toHaveLength(3);
    } finally {
      onA?.destroy();
      onB.destroy();
    }
  });
});
