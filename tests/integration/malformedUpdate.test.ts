import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { decodeSnapshot, encodeRecord } from '../../server/storage/logFormat';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged } from '../support/collabClient';
import { appendParagraph, bodyText } from '../support/planText';
import { RawCollabSocket } from '../support/rawCollab';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

/** Bytes that no Yjs decoder accepts ("Unexpected end of array"). */
const GARBAGE = new TextEncoder().encode('tämä ei ole Yjs-päivitys');

const documentFolder = (server: ServerProcess, name: string) => join(server.dataDir, 'documents', encodeURIComponent(name));
const quarantineFolder = (server: ServerProcess, name: string) => join(server.dataDir, 'quarantine', encodeURIComponent(name));

/** The text of every paragraph of `/data?include=body`, in order. */
async function storedParagraphs(api: ApiClient, planId: string): Promise<{ status: number; texts: string[] }> {
  const { status, body } = await api.get(`/api/plans/${planId}/data?include=body`);
  const texts: string[] = [];
  const walk = (node: { text?: string; content?: unknown[] }) => {
    if (typeof node.text === 'string') texts.push(node.text);
    for (const child of node.content ?? []) walk(child as typeof node);
  };
  if (status === 200) walk(body.body);
  return { status, texts };
}

/** The log lines the server wrote (JSON, one per line; anything else is skipped). */
function logLines(server: ServerProcess): Record<string, unknown>[] {
  return server.output.split('\n').flatMap((line) => {
    try {
      const parsed: unknown = JSON.parse(line);
      return typeof parsed === 'object' && parsed !== null ? [parsed as Record<string, unknown>] : [];
    } catch {
      return [];
    }
  });
}

describe('a malformed Yjs update never bricks a plan', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.destroy();
    server = undefined;
  });

  it('refuses a garbage Sync/Update frame without journaling it; acknowledged edits survive kill -9 and the plan opens', async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    const api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const planId = (await api.post('/api/plans', { title: 'Hyökkäyksen kohde' })).body.id as string;
    const name = planDocumentName(planId);
    const observer = await connectClient(server.collabUrl, name, api.token!);

    // An editor's socket (the administrator may edit) sends a frame whose payload is no Yjs update.
    const attacker = await RawCollabSocket.open(server.collabUrl);
    expect(await attacker.authenticate(name, api.token!)).toMatchObject({ kind: 'authenticated', scope: 'read-write' });
    attacker.sendUpdate(name, GARBAGE);
    // The sender is told it was refused (by the first check that catches it); its socket stays usable for other documents.
    expect(await attacker.next((m) => m.kind === 'closed')).toMatchObject({ document: name, reason: expect.stringMatching(/^Refused: /) });
    expect(attacker.socketClosed).toBeNull();
    attacker.close();

    // Everyone else keeps editing; what they saw acknowledged is durable.
    const editor = await connectClient(server.collabUrl, name, api.token!);
    for (const text of ['ensimmäinen kuitattu', 'toinen kuitattu']) {
      appendParagraph(editor.doc, text);
      await waitForAcknowledged(editor);
    }
    // The broadcast to another socket may arrive after the writer's acknowledgement: wait for it rather than race it.
    await waitFor(() => bodyText(observer.doc).includes('toinen kuitattu'), 'the edit on the observer');
    // Stopped before compaction (two seconds after the last change) could cover the journal.
    await server.kill('SIGKILL');
    editor.destroy();
    observer.destroy();

    await server.spawn();
    const data = await storedParagraphs(api, planId);
    expect(data.status).toBe(200);
    expect(data.texts).toEqual(expect.arrayContaining(['ensimmäinen kuitattu', 'toinen kuitattu']));
    const reader = await connectClient(server.collabUrl, name, api.token!);
    expect(bodyText(reader.doc)).toContain('toinen kuitattu');
    reader.destroy();
    // Nothing was set aside: the garbage never reached the journal.
    expect(existsSync(quarantineFolder(server, name))).toBe(false);
    expect(((await api.get('/api/ready')).body.reason ?? '') as string).not.toMatch(/quarantine/);
  });

  it('sets aside a journal record that cannot be applied (written by an older version), loads the rest and reports it', async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    const api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    // One plan is first read over REST (from storage), the other first opened on the socket.
    const plans = [];
    for (const title of ['Luettu ensin', 'Avattu ensin']) {
      const planId = (await api.post('/api/plans', { title })).body.id as string;
      const writer = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
      appendParagraph(writer.doc, 'ennen vauriota');
      await waitForAcknowledged(writer);
      writer.destroy();
      plans.push({ planId, name: planDocumentName(planId), doc: writer.doc, badSeq: 0 });
    }
    // A clean stop compacts everything into state.bin.
    await server.kill('SIGTERM');

    // The journal an older version could have left: an edit, garbage, another edit.
    for (const plan of plans) {
      const folder = documentFolder(server, plan.name);
      const { upTo } = decodeSnapshot('state.bin', await readFile(join(folder, 'state.bin')));
      const updates: Uint8Array[] = [];
      plan.doc.on('update', (update: Uint8Array) => updates.push(update));
      appendParagraph(plan.doc, 'vaurion edellä');
      appendParagraph(plan.doc, 'vaurion jälkeen');
      plan.badSeq = upTo + 2;
      const records = [encodeRecord(upTo + 1, updates[0]!), encodeRecord(plan.badSeq, GARBAGE), encodeRecord(upTo + 3, updates[1]!)];
      await writeFile(join(folder, `log-${String(upTo + 1).padStart(10, '0')}.bin`), Buffer.concat(records));
    }

    await server.spawn();
    const [readFirst, openedFirst] = plans as [(typeof plans)[0], (typeof plans)[0]];
    // Read from storage (the plan is not open): no 500, everything but the garbage.
    const data = await storedParagraphs(api, readFirst.planId);
    expect(data.status).toBe(200);
    expect(data.texts).toEqual(expect.arrayContaining(['ennen vauriota', 'vaurion edellä', 'vaurion jälkeen']));
    // Opened on the socket: providers sync, see the same and edit on.
    for (const plan of [openedFirst, readFirst]) {
      const reader = await connectClient(server.collabUrl, plan.name, api.token!);
      expect(bodyText(reader.doc)).toContain('vaurion jälkeen');
      appendParagraph(reader.doc, 'korjauksen jälkeen');
      await waitForAcknowledged(reader);
      reader.destroy();
    }

    // Each kept aside with its reason, raised as an alarm, and the server says it is not ready.
    for (const { name, badSeq } of plans) {
      const quarantine = quarantineFolder(server, name);
      expect(new Uint8Array(await readFile(join(quarantine, `${badSeq}.bin`)))).toEqual(GARBAGE);
      const reason = JSON.parse(await readFile(join(quarantine, `${badSeq}.json`), 'utf8'));
      expect(reason).toMatchObject({ document: name, record: String(badSeq), reason: expect.stringMatching(/Unexpected end of array/) });
      expect(logLines(server).filter((l) => l.alarm === true && l.document === name && l.level === 'error')).toHaveLength(1);
      expect((await readdir(quarantine)).sort()).toEqual([`${badSeq}.bin`, `${badSeq}.json`]);
    }
    const notReady = await api.get('/api/ready');
    expect(notReady.status).toBe(503);
    expect(notReady.body.reason).toMatch(new RegExp(`quarantine: .*${readFirst.name}, ${openedFirst.name}|quarantine: .*${openedFirst.name}, ${readFirst.name}`));

    // The operator inspects and clears it (docs/operations.md); it does not come back, the edits stay.
    for (const { name } of plans) await rm(quarantineFolder(server, name), { recursive: true });
    expect(((await api.get('/api/ready')).body.reason ?? '') as string).not.toMatch(/quarantine/);
    await server.restart();
    for (const plan of plans) {
      const after = await storedParagraphs(api, plan.planId);
      expect(after.texts).toEqual(expect.arrayContaining(['ennen vauriota', 'vaurion edellä', 'vaurion jälkeen', 'korjauksen jälkeen']));
      const reopened = await connectClient(server.collabUrl, plan.name, api.token!);
      reopened.destroy();
      expect(existsSync(quarantineFolder(server, plan.name))).toBe(false);
    }
    expect(((await api.get('/api/ready')).body.reason ?? '') as string).not.toMatch(/quarantine/);
  });
});
