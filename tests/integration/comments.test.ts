import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { discussionDocumentName, planDocumentName } from '../../shared/documentNames';
import { anchorInText, anchoredText, readThreads } from '../../shared/discussion';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const PASSWORD = 'kommentti-salasana-1';

describe('comment threads written through the server', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let coordinator: ApiClient;
  let viewer: ApiClient;
  let member: ApiClient;
  const ids: Record<string, string> = {};
  let planId: string;
  let measureId: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const [group] = (await admin.get('/api/groups')).body;
    planId = (await admin.get('/api/plans')).body[0].id;
    for (const [role, name] of [['coordinator', 'Kaisa Koordinaattori'], ['viewer', 'Veli Lukija'], ['member', 'Maija Jäsen']]) {
      const user = await admin.post('/api/users', { email: `${role}@porvoo.fi`, name, password: PASSWORD });
      ids[role!] = user.body.id;
      await admin.request('PUT', `/api/groups/${group.id}/members/${user.body.id}`, { role });
    }
    coordinator = await ApiClient.login(server.url, 'coordinator@porvoo.fi', PASSWORD);
    viewer = await ApiClient.login(server.url, 'viewer@porvoo.fi', PASSWORD);
    member = await ApiClient.login(server.url, 'member@porvoo.fi', PASSWORD);
    measureId = (await admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].id;
  });
  afterAll(async () => server?.destroy());

  it('stores the coordinator as author even when the body claims someone else', async () => {
    const ok = await coordinator.post(`/api/plans/${planId}/comments`, {
      measureId,
      text: 'Mikä on tämän tilanne?',
      author: { id: ids.member, name: 'Maija Jäsen' },
      createdAt: '2000-01-01T00:00:00.000Z',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual({ threadId: expect.any(String), id: expect.any(String) });
    const reply = await member.post(`/api/plans/${planId}/comments`, {
      threadId: ok.body.threadId,
      text: '@Kaisa aloitettu, kysely lähtee huhtikuussa.',
      mentions: [ids.coordinator],
    });
    expect(reply.status).toBe(201);

    const threads = (await admin.get(`/api/plans/${planId}/comments`)).body;
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ threadId: ok.body.threadId, measureId, resolved: false });
    expect(threads[0].messages.map((m: any) => [m.author.name, m.text])).toEqual([
      ['Kaisa Koordinaattori', 'Mikä on tämän tilanne?'],
      ['Maija Jäsen', '@Kaisa aloitettu, kysely lähtee huhtikuussa.'],
    ]);
    expect(threads[0].messages[0].author.id).toBe(ids.coordinator);
    expect(threads[0].messages[0].createdAt > '2026').toBe(true);
    // Unread for the coordinator: a reply by someone else arrived.
    expect((await coordinator.get(`/api/plans/${planId}/comments`)).body[0].unread).toBe(true);
    await coordinator.post(`/api/plans/${planId}/comments/${ok.body.threadId}/read`, {});
    expect((await coordinator.get(`/api/plans/${planId}/comments`)).body[0].unread).toBe(false);
  });

  it('refuses a viewer (403), strangers and bad input, changing nothing', async () => {
    const before = (await admin.get(`/api/plans/${planId}/comments`)).body.length;
    expect((await viewer.post(`/api/plans/${planId}/comments`, { measureId, text: 'Saanko?' })).status).toBe(403);
    expect((await coordinator.post(`/api/plans/${planId}/comments`, { measureId: 'nope', text: 'x' })).status).toBe(400);
    expect((await coordinator.post(`/api/plans/${planId}/comments`, { measureId, text: '' })).status).toBe(400);
    expect((await coordinator.post(`/api/plans/${planId}/comments`, { text: 'ei kohdetta' })).status).toBe(400);
    expect((await coordinator.post(`/api/plans/${planId}/comments`, { threadId: 'nope', text: 'x' })).status).toBe(404);
    expect((await coordinator.post(`/api/plans/${planId}/comments`, { measureId, text: 'x', mentions: ['stranger'] })).status).toBe(400);
    expect((await coordinator.post(`/api/plans/${planId}/comments`, { anchor: { start: 'AAAA', end: 'AAAA' }, text: 'x' })).status).toBe(400);
    expect((await admin.get(`/api/plans/${planId}/comments`)).body.length).toBe(before);
  });

  it('lets only authors edit or delete their messages, and anyone commenting resolve and reopen', async () => {
    const [thread] = (await admin.get(`/api/plans/${planId}/comments`)).body;
    const [first] = thread.messages;
    const path = `/api/plans/${planId}/comments/${thread.threadId}`;
    expect((await member.request('PATCH', `${path}/messages/${first.id}`, { text: 'muokattu' })).status).toBe(403);
    expect((await coordinator.request('PATCH', `${path}/messages/${first.id}`, { text: 'Mikä on tilanne nyt?' })).status).toBe(204);
    expect((await viewer.request('PATCH', path, { resolved: true })).status).toBe(403);
    expect((await member.request('PATCH', path, { resolved: true })).status).toBe(200);
    expect((await admin.get(`/api/plans/${planId}/comments?resolved=false`)).body).toEqual([]);
    const resolved = (await admin.get(`/api/plans/${planId}/comments?resolved=true`)).body[0];
    expect(resolved.messages[0]).toMatchObject({ text: 'Mikä on tilanne nyt?', editedAt: expect.any(String) });
    expect(resolved.resolvedBy.name).toBe('Maija Jäsen');
    expect((await coordinator.request('PATCH', path, { resolved: false })).status).toBe(200);
  });

  it('shows new comments live in the read-only discussion document, which clients cannot write', async () => {
    const watcher = await connectClient(server.collabUrl, discussionDocumentName(planId), member.token!);
    const count = () => readThreads(watcher.doc).length;
    const before = count();
    await coordinator.post(`/api/plans/${planId}/comments`, { measureId, text: 'Uusi ketju' });
    await waitFor(() => count() === before + 1, 'live thread');
    // A client's own write to the discussion is refused.
    watcher.doc.getMap('threads').set('forged', { threadId: 'forged', createdAt: '2000', resolved: false, messages: [] });
    await new Promise((r) => setTimeout(r, 300));
    expect((await admin.get(`/api/plans/${planId}/comments`)).body.some((t: any) => t.threadId === 'forged')).toBe(false);
    watcher.destroy();
  });

  it('keeps a text-anchored thread on the same words after edits before and inside the passage', async () => {
    const editor = await connectClient(server.collabUrl, planDocumentName(planId), member.token!);
    const paragraph = editor.doc.getXmlFragment('body').get(1) as Y.XmlElement;
    const text = paragraph.get(0) as Y.XmlText;
    const content = text.toString();
    const words = 'hyvinvointialueen kanssa';
    const index = content.indexOf(words);
    expect(index).toBeGreaterThan(0);
    const anchor = anchorInText(text, index, words.length);
    const created = await coordinator.post(`/api/plans/${planId}/comments`, { anchor, quote: words, text: 'Kenen kanssa tarkalleen?' });
    expect(created.status).toBe(201);

    text.insert(0, 'Alkuun lisätty. ');
    text.insert(text.toString().indexOf('kanssa'), 'tiiviissä ');
    await waitForAcknowledged(editor);
    const stored = (await admin.get(`/api/plans/${planId}/comments`)).body.find((t: any) => t.threadId === created.body.threadId);
    expect(stored.quote).toBe(words);
    const reader = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    expect(anchoredText(reader.doc, stored.anchor)).toBe('hyvinvointialueen tiiviissä kanssa');
    editor.destroy();
    reader.destroy();
  });
});
