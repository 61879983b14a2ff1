import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDirectory, writeFileAtomic } from './fsUtil';

/**
 * The embedded store's quarantine: `DATA_DIR/quarantine/<document>/` holds,
 * for each journal record that could not be applied, `<seq>.bin` (the
 * record's bytes, as journaled) and `<seq>.json` (why, and when). It stays
 * until an operator deletes it (docs/operations.md).
 */
export class FileQuarantine {
  constructor(private readonly root: string) {}

  private folder(document: string): string {
    return join(this.root, encodeURIComponent(document));
  }

  /** Copies a record aside durably; `false` if it was already there. */
  async keep(document: string, seq: number, update: Uint8Array, reason: string): Promise<boolean> {
    const folder = this.folder(document);
    const data = join(folder, `${seq}.bin`);
    if (await exists(data)) return false;
    await mkdir(folder, { recursive: true });
    // Both new directory entries (the quarantine folder and the document's) must survive a power cut.
    await fsyncDirectory(this.root);
    await fsyncDirectory(folder);
    const about = { document, record: String(seq), reason, bytes: update.length, quarantinedAt: new Date().toISOString() };
    await writeFileAtomic(join(folder, `${seq}.json`), Buffer.from(`${JSON.stringify(about, null, 2)}\n`));
    // The data file last: its presence means the copy is complete.
    await writeFileAtomic(data, update);
    return true;
  }

  /** The documents with at least one record kept. */
  async documents(): Promise<string[]> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const documents: string[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const files = await readdir(join(this.root, entry.name)).catch(() => [] as string[]);
      if (files.some((file) => file.endsWith('.bin'))) documents.push(decodeURIComponent(entry.name));
    }
    return documents.sort();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
