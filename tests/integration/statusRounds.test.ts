import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { setMeasureIndicators } from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitForAcknowledged } from '../support/collabClient';
import { CONTACTS, DAY_MS, dayFromNow, eventually, roundFixture, setClockOffset } from '../support/roundFixture';
import { ServerProcess } from '../support/serverProcess';
import { responseLink, TestSmtpServer, to, type ReceivedMail } from '../support/smtpServer';

/** What a respondent's mail program does with the link: open it, then send the form the page shows. */
async function openLink(link: string) {
  const token = new URL(link).pathname.split('/').pop()!;
  const origin = new URL(link).origin;
  const anonymous = new ApiClient(origin);
  return {
    token,
    view: () => anonymous.get(`/api/responses/${token}`),
    answer: (body: unknown) => anonymous.post(`/api/responses/${token}`, body),
  };
}

describe('status rounds: from the mail to the plan', () => {
  let smtp: TestSmtpServer;
  let server: ServerProcess;
  let fixture: Awaited<ReturnType<typeof roundFixture>>;
  let clockDir: string;
  let clockFile: string;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    clockDir = await mkdtemp(join(tmpdir(), 'hyte-clock-'));
    clockFile = join(clockDir, 'offset');
    server = await ServerProcess.start({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Hyte-työtila <hyte@porvoo.fi>',
      SCHEDULER_POLL_MS: '200',
      HYTE_CLOCK_OFFSET_FILE: clockFile,
    });
    fixture = await roundFixture(server.url);
  });
  afterAll(async () => {
    await server?.destroy();
    await smtp?.stop();
    await rm(clockDir, { recursive: true, force: true });
  });

  const mailsTo = (email: string, count = 1) => smtp.waitFor(to(email), count);
  // PUBLIC_URL's default is the server's own address.
  const linkOf = (mail: ReceivedMail) => responseLink(mail);

  it('mails each lead party once, lets the contact answer from the link, and accepting writes the plan in their name', async () => {
    const { people, planId, measures } = fixture;
    const created = await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Kevään 2026 tilannekysely', deadline: dayFromNow(20) });
    expect(created.status).toBe(201);
    const round = created.body;
    expect(round).toMatchObject({ id: expect.any(String), title: 'Kevään 2026 tilannekysely', deadline: dayFromNow(20) });
    const byParty = Object.fromEntries(round.requests.map((r: any) => [r.party?.name, r]));
    expect(Object.keys(byParty).sort()).toEqual(['Hyvinvointipalvelut', 'Liikuntapalvelut', 'Sivistystoimi']);
    expect(byParty.Sivistystoimi).toMatchObject({
      contacts: CONTACTS.sivistys.map((c) => c.email),
      measureIds: [measures[0]!.id, measures[1]!.id],
      state: 'pending',
    });
    expect(byParty.Liikuntapalvelut.measureIds).toEqual([measures[2]!.id]);
    // No contact person: the coordinator gets it, and the answer says so.
    expect(byParty.Hyvinvointipalvelut).toMatchObject({ fallback: true, contacts: [people.coordinator.email] });
    expect(round.noContact).toEqual([{ party: { id: expect.any(String), name: 'Hyvinvointipalvelut' }, measureIds: [measures[3]!.id], fallbackTo: [people.coordinator.email] }]);

    // Real SMTP: one mail per contact, plain text and HTML, with a link of its own.
    const [sanna] = await mailsTo(CONTACTS.sivistys[0].email);
    const [sami] = await mailsTo(CONTACTS.sivistys[1].email);
    expect(sanna!.parsed.subject).toBe('Tilannekysely: Kevään 2026 tilannekysely – Porvoon hyvinvointisuunnitelma 2025–2028');
    expect(sanna!.parsed.from?.text).toContain('hyte@porvoo.fi');
    expect(sanna!.parsed.text).toContain('Koulupäivän yhteyteen maksuton harrastus');
    expect(sanna!.parsed.html).toContain(`<a href="${server.url}/respond/`);
    expect(linkOf(sanna!)).not.toBe(linkOf(sami!));
    await mailsTo(CONTACTS.liikunta[0].email);
    await mailsTo(people.coordinator.email);

    // The respondent opens the link: only their measures, nothing else of the plan.
    const link = await openLink(linkOf(sanna!));
    const view = await link.view();
    expect(view.status).toBe(200);
    expect(Object.keys(view.body).sort()).toEqual(['answeredAt', 'language', 'linksExpireAt', 'measures', 'party', 'plan', 'respondent', 'round']);
    expect(view.body.plan).toEqual({ title: 'Porvoon hyvinvointisuunnitelma 2025–2028' });
    expect(view.body.round).toMatchObject({ title: 'Kevään 2026 tilannekysely', deadline: dayFromNow(20) });
    expect(view.body.measures).toEqual([
      { id: measures[0]!.id, title: 'Koulupäivän yhteyteen maksuton harrastus', status: 'started', statusNote: 'Kysely tehty', indicators: [] },
      { id: measures[1]!.id, title: 'Kerhotoiminta kaikille kouluille', status: 'unassessed', statusNote: '', indicators: [] },
    ]);

    const sent = await link.answer({
      answers: [
        { measureId: measures[0]!.id, status: 'done', statusNote: 'Harrastus käynnissä kaikilla kouluilla <b>syksystä</b>' },
        { measureId: measures[1]!.id, status: 'started', statusNote: '' },
      ],
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ received: 2, outcome: 'proposals', replaced: 0 });
    // A proposal only: the plan is as it was.
    expect((await fixture.admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].status).toBe('started');

    const afterAnswer = (await people.coordinator.client.get(`/api/plans/${planId}/rounds/${round.id}`)).body;
    expect(afterAnswer.requests.find((r: any) => r.party?.name === 'Sivistystoimi')).toMatchObject({ state: 'answered', answeredBy: CONTACTS.sivistys[0] });
    expect(afterAnswer.progress).toEqual({ answered: 1, pending: 2, overdue: 0, revoked: 0 });

    const proposals = (await people.member.client.get(`/api/plans/${planId}/rounds/${round.id}/proposals`)).body;
    const proposal = proposals.find((p: any) => p.measureId === measures[0]!.id);
    expect(proposal).toMatchObject({ status: 'done', by: CONTACTS.sivistys[0], state: 'pending', at: expect.any(String) });

    // Accepting is an edit: the coordinator may not, a member may.
    expect((await people.coordinator.client.post(`/api/plans/${planId}/rounds/${round.id}/proposals/${proposal.id}/accept`, {})).status).toBe(403);
    const accepted = await people.member.client.post(`/api/plans/${planId}/rounds/${round.id}/proposals/${proposal.id}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', decidedBy: { id: people.member.id } });
    expect((await people.member.client.post(`/api/plans/${planId}/rounds/${round.id}/proposals/${proposal.id}/accept`, {})).status).toBe(409);

    const measure = (await fixture.admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0];
    expect(measure).toMatchObject({ status: 'done', statusNote: 'Harrastus käynnissä kaikilla kouluilla <b>syksystä</b>' });
    const audit = (await fixture.admin.get(`/api/plans/${planId}/audit`)).body as any[];
    const statusEntry = audit.find((e) => e.entityId === measures[0]!.id && e.field === 'status');
    expect(statusEntry).toMatchObject({ user: { name: 'Sanna Sivistys' }, from: 'started', to: 'done' });
    expect(statusEntry.user.id).toMatch(/^respondent:/);
    expect(audit.find((e) => e.entityId === measures[0]!.id && e.field === 'statusNote')).toMatchObject({ user: { name: 'Sanna Sivistys' }, to: measure.statusNote });
    expect(audit.find((e) => e.entity === 'proposal' && e.field === 'accepted')).toMatchObject({ user: { id: people.member.id } });

    // Reject the other one: the plan keeps its value.
    const other = proposals.find((p: any) => p.measureId === measures[1]!.id);
    expect((await people.chair.client.post(`/api/plans/${planId}/rounds/${round.id}/proposals/${other.id}/reject`, {})).body.state).toBe('rejected');
    expect((await fixture.admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[1].status).toBe('unassessed');
  });

  it('refuses forged, unknown, other parties\' and malformed answers, storing nothing; a second answer replaces the first', async () => {
    const { people, planId, measures } = fixture;
    const round = (await people.chair.client.post(`/api/plans/${planId}/rounds`, { title: 'Syyskysely', deadline: dayFromNow(30), measureIds: [measures[2]!.id, measures[0]!.id] })).body;
    expect(round.requests.map((r: any) => r.party.name).sort()).toEqual(['Liikuntapalvelut', 'Sivistystoimi']);
    const [liisa] = await smtp.waitFor((m) => to(CONTACTS.liikunta[0].email)(m) && m.parsed.subject!.includes('Syyskysely'));
    const link = await openLink(linkOf(liisa!));
    const proposalsNow = async () => (await people.chair.client.get(`/api/plans/${planId}/rounds/${round.id}/proposals`)).body.length;

    // Forged and unknown tokens: 404, whether of the right shape or not.
    const anonymous = new ApiClient(server.url);
    for (const token of ['x', 'A'.repeat(43), `${link.token.slice(0, -1)}${link.token.endsWith('A') ? 'B' : 'A'}`]) {
      expect((await anonymous.get(`/api/responses/${token}`)).status).toBe(404);
      expect((await anonymous.post(`/api/responses/${token}`, { answers: [{ measureId: measures[2]!.id, status: 'done' }] })).status).toBe(404);
    }
    // Another party's measure (Sivistystoimi's, in the same round): 400 and nothing stored, also the valid answer beside it.
    const foreign = await link.answer({ answers: [{ measureId: measures[2]!.id, status: 'done' }, { measureId: measures[0]!.id, status: 'done' }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toContain(measures[0]!.id);
    for (const bad of [{}, { answers: [] }, { answers: [{ measureId: measures[2]!.id, status: 'green' }] }, { answers: [{ measureId: measures[2]!.id, status: 'done', statusNote: 'x'.repeat(5001) }] }]) {
      expect((await link.answer(bad)).status).toBe(400);
    }
    expect(await proposalsNow()).toBe(0);
    expect((await people.chair.client.get(`/api/plans/${planId}/rounds/${round.id}`)).body.progress.answered).toBe(0);

    // Reused: answering again replaces the pending proposal of that measure.
    expect((await link.answer({ answers: [{ measureId: measures[2]!.id, status: 'started', statusNote: 'Ensimmäinen' }] })).body.replaced).toBe(0);
    expect((await link.answer({ answers: [{ measureId: measures[2]!.id, status: 'done', statusNote: 'Korjattu' }] })).body.replaced).toBe(1);
    const proposals = (await people.chair.client.get(`/api/plans/${planId}/rounds/${round.id}/proposals`)).body;
    expect(proposals.map((p: any) => [p.statusNote, p.state])).toEqual([
      ['Korjattu', 'pending'],
      ['Ensimmäinen', 'replaced'],
    ]);
    // The form shows the answer waiting, not the plan's older value.
    expect((await link.view()).body.measures[0]).toMatchObject({ status: 'done', statusNote: 'Korjattu' });

    // The round's answers as CSV.
    const csv = await fetch(`${server.url}/api/plans/${planId}/rounds/${round.id}/export.csv`, { headers: { Authorization: `Bearer ${people.coordinator.client.token}` } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain('Liikuntapalvelut;');
    expect(text).toContain('Korjattu');
  });

  it('revokes a request (404 afterwards) and expires links after the deadline and its grace (410)', async () => {
    const { people, planId, measures } = fixture;
    const round = (await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Pikakysely', deadline: dayFromNow(2), measureIds: [measures[2]!.id, measures[0]!.id] })).body;
    const liikunta = round.requests.find((r: any) => r.party.name === 'Liikuntapalvelut');
    const [liisa] = await smtp.waitFor((m) => to(CONTACTS.liikunta[0].email)(m) && m.parsed.subject!.includes('Pikakysely'));
    const [sanna] = await smtp.waitFor((m) => to(CONTACTS.sivistys[0].email)(m) && m.parsed.subject!.includes('Pikakysely'));
    const revoked = await openLink(linkOf(liisa!));
    expect((await revoked.view()).status).toBe(200);

    // Only the chair, secretary or coordinator revokes.
    expect((await people.member.client.request('DELETE', `/api/plans/${planId}/rounds/${round.id}/requests/${liikunta.id}`)).status).toBe(403);
    const after = await people.coordinator.client.request('DELETE', `/api/plans/${planId}/rounds/${round.id}/requests/${liikunta.id}`);
    expect(after.status).toBe(200);
    expect(after.body.requests.find((r: any) => r.id === liikunta.id).revokedAt).toEqual(expect.any(String));
    expect((await revoked.view()).status).toBe(404);
    expect((await revoked.answer({ answers: [{ measureId: measures[2]!.id, status: 'done' }] })).status).toBe(404);
    expect((await people.coordinator.client.post(`/api/plans/${planId}/rounds/${round.id}/requests/${liikunta.id}/remind`, {})).status).toBe(409);

    // Past the deadline the request is overdue and the link still works; past the grace period it is gone (410).
    const live = await openLink(linkOf(sanna!));
    await setClockOffset(clockFile, 3 * DAY_MS);
    expect((await people.coordinator.client.get(`/api/plans/${planId}/rounds/${round.id}`)).body.requests.find((r: any) => r.party.name === 'Sivistystoimi').state).toBe('overdue');
    expect((await live.view()).status).toBe(200);
    await setClockOffset(clockFile, 17 * DAY_MS);
    expect((await live.view()).status).toBe(410);
    expect((await live.answer({ answers: [{ measureId: measures[0]!.id, status: 'done' }] })).status).toBe(410);
    await setClockOffset(clockFile, 0);
  });

  it('asks for the figures of the local indicators a measure has, and writes them with the accepted answer', async () => {
    const { people, planId, measures, admin } = fixture;
    const local = await admin.post(`/api/plans/${planId}/indicators`, { source: 'local', title: 'Maksuttomaan harrastukseen osallistuneet', unit: '%' });
    expect(local.status).toBe(201);
    await admin.request('PUT', `/api/plans/${planId}/indicators/${local.body.id}/values`, { points: [{ year: 2024, value: 31 }] });
    // The measure follows the indicator (set in the table, here over the socket).
    const editor = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    setMeasureIndicators(editor.doc, measures[1]!.id, [local.body.id]);
    await waitForAcknowledged(editor);
    editor.destroy();

    const round = (await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Mittarikysely', deadline: dayFromNow(12), measureIds: [measures[1]!.id] })).body;
    const [sanna] = await smtp.waitFor((m) => to(CONTACTS.sivistys[0].email)(m) && m.parsed.subject!.includes('Mittarikysely'));
    const link = await openLink(linkOf(sanna!));
    expect((await link.view()).body.measures[0].indicators).toEqual([{ id: local.body.id, title: 'Maksuttomaan harrastukseen osallistuneet', unit: '%', points: [{ year: 2024, value: 31 }] }]);
    // Only that measure's local indicators take figures.
    expect((await link.answer({ answers: [{ measureId: measures[1]!.id, status: 'started', indicatorValues: [{ indicatorId: 'other', year: 2025, value: 1 }] }] })).status).toBe(400);
    expect((await link.answer({ answers: [{ measureId: measures[1]!.id, status: 'started', indicatorValues: [{ indicatorId: local.body.id, year: 2025, value: 'paljon' }] }] })).status).toBe(400);
    expect((await link.answer({ answers: [{ measureId: measures[1]!.id, status: 'started', indicatorValues: [{ indicatorId: local.body.id, year: 2025, value: 38.5 }] }] })).status).toBe(200);
    expect((await link.view()).body.measures[0].indicators[0].points).toEqual([{ year: 2024, value: 31 }, { year: 2025, value: 38.5 }]);

    const [proposal] = (await people.member.client.get(`/api/plans/${planId}/rounds/${round.id}/proposals`)).body;
    expect(proposal.indicatorValues).toEqual([{ indicatorId: local.body.id, year: 2025, value: 38.5 }]);
    expect((await people.member.client.post(`/api/plans/${planId}/rounds/${round.id}/proposals/${proposal.id}/accept`, {})).status).toBe(200);
    const indicator = (await admin.get(`/api/plans/${planId}/indicators`)).body.find((i: any) => i.id === local.body.id);
    expect(JSON.stringify(indicator)).toContain('38.5');
  });

  it('lets only the chair, secretary or coordinator open a round, and checks its input', async () => {
    const { people, planId, measures } = fixture;
    const before = (await fixture.admin.get(`/api/plans/${planId}/rounds`)).body.length;
    expect((await people.member.client.post(`/api/plans/${planId}/rounds`, { title: 'x', deadline: dayFromNow(5) })).status).toBe(403);
    expect((await people.viewer.client.post(`/api/plans/${planId}/rounds`, { title: 'x', deadline: dayFromNow(5) })).status).toBe(403);
    for (const bad of [{ title: '', deadline: dayFromNow(5) }, { title: 'x', deadline: 'ensi viikolla' }, { title: 'x', deadline: dayFromNow(-1) }, { title: 'x', deadline: dayFromNow(5), measureIds: ['nope', measures[0]!.id] }]) {
      expect((await people.coordinator.client.post(`/api/plans/${planId}/rounds`, bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await fixture.admin.get(`/api/plans/${planId}/rounds`)).body.length).toBe(before);
    expect((await people.viewer.client.get(`/api/plans/${planId}/rounds`)).status).toBe(200);
    expect((await people.viewer.client.get(`/api/plans/${planId}/rounds/nope`)).status).toBe(404);
  });

  it('applies answers at once in a round that says so, still in the respondent\'s name', async () => {
    const { people, planId, measures } = fixture;
    const round = (await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Suora kirjaus', deadline: dayFromNow(10), measureIds: [measures[2]!.id], applyDirectly: true })).body;
    const [liisa] = await smtp.waitFor((m) => to(CONTACTS.liikunta[0].email)(m) && m.parsed.subject!.includes('Suora kirjaus'));
    const link = await openLink(linkOf(liisa!));
    expect((await link.answer({ answers: [{ measureId: measures[2]!.id, status: 'started', statusNote: 'Neuvonta alkoi' }] })).body.outcome).toBe('applied');
    const measure = (await fixture.admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[2];
    expect(measure).toMatchObject({ status: 'started', statusNote: 'Neuvonta alkoi' });
    const audit = await eventually(
      async () => (await fixture.admin.get(`/api/plans/${planId}/audit`)).body as any[],
      (entries) => entries.some((e) => e.entityId === measures[2]!.id && e.field === 'status' && e.to === 'started'),
    );
    expect(audit.find((e) => e.entityId === measures[2]!.id && e.field === 'status' && e.to === 'started').user.name).toBe('Liisa Liikunta');
    expect((await people.chair.client.get(`/api/plans/${planId}/rounds/${round.id}/proposals`)).body[0].state).toBe('applied');
  });
});
