import { open, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Makes a created, renamed or deleted directory entry survive a power cut. */
export async function fsyncDirectory(pathInside: string): Promise<void> {
  const dir = await open(dirname(pathInside), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** Replaces `path` atomically: readers see the old or the new content, never a mix. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temporary = `${path}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await writeFile(handle, data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    // A half-written temporary file would only take the space that the next attempt needs.
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
  await fsyncDirectory(path);
}
