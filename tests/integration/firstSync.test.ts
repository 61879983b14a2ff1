import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient } from '../support/api';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { appendParagraph } from '../support/planText';
import { RawCollabSocket } from '../support/rawCollab';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

describe('opening a plan that is not loaded', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.destroy();
    server = undefined;
  });

  it('sends its state once, in the answer to the first sync, not again as an update', async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    const api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const planId = (await api.post('/api/plans', { title: 'Kylmä avaus' })).body.id as string;
    const name = planDocumentName(planId);
    const writer = await connectClient(server.collabUrl, name, api.token!);
    for (let i = 0; i < 40; i++) appendParagraph(writer.doc, `Kappale ${i}: ${'hyvinvointia '.repeat(20)}`);
    await waitForAcknowledged(writer);
    const stateBytes = Y.encodeStateAsUpdate(writer.doc).length;
    writer.destroy();
    // After a restart the plan is loaded from disk by the connection below.
    await server.restart();

    const socket = await RawCollabSocket.open(server.collabUrl);
    expect(await socket.authenticate(name, api.token!)).toMatchObject({ kind: 'authenticated' });
    socket.sendEmptySyncStep1(name);
    const answer = await socket.next((m) => m.kind === 'sync' && m.syncType === SYNC_STEP_2);
    expect(answer).toMatchObject({ document: name });
    expect((answer as { bytes: number }).bytes).toBeGreaterThanOrEqual(stateBytes * 0.9);
    // Hocuspocus broadcasts buffered updates at the end of the event loop turn; give it many.
    await new Promise((r) => setTimeout(r, 500));
    const updates = socket.messages.filter((m) => m.kind === 'sync' && m.syncType === SYNC_UPDATE);
    expect(updates).toEqual([]);
    socket.close();
  });
});
