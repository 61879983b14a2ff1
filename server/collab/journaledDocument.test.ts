import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FileDocumentStore } from '../storage/fileDocumentStore';
import { JournaledDocument } from './journaledDocument';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('never compacts away an update journaled for a connection but not yet applied', async () => {
  dir = await mkdtemp(join(tmpdir(), 'hyte-journaled-'));
  const store = new FileDocumentStore(dir);
  await store.init();
  await store.create('plan:x', Y.encodeStateAsUpdate(new Y.Doc()));
  const journaled = new JournaledDocument((await store.open('plan:x'))!.journal);

  const memory = new Y.Doc();
  const client = new Y.Doc();
  const updates: Uint8Array[] = [];
  client.on('update', (u: Uint8Array) => updates.push(u));
  client.getText('t').insert(0, 'applied ');
  client.getText('t').insert(8, 'pending');

  const connectionA = {};
  const connectionB = {};
  await journaled.appendFromConnection(connectionA, updates[0]!);
  Y.applyUpdate(memory, updates[0]!);
  journaled.markApplied(connectionA);
  // B's update is durable but Hocuspocus has not applied it to memory yet.
  await journaled.appendFromConnection(connectionB, updates[1]!);
  await journaled.compact(() => Y.encodeStateAsUpdate(memory));
  await journaled.close();

  const restored = new Y.Doc();
  for (const update of (await store.read('plan:x'))!) Y.applyUpdate(restored, update);
  expect(restored.getText('t').toString()).toBe('applied pending');
});
