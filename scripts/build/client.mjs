// The web app (Vite → dist/client), rebuilt only when its sources changed, and swapped in whole.
import { readFileSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { moveIntoPlace, buildInFreshFolder } from './folders.mjs';
import { sourceHash } from './sourceHash.mjs';

const INPUTS = ['client', 'shared', 'vite.config.ts', 'tsconfig.json', 'package-lock.json', 'scripts/build'];

function builtHash(folder) {
  try {
    return JSON.parse(readFileSync(join(folder, 'build.json'), 'utf8')).hash;
  } catch {
    return null;
  }
}

/**
 * Servers read dist/client file by file, so it stays one plain folder: the
 * new build is made beside it and swapped in with two renames (the folder is
 * missing only between them). Builders running at once each make their own
 * and one of them stays in place; they are made from the same sources.
 */
export async function buildClient({ root, distDir, log }) {
  const hash = sourceHash(root, INPUTS);
  const target = join(distDir, 'client');
  if (builtHash(target) === hash) return target;
  log('Building the web app…');
  const { build } = await import('vite');
  const folder = await buildInFreshFolder(distDir, 'client', async (folder) => {
    await build({ root: join(root, 'client'), configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: folder, emptyOutDir: true } });
    writeFileSync(join(folder, 'build.json'), `${JSON.stringify({ hash, builtAt: new Date().toISOString() }, null, 2)}\n`);
  });
  const old = join(distDir, `.old-client-${randomBytes(6).toString('hex')}`);
  await rename(target, old).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await moveIntoPlace(folder, target);
  await rm(old, { recursive: true, force: true });
  return target;
}
