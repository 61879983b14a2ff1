import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { ApiClient } from '../support/api';
import { connectClient } from '../support/collabClient';
import { bodyText } from '../support/planText';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const ROOT = resolve(import.meta.dirname, '../..');

describe('npm run backup and restore', () => {
  let server: ServerProcess;
  let restored: ServerProcess | null = null;
  const scratch = mkdtempSync(join(tmpdir(), 'hyte-backup-'));

  beforeAll(async () => {
    server = await ServerProcess.start();
  });
  afterAll(async () => {
    await server?.destroy();
    await restored?.destroy();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('copies a running server consistently; a server started on the copy has every edit acknowledged before the backup', async () => {
    const api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const planId = (await api.get('/api/plans')).body[0].id;
    await api.post(`/api/plans/${planId}/versions`, { label: 'Ennen varmuuskopiota' });
    const writer = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    let made = 0;
    let acknowledged = 0;
    writer.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      acknowledged = Math.max(acknowledged, made - number);
    });
    // Writing goes on during the backup, with compactions (2 s debounce) in between.
    let writing = true;
    const writes = (async () => {
      while (writing) {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(`varmistettava ${made}`)]);
        writer.doc.getXmlFragment('body').push([paragraph]);
        made++;
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await new Promise((r) => setTimeout(r, 2500));
    const acknowledgedBeforeBackup = acknowledged;

    const out = join(scratch, 'copy');
    const backup = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', '--data-dir', server.dataDir, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    writing = false;
    await writes;
    writer.destroy();
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Backup of .* written to .*: 1 documents/);

    // Restore as docs/operations.md says: the copy becomes a DATA_DIR.
    const dataDir = join(scratch, 'restored-data');
    cpSync(out, dataDir, { recursive: true });
    restored = await ServerProcess.start({ DATA_DIR: dataDir });
    const restoredApi = await ApiClient.login(restored.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const reader = await connectClient(restored.collabUrl, planDocumentName(planId), restoredApi.token!);
    const text = bodyText(reader.doc);
    reader.destroy();
    expect(acknowledgedBeforeBackup).toBeGreaterThan(50);
    for (let i = 0; i < acknowledgedBeforeBackup; i++) expect(text).toContain(`varmistettava ${i}<`);
    const versions = (await restoredApi.get(`/api/plans/${planId}/versions`)).body;
    expect(versions.map((v: { label: string }) => v.label)).toContain('Ennen varmuuskopiota');
    expect((await restoredApi.get(`/api/plans/${planId}/audit?entity=version`)).body).toHaveLength(1);
  });

  it('refuses a folder that is not a DATA_DIR', () => {
    const backup = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', '--data-dir', scratch, '--out', join(scratch, 'x')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(backup.status).toBe(1);
    expect(backup.stderr).toMatch(/not a Hyte-työtila DATA_DIR/);
  });
});
