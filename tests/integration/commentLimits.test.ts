import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const PASSWORD = 'rajat-salasana-1';

describe('read marks and replies under load', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let viewer: ApiClient;
  let member: ApiClient;
  let planId: string;
  let measureId: string;
  const appJsonSize = async () => (await stat(join(server.dataDir, 'app.json'))).size;
  const comments = (client: ApiClient) => client.get(`/api/plans/${planId}/comments`);
  const markRead = (client: ApiClient, threadId: string, body: unknown = {}) =>
    client.post(`/api/plans/${planId}/comments/${encodeURIComponent(threadId)}/read`, body);

  beforeAll(async () => {
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const [group] = (await admin.get('/api/groups')).body;
    planId = (await admin.get('/api/plans')).body[0].id;
    for (const role of ['viewer', 'member']) {
      const user = await admin.post('/api/users', { email: `${role}@rajat.fi`, name: `${role} R.`, password: PASSWORD });
      await admin.request('PUT', `/api/groups/${group.id}/members/${user.body.id}`, { role });
    }
    viewer = await ApiClient.login(server.url, 'viewer@rajat.fi', PASSWORD);
    member = await ApiClient.login(server.url, 'member@rajat.fi', PASSWORD);
    measureId = (await admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].id;
  });
  afterAll(async () => server?.destroy());

  it('stores no read mark for a thread the plan does not have, however many are sent', async () => {
    const thread = await member.post(`/api/plans/${planId}/comments`, { measureId, text: 'Oikea ketju' });
    expect(thread.status).toBe(201);
    const sizeBefore = await appJsonSize();
    const statuses = new Map<number, number>();
    for (let batch = 0; batch < 40; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => markRead(viewer, `keksitty-${batch}-${i}-${'x'.repeat(80)}`)),
      );
      for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect(statuses).toEqual(new Map([[404, 2000]]));
    expect(await appJsonSize()).toBe(sizeBefore);

    // Bad input is refused before anything is stored.
    expect((await markRead(viewer, thread.body.threadId, { readAt: '2099-01-01T00:00:00.000Z' })).status).toBe(400);
    expect((await markRead(viewer, 'x'.repeat(101))).status).toBe(400);
    expect(await appJsonSize()).toBe(sizeBefore);
  });

  it('keeps read marks of real threads working: unread markers come and go, and go away with the thread', async () => {
    const thread = await member.post(`/api/plans/${planId}/comments`, { measureId, text: 'Luettava ketju' });
    const unreadForViewer = async () => (await comments(viewer)).body.find((t: any) => t.threadId === thread.body.threadId)?.unread;
    expect(await unreadForViewer()).toBe(true);
    expect((await markRead(viewer, thread.body.threadId)).status).toBe(204);
    expect(await unreadForViewer()).toBe(false);
    // Marking it again replaces the one mark.
    const size = await appJsonSize();
    expect((await markRead(viewer, thread.body.threadId)).status).toBe(204);
    expect(Math.abs((await appJsonSize()) - size)).toBeLessThan(5);
    await member.post(`/api/plans/${planId}/comments`, { threadId: thread.body.threadId, text: 'Uusi vastaus' });
    expect(await unreadForViewer()).toBe(true);

    // The author deletes the thread's messages: the thread is gone, and so are the read marks of it.
    const messages = (await comments(member)).body.find((t: any) => t.threadId === thread.body.threadId).messages;
    for (const message of messages) {
      expect((await member.request('DELETE', `/api/plans/${planId}/comments/${thread.body.threadId}/messages/${message.id}`)).status).toBe(204);
    }
    expect(await unreadForViewer()).toBeUndefined();
    expect((await markRead(viewer, thread.body.threadId)).status).toBe(404);
    expect(await readFile(join(server.dataDir, 'app.json'), 'utf8')).not.toContain(thread.body.threadId);
  });

  it('keeps every one of ten replies posted to one thread at once', async () => {
    const thread = await member.post(`/api/plans/${planId}/comments`, { measureId, text: 'Kymmenen vastausta' });
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) => member.post(`/api/plans/${planId}/comments`, { threadId: thread.body.threadId, text: `vastaus ${i}` })),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    const stored = (await comments(admin)).body.find((t: any) => t.threadId === thread.body.threadId);
    expect(stored.messages.map((m: any) => m.id).sort()).toEqual([thread.body.id, ...replies.map((r) => r.body.id)].sort());
    expect(stored.messages[0].text).toBe('Kymmenen vastausta');
  });
});
