import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const HOOK = join(ROOT, 'server/logging/sourceMappedStacks.ts');

/** A program that fails two calls deep, bundled as the server is (scripts/build/server.mjs): its stack as plain Node prints it. */
const PROGRAM = `import { mapStacksOnDemand } from ${JSON.stringify(HOOK)};
mapStacksOnDemand();
class Store {
  save(): never {
    throw new TypeError('disk full');
  }
}
function storePlan(store: Store): never {
  return store.save();
}
try {
  storePlan(new Store());
} catch (error) {
  console.log((error as Error).stack);
}
const nodeError = (() => { try { Buffer.alloc(-1); } catch (error) { return error as Error; } })()!;
console.log(nodeError.stack!.split('\\n')[0]);
`;

let folder = '';
let program = '';

function stackOf(nodeArgs: string[] = []): string {
  return execFileSync(process.execPath, [...nodeArgs, join(folder, 'program.js')], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'hyte-stacks-'));
  program = join(folder, 'program.ts');
  await writeFile(program, PROGRAM);
  await build({ entryPoints: [program], outfile: join(folder, 'program.js'), bundle: true, platform: 'node', format: 'esm', target: 'node22', sourcemap: true, logLevel: 'silent' });
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('stacks mapped on demand', () => {
  it('points each frame of the bundle at its TypeScript line, with the source’s names, without --enable-source-maps', () => {
    const [heading, save, caller, top] = stackOf().split('\n');
    expect(heading).toBe('TypeError: disk full');
    expect(save).toBe(`    at Store.save (${program}:5:11)`);
    expect(caller).toBe(`    at storePlan (${program}:9:16)`);
    expect(top).toContain(`${program}:12:3`);
  });

  it('writes the same frames as Node’s own --enable-source-maps, and Node’s heading for its errors', () => {
    expect(stackOf()).toBe(stackOf(['--enable-source-maps']));
    expect(stackOf().trim().split('\n').at(-1)).toMatch(/^RangeError \[ERR_OUT_OF_RANGE\]: /);
  });

  it('is what `npm start` relies on: the start script does not make Node load every map at start (issue 18)', async () => {
    const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toContain('dist/server/main.js');
    expect(scripts.start).not.toContain('--enable-source-maps');
  });
});
