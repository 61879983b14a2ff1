import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableFilePoolOptions } from '../../server/plans/upload/tableFilePool';
import { xlsxWithRows } from '../support/xlsxFile';

const ROOT = resolve(import.meta.dirname, '../..');
const DEFAULTS: TableFilePoolOptions = { threads: 1, queueSize: 0, timeoutMs: 60_000, memoryMb: 256 };

/**
 * The parse threads' own limits, behind the readers' checks: a parse past its
 * time or its heap ends its thread, never the server, and is answered 413.
 * Each case runs a real pool in a process of its own (see tableFilePoolRun.ts).
 */
describe('the upload pool stops a parse at its time and memory limits', () => {
  let folder: string;
  let file: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hyte-pool-'));
    file = join(folder, 'toimenpiteet.xlsx');
    // 20 000 measures of distinct texts (40 responsible parties, as real tables have few): a legal file that takes time and memory to read.
    const sheet = xlsxWithRows(20_001, (n) =>
      n === 1 ? ['Painopiste', 'Tavoite', 'Toimenpide', 'Vastuutaho', 'Mittari'] : [`Painopiste ${Math.floor(n / 400)}`, `Tavoite ${Math.floor(n / 10)}`, `Toimenpide numero ${n} ${'x'.repeat(80)}`, `Vastuutaho ${n % 40}`, `Mittari ${n}`],
    );
    await writeFile(file, sheet.bytes);
  });
  afterAll(async () => rm(folder, { recursive: true, force: true }));

  async function readThroughPool(options: Partial<TableFilePoolOptions>) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'tests/support/tableFilePoolRun.ts', file, 'xlsx', JSON.stringify({ ...DEFAULTS, ...options })], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent' },
      timeout: 120_000,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!);
  }

  it('reads the file within the default limits', async () => {
    expect(await readThroughPool({})).toMatchObject({ measures: 20_000 });
  });

  it('stops a parse past its time with a 413', async () => {
    expect(await readThroughPool({ timeoutMs: 50 })).toMatchObject({ status: 413, error: 'The file took longer than 0.05 s to read and was refused' });
  });

  it('stops a parse past its heap with a 413', async () => {
    expect(await readThroughPool({ memoryMb: 24 })).toMatchObject({ status: 413, error: 'Reading the file needed more than 24 MB of memory' });
  });
});
