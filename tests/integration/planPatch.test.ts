import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { getMeta } from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, type TestClient } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const PASSWORD = 'muutossalasana-123';
const TITLE = 'Hyvinvointisuunnitelma 2025–2028';

describe('PATCH /api/plans/:id checks the whole change before making any of it', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let chair: ApiClient;
  let ownGroup: string;
  let memberGroup: string;
  let strangersGroup: string;
  let chairId: string;
  let planId: string;
  let live: TestClient;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    chairId = (await admin.post('/api/users', { email: 'pj@kunta.fi', name: 'Puheenjohtaja', password: PASSWORD })).body.id;
    const group = async (name: string, role?: string) => {
      const id = (await admin.post('/api/groups', { name })).body.id as string;
      if (role) expect((await admin.request('PUT', `/api/groups/${id}/members/${chairId}`, { role })).status).toBe(200);
      return id;
    };
    ownGroup = await group('Hyvinvointiryhmä', 'chair');
    memberGroup = await group('Lasten ja nuorten ohjausryhmä', 'member');
    strangersGroup = await group('Ikäihmisten ohjausryhmä');
    chair = await ApiClient.login(server.url, 'pj@kunta.fi', PASSWORD);
    const plan = await chair.post('/api/plans', { title: TITLE, groupId: ownGroup });
    expect(plan.status).toBe(201);
    planId = plan.body.id;
    // An editor has the plan open: the title of the live document is what every screen shows.
    live = await connectClient(server.collabUrl, planDocumentName(planId), chair.token!);
  });
  afterAll(async () => {
    live?.destroy();
    await server?.destroy();
  });

  async function expectUnchanged() {
    const plan = await chair.get(`/api/plans/${planId}`);
    expect(plan.body).toMatchObject({ title: TITLE, groupId: ownGroup });
    expect(getMeta(live.doc).get('title')).toBe(TITLE);
    const audit = (await chair.get(`/api/plans/${planId}/audit?entity=plan`)).body as Array<{ field: string }>;
    expect(audit.filter((entry) => entry.field !== 'created')).toEqual([]);
  }

  it('a rename with a move into a group where the user is only a member: 403, and the title stays', async () => {
    const response = await chair.request('PATCH', `/api/plans/${planId}`, { title: 'Uusi nimi', groupId: memberGroup });
    expect(response.status).toBe(403);
    expect(response.body.error).toMatch(/chair or the secretary/);
    await expectUnchanged();
  });

  it('a rename with a move into a group the user is not in: 400, and the title stays', async () => {
    const response = await chair.request('PATCH', `/api/plans/${planId}`, { title: 'Uusi nimi', groupId: strangersGroup });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe(`Unknown group ${strangersGroup}`);
    await expectUnchanged();
  });

  it('a rename with taking the plan out of its group, which only the administrator may: 403, and the title stays', async () => {
    const response = await chair.request('PATCH', `/api/plans/${planId}`, { title: 'Uusi nimi', groupId: null });
    expect(response.status).toBe(403);
    await expectUnchanged();
  });

  it('a rename with a body that is partly invalid: 400, and the title stays', async () => {
    const response = await chair.request('PATCH', `/api/plans/${planId}`, { title: 'Uusi nimi', groupId: 'x'.repeat(65) });
    expect(response.status).toBe(400);
    await expectUnchanged();
  });

  it('a valid rename and move both happen', async () => {
    const otherOwnGroup = (await admin.post('/api/groups', { name: 'Toinen ryhmä' })).body.id as string;
    expect((await admin.request('PUT', `/api/groups/${otherOwnGroup}/members/${chairId}`, { role: 'secretary' })).status).toBe(200);
    const response = await chair.request('PATCH', `/api/plans/${planId}`, { title: 'Uusi nimi', groupId: otherOwnGroup });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ title: 'Uusi nimi', groupId: otherOwnGroup });
    await waitFor(() => getMeta(live.doc).get('title') === 'Uusi nimi', 'the new title in the live document');
  });
});
