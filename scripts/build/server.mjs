// The server as plain JavaScript: one esbuild bundle per entry point, dependencies left in node_modules.
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { moveIntoPlace, pointLink, removeUnusedBuilds, buildInFreshFolder } from './folders.mjs';
import { sourceHash } from './sourceHash.mjs';

/** What a server build is made from: a change to any of these makes a new one. */
const INPUTS = ['server', 'shared', 'tsconfig.json', 'package-lock.json', 'scripts/build'];
/** Folders the server reads at run time (`serverPath` in server/runtimeFiles.ts), copied to the same path in the build. */
const RESOURCES = ['storage/postgres/migrations'];

/**
 * The entry points, in this one place: the server itself and every worker
 * thread's entry file, which by convention is named `*Thread.ts`
 * (`workerFile` in server/runtimeFiles.ts loads only such names).
 */
export function serverEntryPoints(root) {
  return ['server/main.ts', ...findFiles(root, 'server', (name) => /Thread\.ts$/.test(name))];
}

function findFiles(root, dir, wanted) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findFiles(root, path, wanted);
    return wanted(entry.name) ? [path] : [];
  });
}

/** Builds `dist/server-<hash>/` unless it exists, points `dist/server` at it, and removes old builds nothing uses. */
export async function buildServer({ root, distDir, log }) {
  const hash = sourceHash(root, INPUTS);
  const name = `server-${hash}`;
  const target = join(distDir, name);
  if (!existsSync(join(target, 'build.json'))) {
    log(`Building the server (${name})…`);
    const folder = await buildInFreshFolder(distDir, 'server', async (folder) => {
      await bundle(root, folder, serverEntryPoints(root));
      for (const resource of RESOURCES) cpSync(join(root, 'server', resource), join(folder, resource), { recursive: true });
      // Where running servers record themselves (see folders.mjs); writable by every user, like /tmp, since the
      // service user is usually not the one who builds.
      mkdirSync(join(folder, 'pids'));
      chmodSync(join(folder, 'pids'), 0o1777);
      writeFileSync(join(folder, 'build.json'), `${JSON.stringify({ hash, builtAt: new Date().toISOString() }, null, 2)}\n`);
    });
    await moveIntoPlace(folder, target);
  }
  await pointLink(distDir, 'server', name);
  await removeUnusedBuilds(distDir, 'server-', name);
  return target;
}

async function bundle(root, outdir, entryPoints) {
  // Flat: each entry becomes `<name>.js` in the build root, so that `import.meta.url` lies there in every bundle.
  const names = entryPoints.map((entry) => basename(entry, '.ts'));
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`Two entry points are both called ${twice}: give worker files distinct names`);
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: entryPoints.map((entry, i) => ({ in: entry, out: names[i] })),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Dependencies stay in node_modules: resolved from the build folder upwards, as from source.
    packages: 'external',
    // Built beside dist/server-<hash>/ at the same depth, so the maps' ../../server/… paths stay right after the rename.
    sourcemap: true,
    logLevel: 'warning',
  });
}
