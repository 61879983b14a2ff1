import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/audit';
import { ApiClient } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

// The embedded store once handed out its stored objects, so a route that read a record, changed it and then
// audited "from: what I read" recorded the new value twice, and user changes not at all.
describe('the audit trail records the true before and after', () => {
  let server: ServerProcess;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => server?.destroy());

  const systemTrail = async (query: string) => {
    const response = await admin.get(`/api/audit?${query}`);
    expect(response.status).toBe(200);
    return response.body as AuditEntry[];
  };

  it('a plan renamed through PATCH: the old title as from, the new as to', async () => {
    const plan = (await admin.get('/api/plans')).body[0] as { id: string; title: string };
    expect((await admin.request('PATCH', `/api/plans/${plan.id}`, { title: 'Uusi nimi 2026' })).status).toBe(200);
    const entries = (await admin.get(`/api/plans/${plan.id}/audit?entity=plan&field=title`)).body as AuditEntry[];
    expect(entries[0]).toMatchObject({ entity: 'plan', entityId: plan.id, field: 'title', from: plan.title, to: 'Uusi nimi 2026' });
    expect(entries[0]!.from).not.toBe(entries[0]!.to);
  });

  it('a group renamed: the old name as from, the new as to', async () => {
    const group = (await admin.get('/api/groups')).body[0] as { id: string; name: string };
    expect((await admin.request('PATCH', `/api/groups/${group.id}`, { name: 'Hyvinvointiryhmä 2026' })).status).toBe(200);
    const [entry] = await systemTrail(`entity=group&entityId=${group.id}&field=name`);
    expect(entry).toMatchObject({ field: 'name', from: group.name, to: 'Hyvinvointiryhmä 2026', user: { name: expect.any(String) } });
  });

  it('user changes: name, e-mail, administrator rights granted and taken away, removal', async () => {
    const created = await admin.post('/api/users', { email: 'liisa@porvoo.fi', name: 'Liisa L.', password: 'liisan-salasana-1' });
    const id = created.body.id as string;
    expect((await admin.request('PATCH', `/api/users/${id}`, { name: 'Liisa Laine' })).status).toBe(200);
    expect((await admin.request('PATCH', `/api/users/${id}`, { isAdmin: true })).status).toBe(200);
    expect((await admin.request('PATCH', `/api/users/${id}`, { isAdmin: false })).status).toBe(200);
    // The same address in other letters is no change.
    expect((await admin.request('PATCH', `/api/users/${id}`, { email: 'Liisa@Porvoo.fi' })).status).toBe(200);
    expect((await admin.request('PATCH', `/api/users/${id}`, { email: 'liisa.laine@porvoo.fi' })).status).toBe(200);
    expect((await admin.request('DELETE', `/api/users/${id}`)).status).toBe(204);

    const entries = (await systemTrail(`entity=user&entityId=${id}`)).map(({ field, from, to }) => ({ field, from, to }));
    expect(entries.reverse()).toEqual([
      { field: 'created', from: null, to: 'liisa@porvoo.fi' },
      { field: 'name', from: 'Liisa L.', to: 'Liisa Laine' },
      { field: 'isAdmin', from: 'false', to: 'true' },
      { field: 'isAdmin', from: 'true', to: 'false' },
      { field: 'email', from: 'liisa@porvoo.fi', to: 'liisa.laine@porvoo.fi' },
      { field: 'deleted', from: 'liisa.laine@porvoo.fi', to: null },
    ]);
    // Each was made by the administrator.
    const admins = (await systemTrail(`entity=user&entityId=${id}`)).map((e) => e.user?.name);
    expect(new Set(admins).size).toBe(1);
  });
});
