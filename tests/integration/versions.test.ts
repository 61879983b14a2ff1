import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { readPlanData, setMeasureField } from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

describe('snapshots, named versions, compare and restore', () => {
  let server: ServerProcess;
  let api: ApiClient;
  let planId: string;

  beforeAll(async () => {
    server = await ServerProcess.start({ SNAPSHOT_INTERVAL_MS: '1000' });
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await api.get('/api/plans')).body[0].id;
  });
  afterAll(async () => server?.destroy());

  const firstMeasure = async () => (await api.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0];
  const versions = async () => (await api.get(`/api/plans/${planId}/versions`)).body as any[];

  it('snapshots changed plans automatically, never the same content twice', async () => {
    const deadline = Date.now() + 10_000;
    while ((await versions()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const first = await versions();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ kind: 'auto', label: 'Automaattinen tallennus', createdBy: null });
    // The server's own names carry their kind, so that each reader sees them in their own language.
    expect(first[0].labelKind).toBe('auto');

    // Unchanged: more intervals pass without a new snapshot.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await versions()).toHaveLength(1);

    const member = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    const measureId = readPlanData(member.doc, planId).focusAreas[0]!.goals[0]!.measures[0]!.id;
    setMeasureField(member.doc, measureId, 'status', 'done');
    await waitForAcknowledged(member);
    member.destroy();
    // The plan index follows the compaction (2 s after the edit), then the next interval snapshots it.
    const changedDeadline = Date.now() + 15_000;
    while ((await versions()).length < 2 && Date.now() < changedDeadline) await new Promise((r) => setTimeout(r, 200));
    const second = await versions();
    expect(second).toHaveLength(2);
    const snapshot = await api.get(`/api/plans/${planId}/versions/${second[0].id}`);
    expect(snapshot.body.focusAreas[0].goals[0].measures[0].status).toBe('done');
    expect(snapshot.body.body.type).toBe('doc');
  });

  it('freezes named versions, compares them with the live plan and restores them as a new change', async () => {
    const named = await api.post(`/api/plans/${planId}/versions`, { label: 'Kaupunginvaltuustolle 12.6.2026' });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ id: expect.any(String), label: 'Kaupunginvaltuustolle 12.6.2026', createdAt: expect.any(String), kind: 'named' });
    expect(named.body.createdBy.name).toBe('Pääkäyttäjä');

    // Someone keeps editing after the version; another member watches live.
    const editor = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    const watcher = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    const measureId = readPlanData(editor.doc, planId).focusAreas[0]!.goals[0]!.measures[0]!.id;
    setMeasureField(editor.doc, measureId, 'status', 'not-started');
    setMeasureField(editor.doc, measureId, 'title', 'Osallisuuden määrittely uudelleen.');
    await waitForAcknowledged(editor);

    const comparison = await api.get(`/api/plans/${planId}/compare?from=${named.body.id}&to=current`);
    expect(comparison.status).toBe(200);
    expect(comparison.body.statusChanged).toEqual([expect.objectContaining({ from: 'done', to: 'not-started' })]);
    expect(comparison.body.changed[0].fields).toEqual([
      { field: 'title', from: 'Osallisuuden huolellinen määrittely ja kuvaaminen.', to: 'Osallisuuden määrittely uudelleen.' },
    ]);
    // Read the other way round, the same change goes back.
    const backwards = await api.get(`/api/plans/${planId}/compare?from=current&to=${named.body.id}`);
    expect(backwards.body.statusChanged).toEqual([expect.objectContaining({ from: 'not-started', to: 'done' })]);

    // The yearly report compares with the version.
    const report = await api.get(`/api/plans/${planId}/report?since=${named.body.id}`);
    expect(report.body.changes.statusChanged).toEqual([expect.objectContaining({ from: 'done', to: 'not-started' })]);
    expect(report.body.changes.since.label).toBe('Kaupunginvaltuustolle 12.6.2026');
    expect(report.body.byResponsible.length).toBeGreaterThan(5);
    expect(report.body.byTargetGroup.reduce((n: number, g: any) => n + g.counts.done + g.counts.started + g.counts['not-started'] + g.counts.unassessed, 0)).toBe(41);
    expect((await api.get(`/api/plans/${planId}/report?since=00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await api.get(`/api/plans/${planId}/report?since=bad`)).status).toBe(400);

    const restored = await api.post(`/api/plans/${planId}/versions/${named.body.id}/restore`, {});
    expect(restored.status).toBe(200);
    expect(await firstMeasure()).toMatchObject({ status: 'done', title: 'Osallisuuden huolellinen määrittely ja kuvaaminen.' });
    await waitFor(() => readPlanData(watcher.doc, planId).focusAreas[0]!.goals[0]!.measures[0]!.status === 'done', 'live restore');
    // The state before the restore is kept as a snapshot of its own.
    expect((await versions()).some((v) => v.label === 'Ennen palautusta: Kaupunginvaltuustolle 12.6.2026')).toBe(true);
    const beforeRestore = (await versions()).find((v) => v.label === 'Ennen palautusta: Kaupunginvaltuustolle 12.6.2026');
    expect(beforeRestore).toMatchObject({
      kind: 'auto',
      labelKind: 'before-restore',
      labelData: { id: named.body.id, createdAt: named.body.createdAt, label: 'Kaupunginvaltuustolle 12.6.2026' },
    });
    // A person's label has no kind: it reads as written in every language.
    expect(beforeRestore.labelData.labelKind).toBeUndefined();
    expect((await versions()).find((v) => v.id === named.body.id).labelKind).toBeUndefined();
    editor.destroy();
    watcher.destroy();

    // Restored content survives a crash: the restore was durable before it was answered.
    await server.kill('SIGKILL');
    await server.spawn();
    expect(await firstMeasure()).toMatchObject({ status: 'done' });
  });

  it('refuses bad version input clearly', async () => {
    expect((await api.post(`/api/plans/${planId}/versions`, { label: '' })).status).toBe(400);
    expect((await api.post(`/api/plans/${planId}/versions`, {})).status).toBe(400);
    expect((await api.get(`/api/plans/${planId}/versions/nope`)).status).toBe(404);
    expect((await api.get(`/api/plans/${planId}/versions/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await api.post(`/api/plans/${planId}/versions/nope/restore`, {})).status).toBe(404);
    expect((await api.get(`/api/plans/${planId}/compare?from=bad`)).status).toBe(400);
  });
});
