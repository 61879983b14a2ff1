import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { CONTACTS, DAY_MS, PASSWORD, dayFromNow, eventually, roundFixture, setClockOffset } from '../support/roundFixture';
import type { ServerProcess } from '../support/serverProcess';
import { TestSmtpServer, to } from '../support/smtpServer';
import { ScaleoutCluster } from './cluster';
import { skipScaleout } from './services';

/**
 * Two server processes poll the same job queue in PostgreSQL every 50 ms:
 * each request mail and each reminder must reach the SMTP server once,
 * whichever process takes it.
 */
describe.skipIf(skipScaleout)('reminders with two server processes', () => {
  let cluster: ScaleoutCluster;
  let smtp: TestSmtpServer;
  let a: ServerProcess;
  let b: ServerProcess;
  let clockDir: string;
  let clockFile: string;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    clockDir = await mkdtemp(join(tmpdir(), 'hyte-clock-'));
    clockFile = join(clockDir, 'offset');
    // One clock file for both: they agree on the time, as servers with NTP do.
    cluster = await ScaleoutCluster.start({ SMTP_URL: smtp.url, SCHEDULER_POLL_MS: '50', HYTE_CLOCK_OFFSET_FILE: clockFile });
    [a, b] = await Promise.all([cluster.instance(), cluster.instance()]);
  });
  afterAll(async () => {
    await cluster?.stop();
    await smtp?.stop();
    await rm(clockDir, { recursive: true, force: true });
  });

  it('sends each request and each reminder once, whichever process takes it', async () => {
    const fixture = await roundFixture(a.url);
    const chairOnB = await ApiClient.login(b.url, fixture.people.chair.email, PASSWORD);
    const rounds = [];
    // Rounds opened through both processes, so that both have mail of their own to send too.
    for (let i = 0; i < 6; i++) {
      const through = i % 2 === 0 ? fixture.people.coordinator.client : chairOnB;
      const response = await through.post(`/api/plans/${fixture.planId}/rounds`, { title: `Kysely ${i}`, deadline: dayFromNow(10) });
      expect(response.status).toBe(201);
      rounds.push(response.body);
    }
    const recipients: string[] = [...CONTACTS.sivistys, ...CONTACTS.liikunta].map((c) => c.email as string).concat(fixture.people.coordinator.email);
    const mailsOf = (subject: RegExp) => smtp.received.filter((m) => subject.test(m.parsed.subject ?? ''));
    await eventually(async () => mailsOf(/^Tilannekysely: Kysely/).length, (n) => n === 6 * recipients.length);

    const deadlineAt = new Date(rounds[0].deadlineAt).getTime();
    await setClockOffset(clockFile, deadlineAt - 7 * DAY_MS + 60_000 - Date.now());
    await eventually(async () => mailsOf(/^Muistutus: Kysely/).length, (n) => n >= 6 * recipients.length);
    // Both processes poll on; nothing more arrives.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const email of recipients) {
      const subjects = mailsOf(/^Muistutus: Kysely/).filter(to(email)).map((m) => m.parsed.subject);
      expect(subjects.sort(), email).toEqual(rounds.map((r) => expect.stringContaining(`${r.title} –`)));
      expect(new Set(subjects).size).toBe(6);
    }
    expect(mailsOf(/^Muistutus: Kysely/)).toHaveLength(6 * recipients.length);
    expect(mailsOf(/^Tilannekysely: Kysely/)).toHaveLength(6 * recipients.length);
    // Either process shows the round the same.
    expect((await chairOnB.get(`/api/plans/${fixture.planId}/rounds/${rounds[0].id}`)).body).toEqual((await fixture.people.chair.client.get(`/api/plans/${fixture.planId}/rounds/${rounds[0].id}`)).body);
    await setClockOffset(clockFile, 0);
  });
});
