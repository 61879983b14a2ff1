import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient } from '../support/api';
import { connectClient, waitFor } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

describe('REST API: sessions, validation and errors', () => {
  let server: ServerProcess;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await server?.destroy();
  });

  const raw = (path: string, init: RequestInit) => fetch(`${server.url}${path}`, init);

  it('creates no demo plan with SEED_DEMO=0', async () => {
    expect((await admin.get('/api/plans')).body).toEqual([]);
  });

  it('answers bad input with a 4xx that says what is wrong, and changes nothing', async () => {
    const auth = { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' };
    const malformed = await raw('/api/plans', { method: 'POST', headers: auth, body: '{"title": ' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toMatch(/Malformed JSON/);

    const wrongType = await admin.post('/api/plans', { title: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error).toMatch(/title/);

    const huge = await raw('/api/plans', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: 'x', padding: 'y'.repeat(3 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);

    const badTable = await admin.post('/api/plans', {
      title: 'Rikkinäinen',
      measures: { focusAreas: [{ title: 'P', goals: [{ title: 'T', measures: [{ title: '' }] }] }] },
    });
    expect(badTable.status).toBe(400);
    expect(badTable.body.error).toMatch(/focusAreas\.0\.goals\.0\.measures\.0\.title/);

    const unknownGroup = await admin.post('/api/plans', { title: 'Ryhmätön', groupId: 'nope' });
    expect(unknownGroup.status).toBe(400);

    const badLogin = await new ApiClient(server.url).post('/api/session', { email: ['x'] });
    expect(badLogin.status).toBe(400);

    expect((await admin.get('/api/plans')).body).toEqual([]);
  });

  it('imports a measure table given on creation and reads it back from /data', async () => {
    const created = await admin.post('/api/plans', {
      title: 'Tuontikunta',
      measures: {
        focusAreas: [
          {
            title: 'Osallisuus',
            goals: [
              {
                title: 'Nuoret mukaan',
                measures: [
                  { title: 'Nuorisovaltuusto', responsible: 'nuorisopalvelut', targetGroup: 'lapset ja nuoret', status: 'done' },
                  { title: 'Kysely', responsible: 'viestintä' },
                ],
              },
            ],
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    const data = await admin.get(`/api/plans/${created.body.id}/data`);
    expect(data.body).toMatchObject({
      id: created.body.id,
      title: 'Tuontikunta',
      focusAreas: [
        {
          title: 'Osallisuus',
          goals: [
            {
              title: 'Nuoret mukaan',
              measures: [
                { title: 'Nuorisovaltuusto', responsible: 'nuorisopalvelut', targetGroup: 'lapset ja nuoret', status: 'done' },
                { title: 'Kysely', responsible: 'viestintä', targetGroup: '', status: 'unassessed' },
              ],
            },
          ],
        },
      ],
    });
    expect(data.body.body).toBeUndefined();
    const withBody = await admin.get(`/api/plans/${created.body.id}/data?include=body`);
    expect(withBody.body.body.content[0]).toMatchObject({ type: 'heading' });
    expect((await admin.get(`/api/plans/${created.body.id}/data?include=everything`)).status).toBe(400);
  });

  it('answers 404 for unknown plans and routes, whatever the id looks like', async () => {
    for (const id of ['nope', '..%2F..%2Fapp.json', 'a'.repeat(300)]) {
      const response = await admin.get(`/api/plans/${id}/data`);
      expect(response.status).toBe(404);
      expect(response.body.error).toBeTruthy();
    }
    expect((await admin.get('/api/nothing-here')).status).toBe(404);
  });

  it('creates users as administrator only, and refuses a taken email', async () => {
    const created = await admin.post('/api/users', { email: 'Maija@Example.fi', name: 'Maija M.', password: 'salasana123' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), email: 'maija@example.fi', name: 'Maija M.' });
    expect((await admin.post('/api/users', { email: 'maija@example.fi', name: 'M', password: 'salasana123' })).status).toBe(409);
    expect((await admin.post('/api/users', { email: 'not-an-email', name: 'M', password: 'salasana123' })).status).toBe(400);

    const maija = await ApiClient.login(server.url, 'maija@example.fi', 'salasana123');
    expect((await maija.get('/api/metrics')).status).toBe(403);
    expect((await admin.get('/api/metrics')).body).toMatchObject({ documentsLoaded: expect.any(Number), rssBytes: expect.any(Number) });
    expect((await maija.post('/api/users', { email: 'x@example.fi', name: 'X', password: 'salasana123' })).status).toBe(403);
  });

  it('authenticates browsers by cookie, requires the CSRF header for changes, and logs out for real', async () => {
    const login = await raw('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/hyte_session=.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0]!;
    const { token } = await login.json();

    expect((await raw('/api/session', { headers: { cookie } })).status).toBe(200);
    const withoutCsrf = await raw('/api/plans', {
      method: 'POST',
      headers: { cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'CSRF' }),
    });
    expect(withoutCsrf.status).toBe(403);
    const withCsrf = await raw('/api/plans', {
      method: 'POST',
      headers: { cookie, 'Content-Type': 'application/json', 'X-Requested-With': 'hyte' },
      body: JSON.stringify({ title: 'Evästeellä luotu' }),
    });
    expect(withCsrf.status).toBe(201);

    // A socket opened with this session is closed when the session ends.
    const client = await connectClient(server.collabUrl, planDocumentName((await withCsrf.json()).id), token);
    let closed = false;
    client.provider.on('close', () => (closed = true));
    const logout = await raw('/api/session', { method: 'DELETE', headers: { cookie, 'X-Requested-With': 'hyte' } });
    expect(logout.status).toBe(204);
    await waitFor(() => closed, 'socket closed after logout');
    client.destroy();
    expect((await raw('/api/session', { headers: { cookie } })).status).toBe(401);
    expect((await new ApiClient(server.url, token).get('/api/plans')).status).toBe(401);
  });

  it('expires sessions', async () => {
    const shortLived = await ServerProcess.start({ SESSION_TTL_HOURS: '0.0003', SEED_DEMO: '0' }); // about 1 s
    try {
      const client = await ApiClient.login(shortLived.url, ADMIN_EMAIL, ADMIN_PASSWORD);
      expect((await client.get('/api/plans')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1300));
      expect((await client.get('/api/plans')).status).toBe(401);
    } finally {
      await shortLived.destroy();
    }
  });
});
