// Runs before `npm start`: builds the web app when it is missing or older than its sources.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const builtIndex = join(root, 'dist/client/index.html');

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['client', 'shared'].map((d) => join(root, d));
const stale =
  !existsSync(builtIndex) ||
  Math.max(...sources.map(newestSourceTime), statSync(join(root, 'vite.config.ts')).mtimeMs) > statSync(builtIndex).mtimeMs;

if (stale) {
  console.log('Building the web app…');
  execSync('npx vite build', { cwd: root, stdio: 'inherit' });
}
