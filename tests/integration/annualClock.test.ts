import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { roundFixture } from '../support/roundFixture';
import { ServerProcess } from '../support/serverProcess';

/** The feed as a calendar program reads it: ical.js, occurrences expanded from the RRULEs. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return {
    calendar,
    events,
    bySummary: (summary: string) => events.find((e) => e.summary === summary),
    /** The event's days up to and including `untilYear`, as YYYY-MM-DD. */
    days(event: ICAL.Event, untilYear: number): string[] {
      const days: string[] = [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && next.year <= untilYear; next = iterator.next()) days.push(next.toString().slice(0, 10));
      return days;
    },
  };
}

describe('the annual clock and its iCalendar feed', () => {
  let server: ServerProcess;
  let fixture: Awaited<ReturnType<typeof roundFixture>>;
  let base: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    fixture = await roundFixture(server.url);
    base = `/api/groups/${fixture.group.id}`;
  });
  afterAll(async () => server?.destroy());

  it('keeps a group\'s recurring events, shows a year with the rounds\' deadlines, and serves them as iCalendar', async () => {
    const { people, planId } = fixture;
    const coordinator = people.coordinator.client;
    const report = await coordinator.post(`${base}/clock`, { kind: 'annual-report', title: 'Hyvinvointiraportti valtuustolle', date: '2026-05-15', owner: 'Hyvinvointikoordinaattori', planIds: [planId] });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ id: expect.any(String), recurrence: 'yearly', groupId: fixture.group.id });
    await coordinator.post(`${base}/clock`, { kind: 'broad-report', title: 'Laaja hyvinvointikertomus', date: '2025-11-30', recurrence: 'four-yearly' });
    await coordinator.post(`${base}/clock`, { kind: 'county-negotiation', title: 'Hyvinvointialueen neuvottelu; "syksy"', date: '2026-10-01', recurrence: 'none', description: 'Rivi 1\nRivi 2' });
    const round = (await coordinator.post(`/api/plans/${planId}/rounds`, { title: 'Kevään tilannekysely', deadline: '2099-03-31' })).body;
    const timed = (await coordinator.post(`/api/plans/${planId}/rounds`, { title: 'Tarkka määräaika', deadline: '2099-04-01T09:30:00Z' })).body;

    // Only the chair, secretary and coordinator keep the clock; a member reads it.
    expect((await people.member.client.post(`${base}/clock`, { kind: 'other', title: 'x', date: '2026-01-01' })).status).toBe(403);
    for (const bad of [{ kind: 'party', title: 'x', date: '2026-01-01' }, { kind: 'other', title: '', date: '2026-01-01' }, { kind: 'other', title: 'x', date: '1.5.2026' }, { kind: 'other', title: 'x', date: '2026-01-01', planIds: ['not-ours'] }]) {
      expect((await coordinator.post(`${base}/clock`, bad)).status, JSON.stringify(bad)).toBe(400);
    }

    const year2029 = (await people.member.client.get(`${base}/clock?year=2029`)).body;
    expect(year2029.canEdit).toBe(false);
    expect(year2029.occurrences.map((o: any) => [o.date, o.title])).toEqual([
      ['2029-05-15', 'Hyvinvointiraportti valtuustolle'],
      ['2029-11-30', 'Laaja hyvinvointikertomus'],
    ]);
    const year2099 = (await coordinator.get(`${base}/clock?year=2099`)).body;
    expect(year2099.canEdit).toBe(true);
    expect(year2099.occurrences.filter((o: any) => o.round).map((o: any) => [o.date, o.title, o.round.roundId])).toEqual([
      ['2099-03-31', 'Kevään tilannekysely', round.id],
      ['2099-04-01', 'Tarkka määräaika', timed.id],
    ]);
    expect((await people.viewer.client.get(`${base}/clock?year=1999`)).status).toBe(400);

    const ics = await fetch(`${server.url}${base}/calendar.ics`, { headers: { Authorization: `Bearer ${people.member.client.token}` } });
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const feed = readCalendar(await ics.text());
    const yearly = feed.bySummary('Hyvinvointiraportti valtuustolle')!;
    expect(yearly.startDate.isDate).toBe(true);
    expect(yearly.isRecurring()).toBe(true);
    expect(feed.days(yearly, 2028)).toEqual(['2026-05-15', '2027-05-15', '2028-05-15']);
    expect(yearly.description).toContain('Hyvinvointikoordinaattori');
    expect(feed.days(feed.bySummary('Laaja hyvinvointikertomus')!, 2034)).toEqual(['2025-11-30', '2029-11-30', '2033-11-30']);
    const once = feed.bySummary('Hyvinvointialueen neuvottelu; "syksy"')!;
    expect(once.isRecurring()).toBe(false);
    expect(once.description).toBe('Rivi 1\nRivi 2');
    const deadline = feed.bySummary('Tilannekyselyn määräaika: Kevään tilannekysely')!;
    expect([deadline.startDate.isDate, deadline.startDate.toString()]).toEqual([true, '2099-03-31']);
    const exact = feed.bySummary('Tilannekyselyn määräaika: Tarkka määräaika')!;
    expect(exact.startDate.toJSDate().toISOString()).toBe('2099-04-01T09:30:00.000Z');
    // Stable UIDs: a subscribed calendar updates instead of duplicating.
    expect(new Set(feed.events.map((e) => e.uid)).size).toBe(feed.events.length);

    // Changed and removed events follow.
    expect((await coordinator.request('PATCH', `${base}/clock/${report.body.id}`, { date: '2026-04-20' })).body.date).toBe('2026-04-20');
    expect((await coordinator.request('PATCH', `${base}/clock/${report.body.id}`, { color: 'red' })).status).toBe(400);
    expect((await coordinator.request('DELETE', `${base}/clock/nope`)).status).toBe(404);
    const events = (await coordinator.get(`${base}/clock`)).body.events;
    expect(events.find((e: any) => e.id === report.body.id).date).toBe('2026-04-20');
  });

  it('serves a private subscription link without a session until it is revoked or its owner leaves the group', async () => {
    const { people, admin } = fixture;
    const anonymous = new ApiClient(server.url);
    const created = await people.viewer.client.post(`${base}/calendar-links`, {});
    expect(created.status).toBe(201);
    const url = new URL(created.body.url);
    expect(url.pathname).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetch(created.body.url);
    expect(feed.status).toBe(200);
    expect(readCalendar(await feed.text()).events.length).toBeGreaterThan(0);
    // Only its hash is kept: the list never shows the address again.
    expect((await people.viewer.client.get(`${base}/calendar-links`)).body).toEqual([{ id: created.body.id, createdAt: expect.any(String) }]);
    expect((await anonymous.get(`/api/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await anonymous.get('/api/calendar/x.ics')).status).toBe(404);
    expect((await anonymous.get(`${base}/calendar.ics`)).status).toBe(401);
    // Another member cannot revoke it.
    expect((await people.member.client.request('DELETE', `${base}/calendar-links/${created.body.id}`)).status).toBe(404);

    const second = (await people.viewer.client.post(`${base}/calendar-links`, {})).body;
    expect((await people.viewer.client.request('DELETE', `${base}/calendar-links/${created.body.id}`)).status).toBe(204);
    expect((await fetch(created.body.url)).status).toBe(404);
    expect((await fetch(second.url)).status).toBe(200);
    await admin.request('DELETE', `${base}/members/${people.viewer.id}`);
    expect((await fetch(second.url)).status).toBe(404);
  });
});
