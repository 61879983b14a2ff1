import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discussionDocumentName } from '../../shared/documentNames';
import { readThread } from '../../shared/discussion';
import { ApiClient } from '../support/api';
import { connectClient, waitFor } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type ServerProcess } from '../support/serverProcess';
import { ScaleoutCluster } from './cluster';
import { skipScaleout } from './services';

const TABLE = { focusAreas: [{ title: 'Osallisuus', goals: [{ title: 'Nuoret mukaan', measures: [{ title: 'Kuuleminen' }] }] }] };
const REPLIES_PER_PROCESS = 10;

describe.skipIf(skipScaleout)('comment replies through two server processes at once', () => {
  let cluster: ScaleoutCluster;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    cluster = await ScaleoutCluster.start();
    [a, b] = await Promise.all([cluster.instance(), cluster.instance()]);
  });
  afterAll(async () => cluster?.stop());

  it('keeps every acknowledged reply, on both processes and after a fresh load', async () => {
    const onA = await ApiClient.login(a.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const onB = new ApiClient(b.url, onA.token);
    const plan = await onA.post('/api/plans', { title: 'Rinnakkaiset vastaukset', measures: TABLE });
    const measureId = (await onA.get(`/api/plans/${plan.body.id}/data`)).body.focusAreas[0].goals[0].measures[0].id;
    const thread = await onA.post(`/api/plans/${plan.body.id}/comments`, { measureId, text: 'Aloitus' });
    // Both processes hold the discussion open, as when people on each are reading it.
    const watchers = await Promise.all(
      [a, b].map((server) => connectClient(server.collabUrl, discussionDocumentName(plan.body.id), onA.token!)),
    );
    try {
      await Promise.all(watchers.map((w) => waitFor(() => readThread(w.doc, thread.body.threadId) !== undefined, 'the thread on both')));
      const reply = (client: ApiClient, i: number) =>
        client.post(`/api/plans/${plan.body.id}/comments`, { threadId: thread.body.threadId, text: `vastaus ${i}` });
      const answers = await Promise.all(
        Array.from({ length: REPLIES_PER_PROCESS }, (_, i) => [reply(onA, i), reply(onB, REPLIES_PER_PROCESS + i)]).flat(),
      );
      expect(answers.map((r) => r.status)).toEqual(Array(2 * REPLIES_PER_PROCESS).fill(201));
      const acknowledged = [thread.body.id, ...answers.map((r) => r.body.id)].sort();

      const idsOn = async (client: ApiClient) =>
        ((await client.get(`/api/plans/${plan.body.id}/comments`)).body as { threadId: string; messages: { id: string }[] }[])
          .find((t) => t.threadId === thread.body.threadId)!
          .messages.map((m) => m.id)
          .sort();
      // Redis carries each process's entries to the other; the watchers see the merged thread.
      for (const watcher of watchers) {
        const complete = () => (readThread(watcher.doc, thread.body.threadId)?.messages.length ?? 0) >= acknowledged.length;
        // A lost reply never arrives: the comparison below then says which.
        await waitFor(complete, 'all replies live', 5_000).catch(() => undefined);
        expect(readThread(watcher.doc, thread.body.threadId)!.messages.map((m) => m.id).sort()).toEqual(acknowledged);
      }
      expect(await idsOn(onA)).toEqual(acknowledged);
      expect(await idsOn(onB)).toEqual(acknowledged);
    } finally {
      for (const watcher of watchers) watcher.destroy();
    }

    // A process that never had the plan open loads it from PostgreSQL: nothing acknowledged is missing there either.
    const c = await cluster.instance();
    const onC = new ApiClient(c.url, onA.token);
    const stored = (await onC.get(`/api/plans/${plan.body.id}/comments`)).body[0];
    expect(stored.messages).toHaveLength(2 * REPLIES_PER_PROCESS + 1);
  });
});
