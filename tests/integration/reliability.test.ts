import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { appendParagraph, bodyText, trackAcknowledged } from '../support/planText';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { TcpProxy } from '../support/tcpProxy';



describe('reliability under load and faults', () => {
  let server: ServerProcess;
  let api: ApiClient;
  let planId: string;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await api.post('/api/plans', { title: 'Kuormitettu suunnitelma' })).body.id;
  });
  afterAll(async () => server?.destroy());

  it('kill -9 under load: every edit any of 20 writers saw acknowledged is there after restart', async () => {
    const writers = await Promise.all(Array.from({ length: 20 }, () => connectClient(server.collabUrl, planDocumentName(planId), api.token!)));
    const counts = writers.map(trackAcknowledged);
    // Killed at a random moment, once enough edits were acknowledged to make the check mean something: on a
    // busy machine the first hundred acknowledgements can take longer than the shortest random wait.
    const killAt = Date.now() + 300 + Math.floor(Math.random() * 700);
    const enough = () => counts.reduce((sum, c) => sum + c.acknowledged, 0) > 100;
    const giveUpAt = Date.now() + 20_000;
    while ((Date.now() < killAt || !enough()) && Date.now() < giveUpAt) {
      writers.forEach((writer, w) => {
        appendParagraph(writer.doc, `kirjoittaja ${w} muutos ${counts[w]!.made}`);
        counts[w]!.made++;
      });
      await new Promise((r) => setTimeout(r, 10));
    }
    await server.kill('SIGKILL');
    const acknowledged = counts.map((c) => c.acknowledged);
    writers.forEach((w) => w.destroy());
    expect(acknowledged.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);

    await server.spawn();
    const reader = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    const text = bodyText(reader.doc);
    let missing = 0;
    acknowledged.forEach((count, w) => {
      for (let i = 0; i < count; i++) if (!text.includes(`kirjoittaja ${w} muutos ${i}<`)) missing++;
    });
    expect(missing).toBe(0);
    reader.destroy();
  });

  it('a client whose network stalls and drops mid-edit reconnects and its offline edits arrive', async () => {
    const proxy = new TcpProxy(server.port);
    await proxy.start();
    const observer = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    const traveller = await connectClient(`ws://127.0.0.1:${proxy.port}/collab`, planDocumentName(planId), api.token!, { reconnect: true });
    try {
      appendParagraph(traveller.doc, 'ennen katkosta');
      await waitFor(() => bodyText(observer.doc).includes('ennen katkosta'), 'edit before the fault');

      proxy.stall();
      appendParagraph(traveller.doc, 'jumissa kirjoitettu');
      await new Promise((r) => setTimeout(r, 200));
      expect(traveller.provider.hasUnsyncedChanges).toBe(true);
      proxy.cut();
      appendParagraph(traveller.doc, 'yhteydettä kirjoitettu');
      // Meanwhile the others keep working.
      appendParagraph(observer.doc, 'toinen jatkaa');
      proxy.heal();

      await waitForAcknowledged(traveller, 15_000);
      await waitFor(() => bodyText(observer.doc) === bodyText(traveller.doc), 'both sides converge');
      for (const text of ['jumissa kirjoitettu', 'yhteydettä kirjoitettu', 'toinen jatkaa']) expect(bodyText(observer.doc)).toContain(text);
    } finally {
      traveller.destroy();
      observer.destroy();
      await proxy.stop();
    }
  });
});

/** A full disk needs a small filesystem of our own: a tmpfs, which only root may mount. */
function mountTinyDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'hyte-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const tinyDisk = mountTinyDisk();

describe.skipIf(!tinyDisk)('a full disk', () => {
  afterAll(() => {
    if (tinyDisk) execFileSync('umount', ['-l', tinyDisk]);
  });

  it('makes the server refuse to acknowledge edits (clients see unsaved changes) and recover when space returns', async () => {
    const dataDir = join(tinyDisk!, 'data');
    const server = await ServerProcess.start({ SEED_DEMO: '0', DATA_DIR: dataDir });
    try {
      const api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
      const planId = (await api.post('/api/plans', { title: 'Täysi levy' })).body.id;
      const writer = await connectClient(server.collabUrl, planDocumentName(planId), api.token!, { reconnect: true });
      appendParagraph(writer.doc, 'tallessa ennen');
      await waitForAcknowledged(writer);

      // Fill the disk to the last byte.
      const filler = join(tinyDisk!, 'filler');
      try {
        writeFileSync(filler, Buffer.alloc(8 * 1024 * 1024));
      } catch {
        // ENOSPC: the disk is full now.
      }
      // Large enough to need new pages (a small record may still fit in the journal's last page).
      appendParagraph(writer.doc, `levy täynnä ${'x'.repeat(64 * 1024)}`);
      await new Promise((r) => setTimeout(r, 1500));
      expect(writer.provider.hasUnsyncedChanges).toBe(true);
      expect((await api.get('/api/health')).status).toBe(200);
      // The alarm is a JSON log line with `alarm: true`, naming the cause.
      const alarm = server.output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { alarm?: boolean; msg?: string; err?: { message?: string; code?: string } })
        .find((entry) => entry.alarm && entry.msg?.includes('cannot be stored'));
      expect(alarm?.err?.code ?? alarm?.err?.message).toMatch(/ENOSPC/);

      rmSync(filler);
      await waitForAcknowledged(writer, 20_000);
      writer.destroy();
      await server.kill('SIGKILL');
      await server.spawn();
      const reader = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
      expect(bodyText(reader.doc)).toContain('levy täynnä');
      reader.destroy();
    } finally {
      await server.kill('SIGKILL');
    }
  });
});
