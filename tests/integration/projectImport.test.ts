import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient } from '../support/api';
import { connectClient, waitFor } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const PORI = JSON.parse(readFileSync(new URL('../../shared/plan/fixtures/pori-hankkeet.json', import.meta.url), 'utf8'));
const NAMES: string[] = PORI.projects.map((p: { name: string }) => p.name);
const LIVEABILITY = PORI.projects.find((p: { name: string }) => p.name === 'Liveability-hanke');

describe('importing projects into a plan that exists', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let member: ApiClient;
  let viewer: ApiClient;
  let planId: string;
  const collabUrl = () => server.url.replace(/^http/, 'ws') + '/collab';

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const group = (await admin.post('/api/groups', { name: 'Porin hyvinvointiryhmä' })).body;
    for (const [email, role] of [
      ['jasen@pori.fi', 'member'],
      ['katsoja@pori.fi', 'viewer'],
    ] as const) {
      const user = await admin.post('/api/users', { email, name: email, password: 'salasana-123456' });
      await admin.request('PUT', `/api/groups/${group.id}/members/${user.body.id}`, { role });
    }
    member = await ApiClient.login(server.url, 'jasen@pori.fi', 'salasana-123456');
    viewer = await ApiClient.login(server.url, 'katsoja@pori.fi', 'salasana-123456');
    // The plan has one of Pori's projects already, named in another case, with a start year and no other details.
    planId = (
      await admin.post('/api/plans', {
        title: 'Porin suunnitelma',
        groupId: group.id,
        measures: { focusAreas: [{ title: 'P', goals: [{ title: 'T', measures: [{ title: 'Elävä keskusta', projects: ['LIVEABILITY-hanke'] }] }] }] },
        projects: [{ name: 'liveability-HANKE', start: '2020' }],
      })
    ).body.id;
  });

  afterAll(async () => {
    await server?.destroy();
  });

  it('previews without changing the plan, imports once live for an open editor, audited, and matches everything the second time', async () => {
    const base = `/api/plans/${planId}/projects/import`;
    const before = (await admin.get(`/api/plans/${planId}/data`)).body;
    const existing = before.projects[0];

    const preview = await member.post(`${base}/preview`, PORI);
    expect(preview.status).toBe(200);
    expect(preview.body.added.map((p: any) => p.name)).toEqual(NAMES.filter((name) => name !== 'Liveability-hanke'));
    // Matched by name ignoring case; only the empty details are filled, the plan's start year stays.
    expect(preview.body.matched).toEqual([
      { id: existing.id, name: 'liveability-HANKE', fileName: 'Liveability-hanke', filled: ['description', 'end', 'funding'] },
    ]);
    expect((await admin.get(`/api/plans/${planId}/data`)).body).toEqual(before);

    const editor = await connectClient(collabUrl(), planDocumentName(planId), member.token!);
    try {
      const imported = await member.post(base, PORI);
      expect(imported.status).toBe(200);
      // The preview said exactly what the import did (ids included).
      expect(imported.body).toEqual(preview.body);
      await waitFor(() => editor.doc.getMap('projects').size === NAMES.length, 'the projects in the open editor');
    } finally {
      editor.destroy();
    }

    const data = (await admin.get(`/api/plans/${planId}/data`)).body;
    expect(data.projects.map((p: any) => p.name)).toEqual(['liveability-HANKE', ...NAMES.filter((name) => name !== 'Liveability-hanke')]);
    expect(data.projects[0]).toEqual({ ...existing, description: LIVEABILITY.description, end: '2027', funding: LIVEABILITY.funding });
    expect(data.projects[1]).toMatchObject({ ...PORI.projects[0], url: '' });
    // The measure still names the project it had, now with its details.
    expect(data.focusAreas[0].goals[0].measures[0].projects).toEqual([{ id: existing.id, name: 'liveability-HANKE' }]);

    const audit = (await admin.get(`/api/plans/${planId}/audit?entity=project&limit=1000`)).body;
    expect(audit.filter((entry: any) => entry.field === 'created' && entry.user.name === 'jasen@pori.fi')).toHaveLength(NAMES.length - 1);
    expect(audit.find((entry: any) => entry.entityId === existing.id && entry.field === 'end')).toMatchObject({ from: '', to: '2027' });

    const again = await member.post(base, PORI);
    expect(again.body.added).toEqual([]);
    expect(again.body.matched).toHaveLength(NAMES.length);
    expect(again.body.matched.every((m: any) => m.filled.length === 0)).toBe(true);
    expect((await admin.get(`/api/plans/${planId}/data`)).body.projects).toEqual(data.projects);
  });

  it('tells a name given twice in the file once, and refuses roles and bad files before anything changes', async () => {
    const twice = await admin.post(`/api/plans/${planId}/projects/import/preview`, {
      projects: [{ name: 'Uusi hanke' }, { name: '  uusi   HANKE ', funding: 'STEA' }],
    });
    expect(twice.status).toBe(200);
    expect(twice.body.added).toEqual([{ id: expect.any(String), name: 'Uusi hanke' }]);
    expect(twice.body.matched).toEqual([]);

    const before = (await admin.get(`/api/plans/${planId}/data`)).body;
    for (const path of ['/preview', '']) {
      expect((await viewer.post(`/api/plans/${planId}/projects/import${path}`, PORI)).status).toBe(403);
      expect((await admin.post(`/api/plans/nope/projects/import${path}`, PORI)).status).toBe(404);
    }
    const refusals: Array<[unknown, RegExp]> = [
      [{}, /projects/],
      [{ projects: [] }, /lists no projects/],
      [PORI.projects, /expected object/],
      [{ projects: [{ name: '' }] }, /projects\.0\.name/],
      [{ projects: [{ name: 'A' }, { name: 'B', url: 'javascript:alert(1)' }] }, /projects\.1\.url/],
      [{ projects: [{ name: 'A', start: { year: 2024 } }] }, /projects\.0\.start/],
    ];
    for (const [body, message] of refusals) {
      const refused = await admin.post(`/api/plans/${planId}/projects/import`, body);
      expect(refused.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(refused.body.error).toMatch(message);
    }
    expect((await admin.get(`/api/plans/${planId}/data`)).body).toEqual(before);
  });
});
