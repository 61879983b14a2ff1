import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACTS, DAY_MS, dayFromNow, eventually, roundFixture, setClockOffset } from '../support/roundFixture';
import { ServerProcess } from '../support/serverProcess';
import { TestSmtpServer, to } from '../support/smtpServer';

const MINUTE = 60_000;
/** The clock offset that puts the server `ms` after the round's deadline (before it when negative). */
const offsetTo = (deadlineAt: string, ms: number) => new Date(deadlineAt).getTime() + ms - Date.now();
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

describe('reminders on a controllable clock, over real SMTP', () => {
  let smtp: TestSmtpServer;
  let server: ServerProcess;
  let clockDir: string;
  let clockFile: string;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    clockDir = await mkdtemp(join(tmpdir(), 'hyte-clock-'));
    clockFile = join(clockDir, 'offset');
    server = await ServerProcess.start({ SMTP_URL: smtp.url, SCHEDULER_POLL_MS: '200', HYTE_CLOCK_OFFSET_FILE: clockFile });
  });
  afterAll(async () => {
    await server?.destroy();
    await smtp?.stop();
    await rm(clockDir, { recursive: true, force: true });
  });

  it('reminds 7 and 1 days before and 7 days after, skips the one 2 days after the last mail, and never reminds an answered request', async () => {
    const { people, planId, measures } = await roundFixture(server.url);
    const round = (await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Muistutuskysely', deadline: dayFromNow(10), measureIds: [measures[1]!.id, measures[2]!.id] })).body;
    const liisaMails = () => smtp.received.filter((m) => to(CONTACTS.liikunta[0].email)(m) && m.parsed.subject!.includes('Muistutuskysely'));
    const sannaMails = () => smtp.received.filter((m) => to(CONTACTS.sivistys[0].email)(m) && m.parsed.subject!.includes('Muistutuskysely'));
    await eventually(async () => liisaMails().length + sannaMails().length, (n) => n === 2);

    // Sivistystoimi answers at once: no reminder will go to it.
    const sannaLink = /\/respond\/([A-Za-z0-9_-]+)/.exec(sannaMails()[0]!.parsed.text!)![1];
    expect((await fetch(`${server.url}/api/responses/${sannaLink}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers: [{ measureId: measures[1]!.id, status: 'done' }] }) })).status).toBe(200);

    await setClockOffset(clockFile, offsetTo(round.deadlineAt, -7 * DAY_MS + MINUTE));
    await eventually(async () => liisaMails().length, (n) => n === 2);
    expect(liisaMails()[1]!.parsed.subject).toMatch(/^Muistutus: Muistutuskysely/);

    await setClockOffset(clockFile, offsetTo(round.deadlineAt, -1 * DAY_MS + MINUTE));
    await eventually(async () => liisaMails().length, (n) => n === 3);

    // A day after the deadline, two days after the last mail: skipped.
    await setClockOffset(clockFile, offsetTo(round.deadlineAt, DAY_MS + MINUTE));
    await settle();
    expect(liisaMails()).toHaveLength(3);
    expect((await people.coordinator.client.get(`/api/plans/${planId}/rounds/${round.id}`)).body.requests.find((r: any) => r.party.name === 'Liikuntapalvelut').state).toBe('overdue');

    await setClockOffset(clockFile, offsetTo(round.deadlineAt, 7 * DAY_MS + MINUTE));
    await eventually(async () => liisaMails().length, (n) => n === 4);
    expect(liisaMails()[3]!.parsed.subject).toMatch(/^Määräaika meni: Muistutuskysely/);
    expect(liisaMails()[3]!.parsed.text).toContain('Ehdit vielä vastata');
    // Each mail has a link of its own that opens the request.
    const links = liisaMails().map((m) => /\/respond\/([A-Za-z0-9_-]+)/.exec(m.parsed.text!)![1]);
    expect(new Set(links).size).toBe(4);
    expect((await fetch(`${server.url}/api/responses/${links[3]}`)).status).toBe(200);

    // A reminder by hand goes at once, whatever the last mail was.
    const reminded = await people.coordinator.client.post(`/api/plans/${planId}/rounds/${round.id}/requests/${round.requests.find((r: any) => r.party.name === 'Liikuntapalvelut').id}/remind`, {});
    expect(reminded.status).toBe(200);
    await eventually(async () => liisaMails().length, (n) => n === 5);
    expect(sannaMails()).toHaveLength(1);
    expect((await people.member.client.post(`/api/plans/${planId}/rounds/${round.id}/requests/${round.requests[0].id}/remind`, {})).status).toBe(403);

    // The deadline's notice reached the coordinator's bell (and mail).
    const bell = (await people.coordinator.client.get('/api/notifications')).body;
    expect(bell.items.find((n: any) => n.kind === 'deadline')).toMatchObject({ data: { roundTitle: 'Muistutuskysely', answered: 1, total: 2 }, link: `/plans/${planId}/rounds/${round.id}` });
    await setClockOffset(clockFile, 0);
  });

  it('retries a mail the SMTP server refuses for now, shows it meanwhile, and keeps one refused for good as failed until retried by hand', async () => {
    const { admin, people, planId, measures } = await roundFixture(server.url);
    smtp.refuse = 451;
    await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Huoltokatko', deadline: dayFromNow(10), measureIds: [measures[2]!.id] });
    const outbox = async () => (await admin.get('/api/admin/outbox')).body;
    const queued = await eventually(outbox, (o) => o.messages.some((m: any) => m.subject.includes('Huoltokatko') && m.attempts === 1 && m.state === 'queued'));
    expect(queued.transport).toBe('smtp');
    const entry = queued.messages.find((m: any) => m.subject.includes('Huoltokatko'));
    expect(entry).toMatchObject({ to: { email: CONTACTS.liikunta[0].email }, category: 'round-request', lastError: expect.stringContaining('451'), nextAttemptAt: expect.any(String) });
    expect((await people.chair.client.get('/api/admin/outbox')).status).toBe(403);

    smtp.refuse = null;
    // The first retry waits a minute.
    await settle();
    expect(smtp.received.some((m) => m.parsed.subject!.includes('Huoltokatko'))).toBe(false);
    await setClockOffset(clockFile, 61_000);
    await smtp.waitFor((m) => m.parsed.subject!.includes('Huoltokatko'));
    expect((await admin.get(`/api/admin/outbox/${entry.id}`)).body).toMatchObject({ state: 'sent', attempts: 2, sentAt: expect.any(String) });

    // 550: refused for good, failed at once, retried by the administrator.
    smtp.refuse = 550;
    await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Hylätty osoite', deadline: dayFromNow(10), measureIds: [measures[2]!.id] });
    const failed = (await eventually(outbox, (o) => o.messages.some((m: any) => m.subject.includes('Hylätty osoite') && m.state === 'failed'))).messages.find((m: any) =>
      m.subject.includes('Hylätty osoite'),
    );
    expect(failed.lastError).toContain('550');
    smtp.refuse = null;
    expect((await admin.post(`/api/admin/outbox/${failed.id}/retry`, {})).status).toBe(200);
    await smtp.waitFor((m) => m.parsed.subject!.includes('Hylätty osoite'));
    expect((await admin.post(`/api/admin/outbox/${failed.id}/retry`, {})).status).toBe(409);
    await setClockOffset(clockFile, 0);
  });
});

describe('without SMTP_URL: the outbox, and a reminder missed while the server was down', () => {
  let server: ServerProcess;
  let clockDir: string;
  let clockFile: string;

  beforeAll(async () => {
    clockDir = await mkdtemp(join(tmpdir(), 'hyte-clock-'));
    clockFile = join(clockDir, 'offset');
    server = await ServerProcess.start({ PUBLIC_URL: 'https://hyte.porvoo.fi/', SCHEDULER_POLL_MS: '200', HYTE_CLOCK_OFFSET_FILE: clockFile });
  });
  afterAll(async () => {
    await server?.destroy();
    await rm(clockDir, { recursive: true, force: true });
  });

  const outboxFiles = async () => (await readdir(join(server.dataDir, 'outbox')).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort();
  const parsedOutbox = async () => Promise.all((await outboxFiles()).map(async (f) => simpleParser(await readFile(join(server.dataDir, 'outbox', f)))));

  it('keeps every message as an .eml file, lists it for administrators, and runs a missed reminder once after a restart', async () => {
    const { admin, people, planId, measures } = await roundFixture(server.url);
    const round = (await people.coordinator.client.post(`/api/plans/${planId}/rounds`, { title: 'Ulkolaatikko', deadline: dayFromNow(10), measureIds: [measures[2]!.id] })).body;
    await eventually(outboxFiles, (files) => files.length === 1);
    const [file] = await outboxFiles();
    expect(file).toMatch(/^\d{8}T\d{6}Z-[0-9a-f-]{36}\.eml$/);
    const [mail] = await parsedOutbox();
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toContain(CONTACTS.liikunta[0].email);
    // Links are built from PUBLIC_URL.
    expect(mail!.text).toMatch(/https:\/\/hyte\.porvoo\.fi\/respond\/[A-Za-z0-9_-]{43}/);
    expect(mail!.html).toContain('lang="fi"');

    const listed = (await admin.get('/api/admin/outbox')).body;
    expect(listed.transport).toBe('outbox');
    expect(listed.messages[0]).toMatchObject({ state: 'sent', file, category: 'round-request', to: { name: 'Liisa Liikunta', email: CONTACTS.liikunta[0].email } });
    const id = listed.messages[0].id;
    const raw = await fetch(`${server.url}/api/admin/outbox/${id}/raw`, { headers: { Authorization: `Bearer ${admin.token}` } });
    expect(raw.headers.get('content-type')).toContain('message/rfc822');
    expect(Buffer.from(await raw.arrayBuffer()).equals(await readFile(join(server.dataDir, 'outbox', file!)))).toBe(true);
    const html = await fetch(`${server.url}/api/admin/outbox/${id}/html`, { headers: { Authorization: `Bearer ${admin.token}` } });
    expect(html.headers.get('content-security-policy')).toContain('sandbox');
    expect(await html.text()).toContain('Ulkolaatikko');

    // Down over both reminders before the deadline: after the restart one goes, not two (3 days apart at least).
    await server.kill('SIGKILL');
    await setClockOffset(clockFile, offsetTo(round.deadlineAt, -DAY_MS + MINUTE));
    await server.spawn();
    await eventually(outboxFiles, (files) => files.length === 2);
    await settle();
    expect(await outboxFiles()).toHaveLength(2);
    expect((await parsedOutbox())[1]!.subject).toMatch(/^Muistutus: Ulkolaatikko/);
    // The reminder was kept by the restarted process; it is listed like any other.
    expect((await admin.get('/api/admin/outbox')).body.messages.map((m: any) => m.category)).toEqual(['reminder-before', 'round-request']);

    // A backup holds the rounds, the queue and the kept mail.
    const out = join(clockDir, 'backup');
    const backup = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', '--data-dir', server.dataDir, '--out', out], { encoding: 'utf8' });
    expect(backup.status, backup.stderr).toBe(0);
    expect(await readFile(join(out, 'cycle.json'), 'utf8')).toContain(round.id);
    expect((await readdir(join(out, 'outbox'))).sort()).toEqual(await outboxFiles());
    await setClockOffset(clockFile, 0);
  });
});
