import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { readPlanData, setMeasureField } from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const PASSWORD = 'aikataulu-salasana-1';
/** Longer than the audit's burst window (4 s): the burst has been written by its own timer, not by the read. */
const AFTER_BURST_MS = 4_500;

describe('the audit trail of typed string fields', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  let planId: string;
  let memberToken: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const groupId = (await admin.get('/api/groups')).body[0].id;
    planId = (await admin.get('/api/plans')).body[0].id;
    const userId = (await admin.post('/api/users', { email: 'ville@porvoo.fi', name: 'Ville V.', password: PASSWORD })).body.id;
    await admin.request('PUT', `/api/groups/${groupId}/members/${userId}`, { role: 'member' });
    memberToken = (await ApiClient.login(server.url, 'ville@porvoo.fi', PASSWORD)).token!;
  });
  afterAll(async () => server?.destroy());

  it('records the schedule typed key by key as one entry, and each status change as its own', async () => {
    const socket = await connectClient(server.collabUrl, planDocumentName(planId), memberToken);
    const measure = readPlanData(socket.doc, planId).focusAreas[0]!.goals[0]!.measures[1]!;
    expect(measure.schedule).toBe('');
    // As the table's schedule field does: the whole value written again on every keystroke, each one sent and acknowledged.
    const typed = 'Syksy 2026';
    for (let length = 1; length <= typed.length; length++) {
      setMeasureField(socket.doc, measure.id, 'schedule', typed.slice(0, length));
      await waitForAcknowledged(socket);
    }
    setMeasureField(socket.doc, measure.id, 'status', 'started');
    setMeasureField(socket.doc, measure.id, 'status', 'done');
    await waitForAcknowledged(socket);
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, AFTER_BURST_MS));

    const entries = (await admin.get(`/api/plans/${planId}/audit?entityId=${measure.id}`)).body as any[];
    const schedule = entries.filter((e) => e.field === 'schedule');
    expect(schedule).toEqual([expect.objectContaining({ from: '', to: 'Syksy 2026', user: expect.objectContaining({ name: 'Ville V.' }) })]);
    const statuses = entries.filter((e) => e.field === 'status').map((e) => [e.from, e.to]);
    expect(statuses).toEqual([
      ['started', 'done'],
      [measure.status, 'started'],
    ]);
  });
});
