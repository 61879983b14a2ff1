import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { getMeasure, readPlanData, setMeasureField } from '../../shared/plan';
import * as Y from 'yjs';
import { ApiClient } from '../support/api';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const PASSWORD = 'auditti-salasana-1';

describe('the audit trail', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let maija: ApiClient;
  let maijaId: string;
  let planId: string;
  let groupId: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    groupId = (await admin.get('/api/groups')).body[0].id;
    planId = (await admin.get('/api/plans')).body[0].id;
    maijaId = (await admin.post('/api/users', { email: 'maija@porvoo.fi', name: 'Maija M.', password: PASSWORD })).body.id;
    await admin.request('PUT', `/api/groups/${groupId}/members/${maijaId}`, { role: 'member' });
    maija = await ApiClient.login(server.url, 'maija@porvoo.fi', PASSWORD);
  });
  afterAll(async () => server?.destroy());

  const audit = async (query = '') => (await admin.get(`/api/plans/${planId}/audit${query}`)).body as any[];

  it('names the member who changed a status over the socket, with the old and the new value', async () => {
    const socket = await connectClient(server.collabUrl, planDocumentName(planId), maija.token!);
    const measureId = readPlanData(socket.doc, planId).focusAreas[0]!.goals[0]!.measures[0]!.id;
    setMeasureField(socket.doc, measureId, 'status', 'started');
    setMeasureField(socket.doc, measureId, 'status', 'done');
    // Typing a note key by key is one entry, not one per keystroke.
    const note = getMeasure(socket.doc, measureId)!.get('statusNote') as Y.Text;
    for (const char of 'Valmis 3/2026') note.insert(note.length, char);
    await waitForAcknowledged(socket);
    socket.destroy();

    const entries = await audit(`?entityId=${measureId}`);
    const statuses = entries.filter((e) => e.field === 'status');
    expect(statuses).toEqual([
      expect.objectContaining({ user: { id: maijaId, name: 'Maija M.' }, entity: 'measure', entityId: measureId, from: 'started', to: 'done' }),
      expect.objectContaining({ user: { id: maijaId, name: 'Maija M.' }, from: 'unassessed', to: 'started' }),
    ]);
    const notes = entries.filter((e) => e.field === 'statusNote');
    expect(notes).toEqual([expect.objectContaining({ from: '', to: 'Valmis 3/2026', user: { id: maijaId, name: 'Maija M.' } })]);
    expect(entries[0].at >= entries.at(-1).at).toBe(true);
  });

  it('records versions, restores, plan changes, logins and role changes', async () => {
    const version = await admin.post(`/api/plans/${planId}/versions`, { label: 'Valtuustolle' });
    await admin.post(`/api/plans/${planId}/versions/${version.body.id}/restore`, {});
    await admin.request('PATCH', `/api/plans/${planId}`, { title: 'Porvoon hyvinvointisuunnitelma 2025–2028' });
    const fields = (await audit()).map((e) => `${e.entity}.${e.field}`);
    expect(fields).toEqual(expect.arrayContaining(['version.created', 'version.restored', 'plan.title']));

    await admin.request('PUT', `/api/groups/${groupId}/members/${maijaId}`, { role: 'secretary' });
    await new ApiClient(server.url).post('/api/session', { email: 'maija@porvoo.fi', password: 'väärä' });
    const system = (await admin.get('/api/audit')).body as any[];
    expect(system).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'membership', field: 'role', from: 'member', to: 'secretary', user: expect.objectContaining({ name: 'Pääkäyttäjä' }) }),
        expect.objectContaining({ entity: 'session', field: 'login', entityId: maijaId }),
        expect.objectContaining({ entity: 'session', field: 'login-failed', entityId: 'maija@porvoo.fi' }),
      ]),
    );
    expect((await maija.get('/api/audit')).status).toBe(403);
  });

  it('survives a restart and cannot be changed through any route', async () => {
    const before = await audit();
    expect(before.length).toBeGreaterThan(3);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect((await admin.request(method, `/api/plans/${planId}/audit`, { entity: 'x' })).status).toBe(404);
      expect((await admin.request(method, '/api/audit', {})).status).toBe(404);
    }
    await server.kill('SIGKILL');
    await server.spawn();
    expect(await audit()).toEqual(before);
    expect((await admin.get(`/api/plans/${planId}/audit?limit=0`)).status).toBe(400);
    expect((await admin.get(`/api/plans/${planId}/audit?since=yesterday`)).status).toBe(400);
    expect(await audit('?limit=2')).toHaveLength(2);
  });
});
