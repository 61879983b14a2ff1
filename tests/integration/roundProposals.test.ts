import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { ROUNDS_SIGNAL, type RoundsSignal } from '../../shared/api/rounds';
import { getMeasure, readMeasure } from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, type TestClient } from '../support/collabClient';
import { CONTACTS, dayFromNow, roundFixture } from '../support/roundFixture';
import { ServerProcess } from '../support/serverProcess';
import { responseLink, TestSmtpServer, to } from '../support/smtpServer';

/** The server's stateless messages on a plan's socket, as the table's provider hears them. */
function collectSignals(client: TestClient): RoundsSignal[] {
  const heard: RoundsSignal[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    const message = JSON.parse(payload) as RoundsSignal;
    if (message.type === ROUNDS_SIGNAL) heard.push(message);
  });
  return heard;
}

/** A measure as the open document has it now. */
const measureIn = (client: TestClient, id: string) => readMeasure(id, getMeasure(client.doc, id)!);

/** The respondent's side of a mail's link: send an answer as the form does. */
function answerFrom(link: string) {
  const token = new URL(link).pathname.split('/').pop()!;
  const anonymous = new ApiClient(new URL(link).origin);
  return (body: unknown) => anonymous.post(`/api/responses/${token}`, body);
}

describe('answers of a round in the measure table', () => {
  let smtp: TestSmtpServer;
  let server: ServerProcess;
  let fixture: Awaited<ReturnType<typeof roundFixture>>;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    server = await ServerProcess.start({ SMTP_URL: smtp.url, MAIL_FROM: 'Hyte-työtila <hyte@porvoo.fi>', SCHEDULER_POLL_MS: '200' });
    fixture = await roundFixture(server.url);
  });
  afterAll(async () => {
    await server?.destroy();
    await smtp?.stop();
  });

  it('shows an answer as a proposal through the table\'s REST and a push, and accepting writes the live plan in the respondent\'s name', async () => {
    const { people, planId, measures, admin } = fixture;
    const [m0, m1, m2, m3] = measures.map((m) => m.id) as [string, string, string, string];
    // Before a round: Hyvinvointipalvelut has no contact person, so a round could not reach it.
    const reach = await people.coordinator.client.get(`/api/plans/${planId}/rounds-reach`);
    expect(reach.status).toBe(200);
    expect(reach.body).toEqual({ partiesWithoutContact: [{ party: { id: expect.any(String), name: 'Hyvinvointipalvelut' }, measureIds: [m3] }], measuresWithoutParty: [] });

    // A member has the plan open, as the table does.
    const table = await connectClient(server.collabUrl, planDocumentName(planId), people.member.client.token!);
    const signals = collectSignals(table);
    try {
      const round = (await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Kevään 2026 tilannekysely', deadline: dayFromNow(20) })).body;
      // The open table hears of the round: its statuses now count as old against it.
      await waitFor(() => signals.length >= 1, 'the signal of the new round');
      expect(signals[0]).toEqual({ type: ROUNDS_SIGNAL, proposalsChanged: false, roundOpened: true, updated: null });
      const freshBefore = (await people.viewer.client.get(`/api/plans/${planId}/measure-freshness`)).body;
      expect(freshBefore.currentRound).toMatchObject({ id: round.id, title: 'Kevään 2026 tilannekysely', openedAt: round.createdAt });
      expect([...freshBefore.currentRound.measureIds].sort()).toEqual([m0, m1, m2, m3].sort());
      // The fixture's plan was created with its measures, not edited: no status update is recorded yet.
      expect(freshBefore.statusUpdatedAt).toEqual({});

      const [sanna] = await smtp.waitFor(to(CONTACTS.sivistys[0].email));
      const answer = answerFrom(responseLink(sanna!));
      const sent = await answer({
        answers: [
          { measureId: m0, status: 'done', statusNote: 'Harrastus käynnissä kaikilla kouluilla' },
          { measureId: m1, status: 'started', statusNote: 'Kerhot alkavat syksyllä' },
        ],
      });
      expect(sent.status).toBe(200);
      // Pushed to the open table: only that something changed, no content.
      await waitFor(() => signals.length >= 2, 'the signal of the answer');
      expect(signals[1]).toEqual({ type: ROUNDS_SIGNAL, proposalsChanged: true, roundOpened: false, updated: null });

      // The table's one request for the plan: pending answers of every round, for any reader.
      const listed = await people.viewer.client.get(`/api/plans/${planId}/proposals`);
      expect(listed.status).toBe(200);
      expect(listed.body.map((p: any) => p.measureId).sort()).toEqual([m0, m1].sort());
      const proposal = listed.body.find((p: any) => p.measureId === m0);
      expect(proposal).toMatchObject({ roundId: round.id, roundTitle: 'Kevään 2026 tilannekysely', status: 'done', by: CONTACTS.sivistys[0], state: 'pending', at: expect.any(String) });
      // Still only a proposal: the live document is as it was.
      expect(measureIn(table, m0).status).toBe('started');

      // Accepting is an edit: a viewer may not; a member's acceptance reaches the open document.
      expect((await people.viewer.client.post(`/api/plans/${planId}/rounds/${round.id}/proposals/${proposal.id}/accept`, {})).status).toBe(403);
      const accepted = await people.member.client.post(`/api/plans/${planId}/rounds/${round.id}/proposals/${proposal.id}/accept`, {});
      expect(accepted.status).toBe(200);
      await waitFor(() => measureIn(table, m0).status === 'done', 'the accepted status in the open document');
      expect(measureIn(table, m0).statusNote).toBe('Harrastus käynnissä kaikilla kouluilla');
      await waitFor(() => signals.length >= 3, 'the signal of the acceptance');
      expect(signals[2]).toEqual({ type: ROUNDS_SIGNAL, proposalsChanged: true, roundOpened: false, updated: { measureIds: [m0], at: accepted.body.decidedAt } });
      expect((await people.viewer.client.get(`/api/plans/${planId}/proposals`)).body.map((p: any) => p.measureId)).toEqual([m1]);

      // The audit trail names the respondent for the change, the member for the decision.
      const audit = (await admin.get(`/api/plans/${planId}/audit?entityId=${m0}`)).body as any[];
      const status = audit.find((e) => e.field === 'status');
      expect(status).toMatchObject({ from: 'started', to: 'done', user: { name: 'Sanna Sivistys' } });
      expect(status.user.id).toMatch(/^respondent:/);
      expect((await admin.get(`/api/plans/${planId}/audit?entity=proposal`)).body[0]).toMatchObject({ field: 'accepted', to: m0, user: { id: people.member.id } });

      // Its status now counts as updated in this round; the one rejected does not.
      expect((await people.chair.client.post(`/api/plans/${planId}/rounds/${round.id}/proposals/${listed.body.find((p: any) => p.measureId === m1).id}/reject`, {})).status).toBe(200);
      await waitFor(() => signals.length >= 4, 'the signal of the rejection');
      expect(signals[3]).toMatchObject({ proposalsChanged: true, updated: null });
      const freshAfter = (await people.viewer.client.get(`/api/plans/${planId}/measure-freshness`)).body;
      expect(freshAfter.statusUpdatedAt[m0] >= round.createdAt).toBe(true);
      // The newest of its status changes in the trail (the note's entry comes with the burst it closes) and the acceptance.
      const changes = ((await admin.get(`/api/plans/${planId}/audit?entityId=${m0}`)).body as any[]).filter((e) => e.field === 'status' || e.field === 'statusNote');
      expect(freshAfter.statusUpdatedAt[m0]).toBe([accepted.body.decidedAt, ...changes.map((e) => e.at)].sort().at(-1));
      expect(freshAfter.statusUpdatedAt[m1]).toBeUndefined();
      expect((await people.viewer.client.get(`/api/plans/${planId}/proposals`)).body).toEqual([]);
      expect(measureIn(table, m1).status).toBe('unassessed');

      // Confirming a status unchanged is an update too, though the document does not change.
      const [liisa] = await smtp.waitFor(to(CONTACTS.liikunta[0].email));
      expect((await answerFrom(responseLink(liisa!))({ answers: [{ measureId: m2, status: 'not-started', statusNote: '' }] })).status).toBe(200);
      const confirm = (await people.member.client.get(`/api/plans/${planId}/proposals`)).body[0];
      const confirmed = await people.member.client.post(`/api/plans/${planId}/rounds/${round.id}/proposals/${confirm.id}/accept`, {});
      expect(confirmed.status).toBe(200);
      expect((await admin.get(`/api/plans/${planId}/audit?entityId=${m2}&field=status`)).body).toEqual([]);
      expect((await people.viewer.client.get(`/api/plans/${planId}/measure-freshness`)).body.statusUpdatedAt[m2]).toBe(confirmed.body.decidedAt);
    } finally {
      table.destroy();
    }
  });

  it('answers the table\'s routes only to the plan\'s readers', async () => {
    const { planId } = fixture;
    const outsider = new ApiClient(server.url);
    for (const path of ['proposals', 'measure-freshness', 'rounds-reach']) {
      expect((await outsider.get(`/api/plans/${planId}/${path}`)).status, path).toBe(401);
      expect((await fixture.people.viewer.client.get(`/api/plans/no-such-plan/${path}`)).status, path).toBe(404);
    }
  });
});
