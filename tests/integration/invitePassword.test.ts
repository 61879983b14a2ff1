import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/audit';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient } from '../support/api';
import { connectClient, waitFor } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const OLD_PASSWORD = 'vanha-salasana-1';
const NEW_PASSWORD = 'uusi-salasana-2';

// Whoever knew the old password (or holds a stolen session) must be out once the owner sets a new one.
describe('setting a password through an invite link', () => {
  let server: ServerProcess;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => server?.destroy());

  it('ends every session of the user, on REST and on open sockets', async () => {
    const groupId = (await admin.get('/api/groups')).body[0].id as string;
    const planId = (await admin.get('/api/plans')).body[0].id as string;
    const userId = (await admin.post('/api/users', { email: 'kalle@porvoo.fi', name: 'Kalle K.', password: OLD_PASSWORD })).body.id as string;
    expect((await admin.request('PUT', `/api/groups/${groupId}/members/${userId}`, { role: 'member' })).status).toBe(200);

    const sessionA = await ApiClient.login(server.url, 'kalle@porvoo.fi', OLD_PASSWORD);
    const sessionB = await ApiClient.login(server.url, 'kalle@porvoo.fi', OLD_PASSWORD);
    const socket = await connectClient(server.collabUrl, planDocumentName(planId), sessionA.token!);
    let closed = false;
    socket.provider.on('close', () => (closed = true));
    try {
      const invite = await admin.post(`/api/users/${userId}/invite`, {});
      expect(invite.status).toBe(201);
      // Issuing the link alone changes nothing: the old password still holds until the new one is set.
      expect((await sessionA.get('/api/session')).status).toBe(200);
      const token = (invite.body.invitePath as string).split('/').at(-1)!;
      expect((await new ApiClient(server.url).post(`/api/invites/${token}`, { password: NEW_PASSWORD })).status).toBe(204);

      expect((await sessionA.get('/api/session')).status).toBe(401);
      expect((await sessionB.get('/api/plans')).status).toBe(401);
      await waitFor(() => closed, 'the socket of the ended session to close');
      await expect(connectClient(server.collabUrl, planDocumentName(planId), sessionA.token!)).rejects.toThrow(/Authentication failed/);
    } finally {
      socket.destroy();
    }
    expect((await new ApiClient(server.url).post('/api/session', { email: 'kalle@porvoo.fi', password: OLD_PASSWORD })).status).toBe(401);
    const fresh = await ApiClient.login(server.url, 'kalle@porvoo.fi', NEW_PASSWORD);
    expect((await fresh.get('/api/session')).status).toBe(200);

    const trail = (await admin.get(`/api/audit?entity=user&entityId=${userId}&field=password`)).body as AuditEntry[];
    expect(trail).toEqual([expect.objectContaining({ user: { id: userId, name: 'Kalle K.' }, field: 'password', from: null, to: 'set through invite link' })]);
  });
});
