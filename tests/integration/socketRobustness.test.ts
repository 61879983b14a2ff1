import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

/** Opens a raw socket, sends the frames, and resolves when the server closes it or after a moment. */
async function sendRaw(url: string, frames: (Buffer | string)[]): Promise<void> {
  const socket = new WebSocket(url);
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => {
    socket.once('open', () => resolve());
    socket.once('close', () => resolve());
  });
  for (const frame of frames) if (socket.readyState === WebSocket.OPEN) socket.send(frame);
  await new Promise((r) => setTimeout(r, 150));
  socket.terminate();
}

describe('the socket survives hostile input', () => {
  let server: ServerProcess;
  let api: ApiClient;
  let planId: string;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await api.post('/api/plans', { title: 'Kestävä suunnitelma' })).body.id;
  });

  afterAll(async () => {
    await server?.destroy();
  });

  it('stays up for random bytes, empty and text frames and an oversized frame while others keep editing', async () => {
    const member = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    const observer = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    const text = (doc: Y.Doc) => doc.getXmlFragment('body').toString();

    const attacks: (Buffer | string)[][] = [
      [randomBytes(64), randomBytes(1024), randomBytes(3)],
      [Buffer.alloc(0), Buffer.alloc(0)],
      ['hello', '{"type":"sync"}'],
      [Buffer.alloc(9 * 1024 * 1024, 1)],
      // A well-formed address to a real document followed by garbage.
      [Buffer.concat([Buffer.from([planDocumentName(planId).length]), Buffer.from(planDocumentName(planId)), randomBytes(40)])],
    ];
    for (const [round, frames] of attacks.entries()) {
      await sendRaw(server.collabUrl, frames);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`kierros ${round}`)]);
      member.doc.getXmlFragment('body').push([paragraph]);
      await waitForAcknowledged(member);
      await waitFor(() => text(observer.doc).includes(`kierros ${round}`), `edit after attack ${round}`);
    }
    expect((await api.get('/api/health')).status).toBe(200);
    member.destroy();
    observer.destroy();
  });
});
