// A build's identity: a hash of the files it is made from, so that "stale" means "made from other sources".
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const isTest = (name) => /\.test\.tsx?$/.test(name);

function* filesUnder(path) {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) yield* filesUnder(join(path, entry.name));
    else if (!isTest(entry.name)) yield join(path, entry.name);
  }
}

/** 12 hex digits of a SHA-256 over the paths and contents of `inputs` (files or folders under `root`; tests left out). */
export function sourceHash(root, inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    for (const file of filesUnder(path)) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 12);
}
