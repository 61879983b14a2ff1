// `npm run backup [-- --data-dir DIR] [-- --out DIR]`: a consistent copy of a running server's DATA_DIR.
//
// Safe while the server runs: JSON files are replaced atomically by their
// writers, audit files only grow, and a document is copied as its snapshot
// followed by its journal segments; if a compaction deletes a segment while
// it is being copied, the newer snapshot covers it and the document is copied
// again. The copy is checked the way the server checks at start.
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FileDocumentStore } from '../server/storage/fileDocumentStore';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, out: { type: 'string' } },
});
const dataDir = resolve(values['data-dir'] ?? process.env.DATA_DIR ?? './data');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = resolve(values.out ?? join('backups', `hyte-${stamp}`));

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function copyFolder(from: string, to: string): Promise<number> {
  if (!(await exists(from))) return 0;
  await mkdir(to, { recursive: true });
  let count = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isFile() && !entry.name.endsWith('.tmp')) {
      await copyFile(join(from, entry.name), join(to, entry.name));
      count++;
    }
  }
  return count;
}

async function copyDocument(from: string, to: string): Promise<void> {
  for (let attempt = 1; attempt <= 20; attempt++) {
    await mkdir(to, { recursive: true });
    const files = (await readdir(from)).filter((f) => !f.endsWith('.tmp')).sort();
    // The snapshot first: segments deleted after this point are covered by a newer snapshot, caught below.
    const ordered = [...files.filter((f) => f === 'state.bin'), ...files.filter((f) => f !== 'state.bin')];
    try {
      for (const file of ordered) await copyFile(join(from, file), join(to, file));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`${from} kept changing under the copy; try again`);
}

async function main(): Promise<void> {
  if (!(await exists(join(dataDir, 'app.json')))) throw new Error(`${dataDir} is not a Hyte-työtila DATA_DIR (no app.json)`);
  await mkdir(out, { recursive: true });
  await copyFile(join(dataDir, 'app.json'), join(out, 'app.json'));
  // Status rounds, the mail and reminder queue, notifications and the annual clock (replaced atomically too), and the kept mail.
  if (await exists(join(dataDir, 'cycle.json'))) await copyFile(join(dataDir, 'cycle.json'), join(out, 'cycle.json'));
  await copyFolder(join(dataDir, 'outbox'), join(out, 'outbox'));
  const snapshots = await copyFolder(join(dataDir, 'snapshots'), join(out, 'snapshots'));
  const audit = await copyFolder(join(dataDir, 'audit'), join(out, 'audit'));
  const documentsDir = join(dataDir, 'documents');
  const documents = (await exists(documentsDir)) ? await readdir(documentsDir) : [];
  for (const name of documents) await copyDocument(join(documentsDir, name), join(out, 'documents', name));

  const verified = await new FileDocumentStore(out).verifyAll();
  console.log(`Backup of ${dataDir} written to ${out}: ${verified} documents, ${snapshots} snapshot files, ${audit} audit files.`);
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
