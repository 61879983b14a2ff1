// `npm run build` and `npm start`'s prestart: builds the web app and the compiled server, each only when its
// sources changed (`node scripts/build.mjs server` builds only the server). Progress goes to stderr, so that
// stdout carries nothing but the server's JSON log lines.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClient } from './build/client.mjs';
import { buildServer } from './build/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(root, 'dist');
const log = (line) => process.stderr.write(`${line}\n`);
const builders = { client: buildClient, server: buildServer };

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in builders));
if (unknown.length > 0) {
  log(`Unknown build target ${unknown.join(', ')}: use client, server or nothing for both`);
  process.exit(2);
}
try {
  for (const name of wanted.length > 0 ? wanted : Object.keys(builders)) await builders[name]({ root, distDir, log });
} catch (error) {
  log(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  if (error?.code === 'ERR_MODULE_NOT_FOUND') log('The build tools are devDependencies: run `npm ci` (without --omit=dev) first.');
  process.exit(1);
}
