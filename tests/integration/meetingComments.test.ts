import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discussionDocumentName } from '../../shared/documentNames';
import { readThreads } from '../../shared/discussion';
import type { Role } from '../../shared/roles';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, type TestClient } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const PASSWORD = 'kokouskommentti-salasana-1';
const HOSTILE = `<img src=x onerror=alert(1)> & "lainaus"`;
type Person = Role | 'outsider';
const PEOPLE: Person[] = ['chair', 'member', 'coordinator', 'viewer', 'outsider'];

describe('comments on agenda items: threads of the plan’s discussion, with its roles', () => {
  let server: ServerProcess;
  const clients: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  let planId: string;
  let meetingId: string;
  let items: Array<{ id: string; title: string }>;
  let discussion: TestClient;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    const admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const groupId = (await admin.post('/api/groups', { name: 'Ryhmä' })).body.id;
    for (const person of PEOPLE) {
      const user = await admin.post('/api/users', { email: `${person}@kunta.fi`, name: `Henkilö ${person}`, password: PASSWORD });
      ids[person] = user.body.id;
      if (person !== 'outsider') await admin.request('PUT', `/api/groups/${groupId}/members/${user.body.id}`, { role: person });
      clients[person] = await ApiClient.login(server.url, `${person}@kunta.fi`, PASSWORD);
    }
    const measures = { focusAreas: [{ title: 'Liikkuminen', goals: [{ title: 'Tavoite', measures: [{ title: 'Liikuntaneuvonta' }] }] }] };
    planId = (await admin.post('/api/plans', { title: 'Suunnitelma', groupId, measures })).body.id;
    meetingId = (await clients.chair!.post(`/api/groups/${groupId}/meetings`, { title: 'Kokous', startsAt: '2026-05-01T10:00:00.000Z', planId, agenda: 'measures' })).body.id;
    items = (await clients.chair!.get(`/api/meetings/${meetingId}`)).body.data.agenda;
    discussion = await connectClient(server.collabUrl, discussionDocumentName(planId), clients.viewer!.token!);
  });

  afterAll(async () => {
    discussion?.destroy();
    await server?.destroy();
  });

  const comment = (person: Person, body: unknown, itemId = items[1]!.id) => clients[person]!.post(`/api/meetings/${meetingId}/items/${itemId}/comments`, body);

  it('lets every role that comments start a thread on an item (coordinators too), checks the body, the item and the role', async () => {
    expect((await comment('viewer', { text: 'Katsoja' })).status).toBe(403);
    expect((await comment('outsider', { text: 'Ulkopuolinen' })).status).toBe(404);
    expect((await comment('coordinator', { text: '   ' })).status).toBe(400);
    expect((await comment('coordinator', { text: 'x'.repeat(5001) })).status).toBe(400);
    expect((await comment('coordinator', { text: 'Kenelle?', mentions: [ids.outsider] })).status).toBe(400);
    expect((await comment('coordinator', { text: 'Ei asiaa' }, 'no-such-item')).status).toBe(404);

    const created = await comment('coordinator', { text: `Kysymys: ${HOSTILE} @Henkilö member`, mentions: [ids.member], author: { id: 'x', name: 'Väärä' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // Live in the plan's discussion, about the item, titled by its number and title, authored by the server.
    await waitFor(() => readThreads(discussion.doc).some((t) => t.threadId === created.body.threadId), 'the thread in the discussion');
    const thread = readThreads(discussion.doc).find((t) => t.threadId === created.body.threadId)!;
    expect(thread).toMatchObject({ measureId: null, anchor: null, agendaItem: { meetingId, itemId: items[1]!.id }, quote: `§ 2 ${items[1]!.title}` });
    expect(thread.messages[0]).toMatchObject({ author: { id: ids.coordinator, name: 'Henkilö coordinator' }, text: `Kysymys: ${HOSTILE} @Henkilö member` });

    // Replies go through the plan's comments, as for any thread; the member mentioned was told.
    expect((await clients.member!.post(`/api/plans/${planId}/comments`, { threadId: thread.threadId, text: 'Vastaus' })).status).toBe(201);
    await waitFor(() => readThreads(discussion.doc).find((t) => t.threadId === thread.threadId)!.messages.length === 2, 'the reply');
    const notifications = (await clients.member!.get('/api/notifications')).body;
    expect(JSON.stringify(notifications)).toContain('Henkilö coordinator');
  });

  it('lists the meeting’s threads for whoever sees the meeting, and the plan’s list has them too', async () => {
    const listed = await clients.viewer!.get(`/api/meetings/${meetingId}/comments`);
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({ agendaItem: { meetingId, itemId: items[1]!.id }, unread: true });
    expect((await clients.outsider!.get(`/api/meetings/${meetingId}/comments`)).status).toBe(404);
    const all = (await clients.viewer!.get(`/api/plans/${planId}/comments`)).body as Array<{ agendaItem?: unknown }>;
    expect(all.filter((t) => t.agendaItem)).toHaveLength(1);
    // The thread is the plan's: an export with comments carries it, saying what it was about.
    const docx = await fetch(`${server.url}/api/plans/${planId}/export?format=docx&comments=1`, { headers: { Authorization: `Bearer ${clients.viewer!.token}` } });
    expect(docx.status).toBe(200);
    const comments = await (await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()))).file('word/comments.xml')!.async('string');
    expect(comments).toContain(`Kokouksen asia: § 2 ${items[1]!.title}`);
    expect(comments).toContain('Kysymys: &lt;img src=x onerror=alert(1)&gt; &amp;');
  });
});
