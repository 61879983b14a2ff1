import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { readPlanData, setMeasureField } from '../../shared/plan';
import type { AuditEntry } from '../../shared/audit';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { claimAnswers, claimMeeting } from '../support/meetingClaim';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const PASSWORD = 'kokousvaite-salasana-1';
const PEOPLE = ['chair', 'member', 'coordinator', 'viewer'] as const;

describe('meeting claims: only the server decides which edits are a meeting’s', () => {
  let server: ServerProcess;
  let admin: ApiClient;
  const clients: Record<string, ApiClient> = {};
  let planId: string;
  let otherPlanId: string;
  let meetingId: string;
  let otherMeetingId: string;
  let measureIds: string[];
  const sockets: TestClient[] = [];

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const groupId = (await admin.post('/api/groups', { name: 'Ryhmä' })).body.id;
    for (const person of PEOPLE) {
      const user = await admin.post('/api/users', { email: `${person}@kunta.fi`, name: `Henkilö ${person}`, password: PASSWORD });
      await admin.request('PUT', `/api/groups/${groupId}/members/${user.body.id}`, { role: person });
      clients[person] = await ApiClient.login(server.url, `${person}@kunta.fi`, PASSWORD);
    }
    const measures = { focusAreas: [{ title: 'Alue', goals: [{ title: 'Tavoite', measures: [{ title: 'Eka' }, { title: 'Toka' }, { title: 'Kolmas' }] }] }] };
    planId = (await admin.post('/api/plans', { title: 'Suunnitelma', groupId, measures })).body.id;
    otherPlanId = (await admin.post('/api/plans', { title: 'Toinen', groupId, measures })).body.id;
    const meeting = (plan: string) => clients.chair!.post(`/api/groups/${groupId}/meetings`, { title: 'Kokous', startsAt: '2026-05-01T10:00:00.000Z', planId: plan, agenda: 'measures' });
    meetingId = (await meeting(planId)).body.id;
    otherMeetingId = (await meeting(otherPlanId)).body.id;
  });

  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await server?.destroy();
  });

  const plan = async (person: (typeof PEOPLE)[number]) => {
    const socket = await connectClient(server.collabUrl, planDocumentName(planId), clients[person]!.token!);
    sockets.push(socket);
    measureIds ??= readPlanData(socket.doc, planId).focusAreas[0]!.goals[0]!.measures.map((m) => m.id);
    return socket;
  };
  const trail = async () => (await admin.get(`/api/plans/${planId}/audit?entity=measure&field=status`)).body as AuditEntry[];
  const setState = (state: 'open' | 'closed', id = meetingId) => clients.chair!.post(`/api/meetings/${id}/state`, { state });

  it('refuses a claim of a meeting that is not open, of another plan, or from a connection that may not write', async () => {
    const member = await plan('member');
    expect(await claimMeeting(member, meetingId)).toMatchObject({ accepted: false });
    expect((await setState('open')).status).toBe(200);
    expect((await setState('open', otherMeetingId)).status).toBe(200);
    expect(await claimMeeting(member, otherMeetingId)).toMatchObject({ accepted: false });
    expect(await claimMeeting(member, 'no-such-meeting')).toMatchObject({ accepted: false });
    for (const person of ['coordinator', 'viewer'] as const) expect(await claimMeeting(await plan(person), meetingId), person).toMatchObject({ accepted: false });
    // Anything else on the stateless channel is not a claim: no answer, and the connection stays.
    const answers = claimAnswers(member);
    member.provider.sendStateless('{"type":"meetingClaim","meetingId":"x","extra":true}');
    member.provider.sendStateless('not json');
    expect(await claimMeeting(member, meetingId)).toMatchObject({ accepted: true });
    expect(answers).toEqual([{ type: 'meetingClaim', meetingId, accepted: true }]);
    member.destroy();
  });

  it('records the meeting with the edits of a connection in it, not with anyone else’s, and ends the claim when the meeting closes', async () => {
    const member = await plan('member');
    const chair = await plan('chair');
    expect(await claimMeeting(member, meetingId)).toMatchObject({ accepted: true });
    setMeasureField(member.doc, measureIds[0]!, 'status', 'done');
    setMeasureField(chair.doc, measureIds[1]!, 'status', 'started');
    await Promise.all([waitForAcknowledged(member), waitForAcknowledged(chair)]);
    let entries = await trail();
    expect(entries.find((e) => e.entityId === measureIds[0])).toMatchObject({ to: 'done', meetingId, user: { name: 'Henkilö member' } });
    expect(entries.find((e) => e.entityId === measureIds[1])).not.toHaveProperty('meetingId');
    expect((await admin.get(`/api/plans/${planId}/audit?meetingId=${meetingId}`)).body.map((e: AuditEntry) => e.entityId)).toEqual([measureIds[0]]);

    // Leaving the meeting: the next edit is no longer the meeting's.
    expect(await claimMeeting(member, null)).toMatchObject({ accepted: false });
    setMeasureField(member.doc, measureIds[2]!, 'status', 'started');
    await waitForAcknowledged(member);
    expect((await trail()).find((e) => e.entityId === measureIds[2])).not.toHaveProperty('meetingId');

    // Closing the meeting ends the claim at once and says so to the client.
    expect(await claimMeeting(member, meetingId)).toMatchObject({ accepted: true });
    const answers = claimAnswers(member);
    expect((await setState('closed')).status).toBe(200);
    await waitFor(() => answers.length > 0, 'the end of the claim');
    expect(answers).toEqual([{ type: 'meetingClaim', meetingId, accepted: false }]);
    setMeasureField(member.doc, measureIds[0]!, 'status', 'not-started');
    await waitForAcknowledged(member);
    entries = await trail();
    expect(entries[0]).toMatchObject({ entityId: measureIds[0], to: 'not-started' });
    expect(entries[0]).not.toHaveProperty('meetingId');

    // The minutes list the meeting's one change.
    const minutes = (await clients.viewer!.get(`/api/meetings/${meetingId}/minutes?format=html`)).body as string;
    expect(minutes).toContain('Eka – tila: ennen Ei arvioitu, nyt Valmis (Henkilö member)');
    expect(minutes).not.toContain('Toka – tila');
    expect(minutes).not.toContain('Kolmas – tila');
    expect(minutes).not.toContain('nyt Ei aloitettu');

    // Reopened, the meeting takes claims again.
    expect((await setState('open')).status).toBe(200);
    expect(await claimMeeting(member, meetingId)).toMatchObject({ accepted: true });
    member.destroy();
    chair.destroy();
  });
});
