import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient, findPlan } from '../support/api';
import { connectClient, waitFor, type TestClient } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const DEMO_TITLE = 'Porvoon kaupungin hyvinvointisuunnitelma';
const VIEWER = { email: 'katsoja@porvoo.fi', name: 'Ville Katsoja', password: 'katsojan-salasana-123' };
const FIVE_MB = 'x'.repeat(5 * 1024 * 1024);

const stateSize = (state: unknown) => JSON.stringify(state ?? null).length;

describe('awareness is bound to the connection that sends it', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let planId: string;
  let viewerId: string;
  let adminId: string;
  let chair: TestClient;
  let viewer: TestClient;
  /** The largest state the chair's client ever received from anyone else. */
  let largestSeen = 0;

  const viewerState = () => chair.provider.awareness?.getStates().get(viewer.doc.clientID);

  beforeAll(async () => {
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    adminId = (await admin.get('/api/session')).body.user.id;
    const plan = await findPlan(admin, DEMO_TITLE);
    planId = plan.id;
    const created = await admin.post('/api/users', VIEWER);
    expect(created.status).toBe(201);
    viewerId = created.body.id;
    expect((await admin.request('PUT', `/api/groups/${plan.groupId}/members/${viewerId}`, { role: 'viewer' })).status).toBe(200);
    const viewerApi = await ApiClient.login(server.url, VIEWER.email, VIEWER.password);

    // The administrator chairs the demo plan's group.
    chair = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    chair.provider.setAwarenessField('user', { id: adminId, name: 'Pääkäyttäjä', color: '#1f6feb' });
    chair.provider.awareness!.on('change', () => {
      for (const [clientId, state] of chair.provider.awareness!.getStates()) {
        if (clientId !== chair.doc.clientID) largestSeen = Math.max(largestSeen, stateSize(state));
      }
    });
    viewer = await connectClient(server.collabUrl, planDocumentName(planId), viewerApi.token!);
  });

  afterAll(async () => {
    viewer?.destroy();
    chair?.destroy();
    await server?.destroy();
  });

  it('shows the signed-in user, whatever name the client claims, and leaves out unknown fields', async () => {
    viewer.provider.awareness!.setLocalState({
      user: { id: adminId, name: 'Puheenjohtaja', color: '#000000', role: 'chair' },
      cursor: null,
      notes: FIVE_MB,
    });
    await waitFor(() => viewerState() !== undefined, 'the viewer’s presence at the chair');
    expect(viewerState()).toEqual({ user: { id: viewerId, name: VIEWER.name, color: expect.any(String) }, cursor: null });
    expect(largestSeen).toBeLessThan(16 * 1024);
  });

  it('does not pass on a state over the size bound', async () => {
    viewer.provider.setAwarenessField('editing', { kind: 'measure', id: FIVE_MB, field: 'title' });
    // A small change sent afterwards arrives, so the large one had its chance to arrive before it.
    await new Promise((r) => setTimeout(r, 300));
    viewer.provider.setAwarenessField('editing', { kind: 'measure', id: 'm1', field: 'title' });
    await waitFor(() => (viewerState()?.editing as { id?: string } | undefined)?.id === 'm1', 'the small state after the large one');
    expect(largestSeen).toBeLessThan(16 * 1024);
    expect(viewerState()?.user).toMatchObject({ id: viewerId, name: VIEWER.name });
  });

  it('does not let one client speak for another’s client id', async () => {
    // The viewer's provider forwards a state it was handed for the chair's own client id.
    const impostor = new Y.Doc();
    impostor.clientID = chair.doc.clientID;
    const forged = new Awareness(impostor);
    for (let clock = 0; clock < 50; clock++) forged.setLocalState({ user: { id: adminId, name: 'Puheenjohtaja (väärennetty)', color: '#000000' } });
    applyAwarenessUpdate(viewer.provider.awareness!, encodeAwarenessUpdate(forged, [impostor.clientID]), 'forged');
    viewer.provider.setAwarenessField('editing', { kind: 'measure', id: 'm2', field: 'title' });
    await waitFor(() => (viewerState()?.editing as { id?: string } | undefined)?.id === 'm2', 'the viewer’s later state');

    const observer = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    await waitFor(() => (observer.provider.awareness?.getStates().size ?? 0) >= 2, 'the states at a newcomer');
    const names = [...observer.provider.awareness!.getStates().values()].map((state) => (state.user as { name?: string } | undefined)?.name);
    expect(names).not.toContain('Puheenjohtaja (väärennetty)');
    expect(observer.provider.awareness!.getStates().get(chair.doc.clientID)?.user).toMatchObject({ name: 'Pääkäyttäjä' });
    observer.destroy();
    impostor.destroy();
  });
});
