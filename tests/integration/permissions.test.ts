import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { readPlanData, setMeasureField } from '../../shared/plan';
import type { Role } from '../../shared/roles';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { appendParagraph, bodyText } from '../support/planText';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

type Person = Role | 'outsider';
const PEOPLE: Person[] = ['chair', 'secretary', 'member', 'coordinator', 'viewer', 'outsider'];
const EDITORS: Person[] = ['chair', 'secretary', 'member'];
const MANAGERS: Person[] = ['chair', 'secretary'];
const PASSWORD = 'roolisalasana-123';


describe('roles × actions, over REST and the socket', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let groupId: string;
  let planId: string;
  const clients: Record<string, ApiClient> = {};
  const userIds: Record<string, string> = {};
  const sockets: TestClient[] = [];

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const group = await admin.post('/api/groups', { name: 'LANU-ohjausryhmä' });
    expect(group.status).toBe(201);
    groupId = group.body.id;
    for (const person of PEOPLE) {
      const created = await admin.post('/api/users', { email: `${person}@pori.fi`, name: person, password: PASSWORD });
      userIds[person] = created.body.id;
      if (person !== 'outsider') {
        const put = await admin.request('PUT', `/api/groups/${groupId}/members/${created.body.id}`, {
          role: person,
          title: 'hyvinvointikoordinaattori',
          unit: 'strategia- ja hyvinvointiyksikkö',
          expert: person === 'coordinator',
        });
        expect(put.status).toBe(200);
      }
      clients[person] = await ApiClient.login(server.url, `${person}@pori.fi`, PASSWORD);
    }
    const plan = await admin.post('/api/plans', {
      title: 'Lasten ja nuorten hyvinvointisuunnitelma',
      groupId,
      measures: { focusAreas: [{ title: 'Harrastukset', goals: [{ title: 'Jokaiselle harrastus', measures: [{ title: 'Harrastuskysely' }] }] }] },
    });
    expect(plan.status).toBe(201);
    planId = plan.body.id;
  });

  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await server?.destroy();
  });

  const connect = async (person: Person | 'admin') => {
    const token = person === 'admin' ? admin.token! : clients[person]!.token!;
    const socket = await connectClient(server.collabUrl, planDocumentName(planId), token);
    sockets.push(socket);
    return socket;
  };

  it('lets group members read and keeps everyone else out (404)', async () => {
    for (const person of PEOPLE) {
      const expected = person === 'outsider' ? 404 : 200;
      expect((await clients[person]!.get(`/api/plans/${planId}/data`)).status, person).toBe(expected);
      expect((await clients[person]!.get(`/api/plans/${planId}/report`)).status, person).toBe(expected);
      const listed = (await clients[person]!.get('/api/plans')).body.some((p: { id: string }) => p.id === planId);
      expect(listed, person).toBe(person !== 'outsider');
      expect((await clients[person]!.get(`/api/groups/${groupId}`)).status, person).toBe(expected);
    }
    await expect(connect('outsider')).rejects.toThrow(/Authentication failed/);
  });

  it('applies text and table edits only from editing roles; read-only updates are neither applied nor stored', async () => {
    const observer = await connect('admin');
    for (const person of PEOPLE.filter((p) => p !== 'outsider')) {
      const socket = await connect(person);
      appendParagraph(socket.doc, `teksti: ${person}`);
      const measureId = readPlanData(socket.doc, planId).focusAreas[0]!.goals[0]!.measures[0]!.id;
      setMeasureField(socket.doc, measureId, 'statusNote', `taulukko: ${person}`);
      if (EDITORS.includes(person)) {
        await waitForAcknowledged(socket);
        await waitFor(() => bodyText(observer.doc).includes(`teksti: ${person}`), `${person}'s text`);
        const note = (await admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].statusNote;
        expect(note, person).toBe(`taulukko: ${person}`);
      } else {
        await new Promise((r) => setTimeout(r, 400));
        expect(bodyText(observer.doc), person).not.toContain(`teksti: ${person}`);
        const note = (await admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].statusNote;
        expect(note, person).not.toBe(`taulukko: ${person}`);
        // The server never acknowledges what it refused.
        expect(socket.provider.hasUnsyncedChanges, person).toBe(true);
      }
      socket.destroy();
    }
    // Nothing refused reached the disk: a restart shows the same text.
    const before = bodyText(observer.doc);
    observer.destroy();
    await server.kill('SIGKILL');
    await server.spawn();
    const after = await connect('admin');
    expect(bodyText(after.doc)).toBe(before);
    after.destroy();
  });

  it('lets every reader export, every role but the viewer comment, and nobody else either', async () => {
    const measureId = (await admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].id;
    for (const person of PEOPLE) {
      const exported = await fetch(`${server.url}/api/plans/${planId}/export?format=csv`, {
        headers: { Authorization: `Bearer ${clients[person]!.token}` },
      });
      expect(exported.status, `export by ${person}`).toBe(person === 'outsider' ? 404 : 200);
      const comment = await clients[person]!.post(`/api/plans/${planId}/comments`, { measureId, text: `kommentti: ${person}` });
      expect(comment.status, `comment by ${person}`).toBe(person === 'outsider' ? 404 : person === 'viewer' ? 403 : 201);
      const listed = await clients[person]!.get(`/api/plans/${planId}/comments`);
      expect(listed.status, `read comments by ${person}`).toBe(person === 'outsider' ? 404 : 200);
    }
  });

  it('lets only the chair and the secretary make versions and manage the group', async () => {
    for (const person of PEOPLE) {
      const version = await clients[person]!.post(`/api/plans/${planId}/versions`, { label: `Versio ${person}` });
      expect(version.status, `version by ${person}`).toBe(person === 'outsider' ? 404 : MANAGERS.includes(person) ? 201 : 403);

      const manage = await clients[person]!.request('PUT', `/api/groups/${groupId}/members/${userIds.viewer}`, { role: 'viewer' });
      expect(manage.status, `manage group by ${person}`).toBe(person === 'outsider' ? 404 : MANAGERS.includes(person) ? 200 : 403);

      const rename = await clients[person]!.request('PATCH', `/api/groups/${groupId}`, { name: 'LANU-ohjausryhmä' });
      expect(rename.status, `rename by ${person}`).toBe(person === 'outsider' ? 404 : MANAGERS.includes(person) ? 200 : 403);

      const users = await clients[person]!.post('/api/users', { email: `new-${person}@pori.fi`, name: 'X', password: PASSWORD });
      expect(users.status, `manage users by ${person}`).toBe(403);
      expect((await clients[person]!.request('DELETE', `/api/users/${userIds.viewer}`)).status, person).toBe(403);
      expect((await clients[person]!.post('/api/groups', { name: 'Uusi' })).status, person).toBe(403);
    }
  });

  it('refuses unknown roles and malformed membership input without changing anything', async () => {
    const chair = clients.chair!;
    for (const body of [{ role: 'king' }, { role: 'CHAIR' }, {}, { role: 'member', deputy: 'yes' }, { role: ['member'] }]) {
      const response = await chair.request('PUT', `/api/groups/${groupId}/members/${userIds.outsider}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect((await chair.request('PUT', `/api/groups/${groupId}/members/nobody`, { role: 'member' })).status).toBe(404);
    // PATCH changes only what it is given: first the title and unit, then the role alone.
    await chair.request('PATCH', `/api/groups/${groupId}/members/${userIds.viewer}`, {
      title: 'hyvinvointikoordinaattori',
      unit: 'strategia- ja hyvinvointiyksikkö',
    });
    const patched = await chair.request('PATCH', `/api/groups/${groupId}/members/${userIds.viewer}`, { role: 'coordinator' });
    expect(patched.body).toMatchObject({ role: 'coordinator', title: 'hyvinvointikoordinaattori', unit: 'strategia- ja hyvinvointiyksikkö' });
    expect((await chair.request('PATCH', `/api/groups/${groupId}/members/${userIds.viewer}`, { role: 'king' })).status).toBe(400);
    expect((await chair.request('PATCH', `/api/groups/${groupId}/members/${userIds.viewer}`, {})).status).toBe(400);
    await chair.request('PATCH', `/api/groups/${groupId}/members/${userIds.viewer}`, { role: 'viewer' });
    expect((await admin.get('/api/groups')).body.find((g: { id: string }) => g.id === groupId).planCount).toBe(1);
    const members = (await admin.get(`/api/groups/${groupId}`)).body.members;
    expect(members.map((m: { userId: string }) => m.userId)).not.toContain(userIds.outsider);
  });

  it('applies role changes and removals to open connections at once', async () => {
    const observer = await connect('admin');
    const member = await connect('member');
    appendParagraph(member.doc, 'ennen alennusta');
    await waitForAcknowledged(member);

    // Demoted to viewer: the very next update is refused.
    await admin.request('PUT', `/api/groups/${groupId}/members/${userIds.member}`, { role: 'viewer' });
    appendParagraph(member.doc, 'alennuksen jälkeen');
    await new Promise((r) => setTimeout(r, 400));
    expect(bodyText(observer.doc)).toContain('ennen alennusta');
    expect(bodyText(observer.doc)).not.toContain('alennuksen jälkeen');

    // Removed from the group: the socket is closed and stays out.
    let closed = false;
    member.provider.on('close', () => (closed = true));
    expect((await admin.request('DELETE', `/api/groups/${groupId}/members/${userIds.member}`)).status).toBe(204);
    await waitFor(() => closed, 'connection closed on removal');
    expect((await clients.member!.get(`/api/plans/${planId}/data`)).status).toBe(404);
  });

  it('refuses an expired or revoked session on REST and the socket', async () => {
    const viewer = await ApiClient.login(server.url, 'viewer@pori.fi', PASSWORD);
    expect((await viewer.request('DELETE', '/api/session')).status).toBe(204);
    expect((await viewer.get(`/api/plans/${planId}/data`)).status).toBe(401);
    await expect(connectClient(server.collabUrl, planDocumentName(planId), viewer.token!)).rejects.toThrow(/Authentication failed/);
  });

  it('rate-limits repeated failed logins per account and address (429) without locking out other accounts', async () => {
    const anonymous = new ApiClient(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await anonymous.post('/api/session', { email: 'chair@pori.fi', password: 'wrong' })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Even the right password waits now: that is what stops guessing.
    expect((await anonymous.post('/api/session', { email: 'chair@pori.fi', password: PASSWORD })).status).toBe(429);
    expect((await anonymous.post('/api/session', { email: 'secretary@pori.fi', password: PASSWORD })).status).toBe(200);
  });
});
