import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { splitPartyNames } from '../../shared/plan';
import { FileDocumentStore } from '../../server/storage/fileDocumentStore';
import { LowdbSnapshotStore } from '../../server/storage/lowdbSnapshotStore';
import { ApiClient } from '../support/api';
import { connectClient, waitFor } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const fixture = (name: string) => new URL(`../../shared/plan/fixtures/${name}`, import.meta.url);
const PLAN_V1 = new Uint8Array(readFileSync(fixture('plan-v1.bin')));
const DATA_V1 = JSON.parse(readFileSync(fixture('plan-v1.data.json'), 'utf8'));
const PORI = JSON.parse(readFileSync(fixture('pori-hankkeet.json'), 'utf8'));
const porvoo = JSON.parse(readFileSync(new URL('../../shared/demo/porvoo-measures.json', import.meta.url), 'utf8'));

const measuresOf = (data: any): any[] => data.focusAreas.flatMap((fa: any) => fa.goals.flatMap((g: any) => g.measures));
const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

describe('parties, target groups and projects through the API', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  const collabUrl = () => server.url.replace(/^http/, 'ws') + '/collab';

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await server?.destroy();
  });

  it('imports every party and group of the Porvoo table, Pori\'s projects and hostile names, dropping nothing', async () => {
    const hostile = ['<script>alert(1)</script>', '🧓👩‍👩‍👧 ikäihmiset', '!!!', 'x'.repeat(5000)];
    const many = Array.from({ length: 500 }, (_, i) => `Työryhmä ${i + 1}`);
    const created = await admin.post('/api/plans', {
      title: 'Tuonti',
      measures: {
        focusAreas: [
          ...porvoo.focusAreas,
          {
            title: 'Uudet',
            goals: [
              {
                title: 'Ryhmät',
                measures: [
                  { title: 'Maahanmuuttajat', targetGroup: 'maahanmuuttajat, Vammaiset henkilöt', responsible: 'Sosiaali- ja terveystoimi, nuorisopalvelut' },
                  { title: 'Listat', responsibleParties: hostile, targetGroups: ['omaishoitajat'], projects: ['Healint', 'Uusi hanke'] },
                  { title: 'Viisisataa', responsibleParties: many },
                ],
              },
            ],
          },
        ],
      },
      parties: [{ name: 'Nuorisopalvelut', contacts: [{ name: 'Aino Virtanen', email: 'aino@porvoo.fi' }] }],
      projects: PORI.projects,
    });
    expect(created.status).toBe(201);
    const data = (await admin.get(`/api/plans/${created.body.id}/data`)).body;
    const measures = measuresOf(data);
    const source = [...porvoo.focusAreas.flatMap((fa: any) => fa.goals.flatMap((g: any) => g.measures))];
    source.forEach((input: any, i: number) => {
      expect(measures[i].responsibleParties.map((p: any) => key(p.name))).toEqual(splitPartyNames(input.responsible ?? '').map(key));
      if (input.targetGroup) expect(measures[i].targetGroup).toBe(input.targetGroup);
    });
    const [groups, lists, fiveHundred] = measures.slice(-3);
    expect(groups.targetGroups.map((g: any) => g.label)).toEqual(['maahanmuuttajat', 'Vammaiset henkilöt']);
    expect(groups.responsibleParties.map((p: any) => p.name)).toEqual(['Sosiaali- ja terveystoimi', 'Nuorisopalvelut']);
    expect(lists.responsibleParties.map((p: any) => p.name)).toEqual(hostile);
    expect(lists.projects.map((p: any) => p.name)).toEqual(['Healint', 'Uusi hanke']);
    expect(fiveHundred.responsibleParties).toHaveLength(500);
    // The listed party got its contact and is the one the measures name (same name, other case).
    expect(data.parties.find((p: any) => p.name === 'Nuorisopalvelut').contacts).toEqual([{ name: 'Aino Virtanen', email: 'aino@porvoo.fi' }]);
    expect(data.parties.filter((p: any) => key(p.name) === 'nuorisopalvelut')).toHaveLength(1);
    // Every project of Pori with its details, then the one only a measure names.
    expect(data.projects.map((p: any) => p.name)).toEqual([...PORI.projects.map((p: any) => p.name), 'Uusi hanke']);
    expect(data.projects[0]).toMatchObject({ ...PORI.projects[0], url: '' });
    for (const m of measures) {
      expect(m.responsible).toBe(m.responsibleParties.map((p: any) => p.name).join(', '));
      expect(m.targetGroup).toBe(m.targetGroups.map((g: any) => g.label).join(', '));
    }

    const report = (await admin.get(`/api/plans/${created.body.id}/report`)).body;
    expect(report.byResponsible.filter((row: any) => row.key !== '')).toHaveLength(data.parties.length);
    expect(report.byResponsible.find((row: any) => row.name === 'Nuorisopalvelut').key).toBe(groups.responsibleParties[1].id);
    expect(report.byProject.map((row: any) => row.key)).toEqual([...data.projects.map((p: any) => p.id), '']);
    expect(report.byLeadResponsible.reduce((n: number, row: any) => n + Object.values(row.counts as Record<string, number>).reduce((a, b) => a + b, 0), 0)).toBe(measures.length);
  });

  it('imports a CSV whose cells list parties, groups and projects', async () => {
    const csv = [
      'Painopiste;Tavoite;Toimenpide;Vastuutaho;Kohderyhmä;Hanke',
      'Osallisuus;Nuoret mukaan;Nuorisovaltuusto;"Sivistys- ja vapaa-aikatoimi, Kombi";"lapset ja nuoret, maahanmuuttajat";"Asunnottomuuden puolittaminen Porissa, Aspu-hanke"',
    ].join('\r\n');
    const response = await fetch(`${server.url}/api/plans/import?title=CSV`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'text/csv' },
      body: csv,
    });
    expect(response.status).toBe(201);
    const [measure] = measuresOf((await admin.get(`/api/plans/${(await response.json()).id}/data`)).body);
    expect(measure.responsibleParties.map((p: any) => p.name)).toEqual(['Sivistys- ja vapaa-aikatoimi', 'Kombi']);
    expect(measure.targetGroups.map((g: any) => g.label)).toEqual(['lapset ja nuoret', 'maahanmuuttajat']);
    expect(measure.projects.map((p: any) => p.name)).toEqual(['Asunnottomuuden puolittaminen Porissa, Aspu-hanke']);
  });

  it('manages parties: one entry for the same name created at once, rename everywhere, merge, delete, checked roles and input', async () => {
    const group = (await admin.post('/api/groups', { name: 'Hyvinvointiryhmä' })).body;
    const viewer = await admin.post('/api/users', { email: 'katsoja@porvoo.fi', name: 'Katsoja', password: 'salasana-123456' });
    await admin.request('PUT', `/api/groups/${group.id}/members/${viewer.body.id}`, { role: 'viewer' });
    const viewerApi = await ApiClient.login(server.url, 'katsoja@porvoo.fi', 'salasana-123456');
    const plan = (
      await admin.post('/api/plans', {
        title: 'Hallinta',
        groupId: group.id,
        measures: { focusAreas: [{ title: 'P', goals: [{ title: 'T', measures: [{ title: 'M1', responsible: 'Sivistys, Kombi' }, { title: 'M2', responsible: 'kombi' }] }] }] },
      })
    ).body;
    const base = `/api/plans/${plan.id}/parties`;

    const atOnce = await Promise.all(Array.from({ length: 5 }, () => admin.post(base, { name: '  Nuorisopalvelut ' })));
    expect(new Set(atOnce.map((r) => r.body.id)).size).toBe(1);
    expect(atOnce.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect((await admin.get(base)).body.filter((p: any) => p.name === 'Nuorisopalvelut')).toHaveLength(1);

    const parties = (await admin.get(base)).body;
    const kombi = parties.find((p: any) => p.name === 'Kombi');
    const sivistys = parties.find((p: any) => p.name === 'Sivistys');
    const renamed = await admin.request('PATCH', `${base}/${kombi.id}`, { name: 'Kombi-hanke', contacts: [{ name: 'Ville', email: 'ville@porvoo.fi' }] });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ id: kombi.id, name: 'Kombi-hanke', contacts: [{ name: 'Ville', email: 'ville@porvoo.fi' }] });
    expect(measuresOf((await admin.get(`/api/plans/${plan.id}/data`)).body).map((m) => m.responsible)).toEqual(['Sivistys, Kombi-hanke', 'Kombi-hanke']);

    expect((await admin.request('PATCH', `${base}/${kombi.id}`, { name: 'sivistys' })).status).toBe(409);
    const merged = await admin.post(`${base}/${sivistys.id}/merge`, { into: kombi.id });
    expect(merged.status).toBe(200);
    expect(measuresOf((await admin.get(`/api/plans/${plan.id}/data`)).body).map((m) => m.responsible)).toEqual(['Kombi-hanke', 'Kombi-hanke']);
    expect((await admin.request('DELETE', `${base}/${sivistys.id}`)).status).toBe(404);

    // Refused before anything changes: roles, bodies, ids.
    const before = (await admin.get(`/api/plans/${plan.id}/data`)).body;
    expect((await viewerApi.post(base, { name: 'Katsojan taho' })).status).toBe(403);
    expect((await viewerApi.request('DELETE', `${base}/${kombi.id}`)).status).toBe(403);
    expect((await viewerApi.get(base)).status).toBe(200);
    for (const body of [{}, { name: '' }, { name: 5 }, { name: 'x'.repeat(10_001) }, { name: 'A', contacts: [{ email: 'ei sähköposti' }] }]) {
      const refused = await admin.post(base, body);
      expect(refused.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(refused.body.error).toBeTruthy();
    }
    expect((await admin.request('PATCH', `${base}/nope`, { name: 'X' })).status).toBe(404);
    expect((await admin.request('PATCH', `${base}/${'x'.repeat(100)}`, { name: 'X' })).status).toBe(404);
    expect((await admin.request('PATCH', `${base}/a%20b`, { name: 'X' })).status).toBe(404);
    expect((await admin.post(`${base}/${kombi.id}/merge`, { into: 'nope' })).status).toBe(404);
    expect((await admin.post(`${base}/${kombi.id}/merge`, { into: kombi.id })).status).toBe(400);
    expect((await admin.post(`/api/plans/${plan.id}/projects`, { name: 'Linkki', url: 'javascript:alert(1)' })).status).toBe(400);
    expect((await admin.post('/api/plans/nope/parties', { name: 'X' })).status).toBe(404);
    expect((await admin.get(`/api/plans/${plan.id}/data`)).body).toEqual(before);

    expect((await admin.request('DELETE', `${base}/${kombi.id}`)).status).toBe(204);
    expect(measuresOf((await admin.get(`/api/plans/${plan.id}/data`)).body).map((m) => m.responsible)).toEqual(['', '']);

    const groups = `/api/plans/${plan.id}/target-groups`;
    const migrants = await admin.post(groups, { label: 'Maahanmuuttajat' });
    expect(migrants.status).toBe(201);
    expect((await admin.request('PATCH', `${groups}/${migrants.body.id}`, { label: 'Maahan muuttaneet' })).body).toEqual({ id: migrants.body.id, label: 'Maahan muuttaneet' });
    const project = await admin.post(`/api/plans/${plan.id}/projects`, { name: 'Liveability-hanke', start: '2021', end: '2027', url: 'https://www.pori.fi/' });
    expect(project.body).toEqual({ id: project.body.id, name: 'Liveability-hanke', description: '', start: '2021', end: '2027', funding: '', url: 'https://www.pori.fi/' });
    const audit = (await admin.get(`/api/plans/${plan.id}/audit`)).body;
    expect(audit.some((entry: any) => entry.entity === 'party' && entry.field === 'merged' && entry.to === kombi.id)).toBe(true);
  });

  it('migrates a plan of the first schema on its first load, once, durably; its old versions still read', async () => {
    const plan = (await admin.post('/api/plans', { title: 'Vanha' })).body;
    await server.kill('SIGTERM');
    // The plan's document and a version as the first schema wrote them.
    const name = planDocumentName(plan.id);
    const { rm } = await import('node:fs/promises');
    await rm(`${server.dataDir}/documents/${encodeURIComponent(name)}`, { recursive: true });
    const documents = new FileDocumentStore(server.dataDir);
    await documents.create(name, PLAN_V1);
    await documents.close();
    const versionId = randomUUID();
    const snapshots = new LowdbSnapshotStore(server.dataDir);
    await snapshots.add({
      id: versionId,
      planId: plan.id,
      kind: 'named',
      label: 'Ennen vastuutahoja',
      createdAt: '2025-01-01T00:00:00.000Z',
      createdBy: null,
      contentHash: 'old',
      data: { ...DATA_V1, id: plan.id },
      state: Buffer.from(PLAN_V1).toString('base64'),
    } as never);
    await server.spawn();

    // Read from storage (not open): the first schema reads as its migration will.
    const stored = (await admin.get(`/api/plans/${plan.id}/data`)).body;
    expect(stored.parties.length).toBeGreaterThan(30);
    expect(stored.targetGroups.map((g: any) => g.label)).toEqual(['lapset ja nuoret', 'työikäiset', 'ikäihmiset', 'kaikki']);

    // Two clients open it at once: migrated before either sees it, once.
    const [a, b] = await Promise.all([connectClient(collabUrl(), name, admin.token!), connectClient(collabUrl(), name, admin.token!)]);
    for (const client of [a, b]) expect(client.doc.getMap('meta').get('schemaVersion')).toBe(2);
    await waitFor(() => a.doc.getMap('parties').size === b.doc.getMap('parties').size, 'both clients in step');
    expect(a.doc.getMap('parties').size).toBe(stored.parties.length);
    const live = (await admin.get(`/api/plans/${plan.id}/data`)).body;
    expect(live).toEqual(stored);
    const migrations = () => server.output.split('\n').filter((line) => line.includes('migrated the plan') && line.includes(plan.id));
    expect(migrations()).toHaveLength(1);
    a.destroy();
    b.destroy();

    // Durable: a kill -9 right away keeps it, and the next load migrates nothing.
    await server.kill('SIGKILL');
    const reopened = new FileDocumentStore(server.dataDir);
    const doc = new Y.Doc();
    for (const update of (await reopened.read(name)) ?? []) Y.applyUpdate(doc, update);
    await reopened.close();
    expect(doc.getMap('meta').get('schemaVersion')).toBe(2);
    expect(doc.getMap('parties').size).toBe(stored.parties.length);
    await server.spawn();
    expect((await admin.get(`/api/plans/${plan.id}/data`)).body).toEqual(stored);
    (await connectClient(collabUrl(), name, admin.token!)).destroy();
    expect(migrations()).toHaveLength(1);

    // The old version reads in the current shape, compares without invented changes, and reports since it.
    const version = (await admin.get(`/api/plans/${plan.id}/versions/${versionId}`)).body;
    expect(version.parties).toEqual(stored.parties);
    expect(measuresOf(version)).toEqual(measuresOf(stored));
    const comparison = (await admin.get(`/api/plans/${plan.id}/compare?from=${versionId}&to=${versionId}`)).body;
    expect(comparison.changed).toEqual([]);
    const report = await admin.get(`/api/plans/${plan.id}/report?since=${versionId}`);
    expect(report.status).toBe(200);
    expect(report.body.changes.statusChanged).toEqual([]);
  });
});
