import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { CONTACTS, PASSWORD, dayFromNow, eventually, roundFixture } from '../support/roundFixture';
import { ServerProcess } from '../support/serverProcess';
import { TestSmtpServer, to } from '../support/smtpServer';

describe('notifications: the bell, e-mail per kind, respondents with accounts', () => {
  let smtp: TestSmtpServer;
  let server: ServerProcess;
  let fixture: Awaited<ReturnType<typeof roundFixture>>;
  let liisa: ApiClient;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    server = await ServerProcess.start({ SMTP_URL: smtp.url, SCHEDULER_POLL_MS: '200' });
    fixture = await roundFixture(server.url);
    // Liikuntapalvelut's contact person has an account too (she is in no group of the plan).
    await fixture.admin.post('/api/users', { email: CONTACTS.liikunta[0].email, name: 'Liisa Liikunta', password: PASSWORD });
    liisa = await ApiClient.login(server.url, CONTACTS.liikunta[0].email, PASSWORD);
  });
  afterAll(async () => {
    await server?.destroy();
    await smtp?.stop();
  });

  it('tells a mentioned member in the app and by mail in their language, until they turn mention mails off', async () => {
    const { people, planId, measures } = fixture;
    const coordinator = people.coordinator.client;
    expect((await coordinator.get('/api/me/notification-settings')).body).toEqual({
      language: 'fi',
      email: { mention: true, 'request-to-answer': true, 'accepted-answer': true, deadline: true },
    });
    expect((await coordinator.request('PATCH', '/api/me/notification-settings', { language: 'sv' })).body.language).toBe('sv');
    for (const bad of [{}, { language: 'de' }, { email: { gossip: false } }, { email: { mention: 'no' } }, { colour: 'red' }]) {
      expect((await coordinator.request('PATCH', '/api/me/notification-settings', bad)).status, JSON.stringify(bad)).toBe(400);
    }

    const comment = await people.member.client.post(`/api/plans/${planId}/comments`, { measureId: measures[0]!.id, text: '@Kaisa katsotko <tämän>?', mentions: [people.coordinator.id] });
    expect(comment.status).toBe(201);
    const [mail] = await smtp.waitFor(to(people.coordinator.email));
    expect(mail!.parsed.subject).toBe('Mirja Jäsen nämnde dig: Porvoon hyvinvointisuunnitelma 2025–2028');
    expect(mail!.parsed.html).toContain('@Kaisa katsotko &lt;tämän&gt;?');
    expect(mail!.parsed.text).toContain(`${server.url}/plans/${planId}`);

    const bell = (await coordinator.get('/api/notifications')).body;
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({ kind: 'mention', readAt: null, link: `/plans/${planId}`, data: { authorName: 'Mirja Jäsen', text: '@Kaisa katsotko <tämän>?' } });
    // The author is not told of their own mention; others see none of it.
    expect((await people.member.client.get('/api/notifications')).body.unread).toBe(0);

    await coordinator.request('PATCH', '/api/me/notification-settings', { email: { mention: false } });
    await people.member.client.post(`/api/plans/${planId}/comments`, { measureId: measures[1]!.id, text: 'Toinen maininta', mentions: [people.coordinator.id] });
    await eventually(async () => (await coordinator.get('/api/notifications')).body.unread, (n) => n === 2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.received.filter(to(people.coordinator.email))).toHaveLength(1);

    // Marking read: another user's ids change nothing; all of one's own at once.
    const ids = (await coordinator.get('/api/notifications')).body.items.map((n: any) => n.id);
    expect((await people.member.client.post('/api/notifications/read', { ids })).status).toBe(204);
    expect((await coordinator.get('/api/notifications')).body.unread).toBe(2);
    await coordinator.post('/api/notifications/read', { ids: [ids[0]] });
    expect((await coordinator.get('/api/notifications')).body.unread).toBe(1);
    await coordinator.post('/api/notifications/read', {});
    expect((await coordinator.get('/api/notifications')).body.unread).toBe(0);
    expect((await coordinator.post('/api/notifications/read', { ids: 'all' })).status).toBe(400);
  });

  it('lets a respondent with an account answer in the app, and tells them when their answer is accepted', async () => {
    const { people, planId, measures } = fixture;
    await liisa.request('PATCH', '/api/me/notification-settings', { language: 'en', email: { 'request-to-answer': false } });
    const round = (await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Sovelluksessa', deadline: dayFromNow(9), measureIds: [measures[2]!.id, measures[1]!.id] })).body;
    const request = round.requests.find((r: any) => r.party.name === 'Liikuntapalvelut');
    await smtp.waitFor((m) => to(CONTACTS.sivistys[0].email)(m) && m.parsed.subject!.includes('Sovelluksessa'));

    // She turned request mails off: no mail, but the bell links to the request in the app.
    const bell = await eventually(async () => (await liisa.get('/api/notifications')).body, (b) => b.unread === 1);
    expect(bell.items[0]).toMatchObject({ kind: 'request-to-answer', link: `/requests/${request.id}`, data: { roundTitle: 'Sovelluksessa', planId } });
    expect(smtp.received.some((m) => to(CONTACTS.liikunta[0].email)(m) && m.parsed.subject!.includes('Sovelluksessa'))).toBe(false);

    const view = await liisa.get(`/api/requests/${request.id}/response`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ language: 'en', respondent: { email: CONTACTS.liikunta[0].email }, measures: [{ id: measures[2]!.id }] });
    // Not hers, or someone else's: 404.
    const sivistys = round.requests.find((r: any) => r.party.name === 'Sivistystoimi');
    expect((await liisa.get(`/api/requests/${sivistys.id}/response`)).status).toBe(404);
    expect((await people.member.client.get(`/api/requests/${request.id}/response`)).status).toBe(404);
    expect((await liisa.post(`/api/requests/${request.id}/response`, { answers: [{ measureId: measures[1]!.id, status: 'done' }] })).status).toBe(400);
    expect((await liisa.post(`/api/requests/${request.id}/response`, { answers: [{ measureId: measures[2]!.id, status: 'done', statusNote: 'Valmis' }] })).status).toBe(200);

    const [proposal] = (await people.member.client.get(`/api/plans/${planId}/rounds/${round.id}/proposals`)).body;
    expect(proposal.by).toEqual({ name: 'Liisa Liikunta', email: CONTACTS.liikunta[0].email });
    await people.member.client.post(`/api/plans/${planId}/rounds/${round.id}/proposals/${proposal.id}/accept`, {});
    const [accepted] = await smtp.waitFor((m) => to(CONTACTS.liikunta[0].email)(m) && m.parsed.subject!.startsWith('Your answer was accepted'));
    expect(accepted!.parsed.text).toContain('Liikuntaneuvonta ikäihmisille');
    const after = (await liisa.get('/api/notifications')).body;
    expect(after.items[0]).toMatchObject({ kind: 'accepted-answer', data: { measureTitle: 'Liikuntaneuvonta ikäihmisille' } });
  });
});
