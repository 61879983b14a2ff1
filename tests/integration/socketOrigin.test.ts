import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient } from '../support/api';
import { RawCollabSocket } from '../support/rawCollab';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

/** "Try again later": the provider would reconnect for ever. */
const TRY_AGAIN_LATER = 1013;

describe('a browser socket authenticated by its session cookie', () => {
  let server: ServerProcess;
  let cookie: string;
  let name: string;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    const api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    name = planDocumentName((await api.post('/api/plans', { title: 'Evästeellä avattu' })).body.id);
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie).toMatch(/^hyte_session=/);
  });

  afterAll(async () => {
    await server?.destroy();
  });

  /** The browser's provider sends the placeholder token "cookie"; the cookie header carries the session. */
  async function authenticateWithOrigin(origin: string) {
    const socket = await RawCollabSocket.open(server.collabUrl, { cookie, origin });
    try {
      const answer = await socket.authenticate(name, 'cookie');
      // A moment for a socket close that would follow the answer.
      await new Promise((r) => setTimeout(r, 300));
      return { answer, socketClosed: socket.socketClosed };
    } finally {
      socket.close();
    }
  }

  it('is let in from the app own origin', async () => {
    const { answer } = await authenticateWithOrigin(`http://127.0.0.1:${server.port}`);
    expect(answer).toMatchObject({ kind: 'authenticated' });
  });

  it('is refused, not told to try again later, from a foreign or a malformed Origin', async () => {
    for (const origin of ['https://evil.example', '::::', 'null', 'http://[::1']) {
      const { answer, socketClosed } = await authenticateWithOrigin(origin);
      expect(answer, origin).toMatchObject({ kind: 'permission-denied' });
      expect(socketClosed?.code, origin).not.toBe(TRY_AGAIN_LATER);
    }
  });
});
