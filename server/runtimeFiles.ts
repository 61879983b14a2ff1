import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the server's own files are, whether it runs from source (tsx: tests,
 * `npm run dev`) or compiled (`npm start`: scripts/build.mjs bundles every
 * entry point into one flat folder, dist/server-<hash>/). In a flat build
 * folder every bundle's `import.meta.url` lies in the build root, and from
 * source this file lies in server/, so `serverRoot` is right in both.
 * This file must therefore stay directly in server/.
 */
export const compiled = !import.meta.url.endsWith('.ts');

/** server/ from source; dist/server-<hash>/ compiled. */
export const serverRoot = fileURLToPath(new URL('.', import.meta.url));

/** The folder with package.json, dist/ and node_modules/. */
export const projectRoot = resolve(serverRoot, compiled ? '../..' : '..');

/**
 * A file the server reads at run time, by its path under server/. The build
 * copies such folders to the same path in the build folder (its `RESOURCES`).
 */
export function serverPath(relative: string): string {
  return join(serverRoot, relative);
}

/**
 * A worker thread's entry file, by its path under server/ without extension.
 * Worker entries are named `*Thread.ts`: the build finds them by that name and
 * writes each as `<name>.js` in the build root.
 */
export function workerFile(entry: `${string}Thread`): URL {
  const name = compiled ? `${entry.slice(entry.lastIndexOf('/') + 1)}.js` : `${entry}.ts`;
  return new URL(name, new URL('.', import.meta.url));
}

/**
 * Records this process in its build folder (`pids/<pid>`, removed on exit) so
 * that a later build never deletes a build a running process uses; a file left
 * by a killed process names a pid that is no longer alive. From source there is
 * nothing to protect.
 */
export function registerRunningBuild(): string | null {
  if (!compiled) return null;
  const file = join(serverRoot, 'pids', String(process.pid));
  mkdirSync(join(serverRoot, 'pids'), { recursive: true });
  writeFileSync(file, `${new Date().toISOString()}\n`);
  process.on('exit', () => rmSync(file, { force: true }));
  return file;
}
