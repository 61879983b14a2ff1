// Cold start: the time until a client has the first sync of a 1 MB plan that is on disk only.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { planDocumentName } from '../shared/documentNames';
import { hocuspocusClient } from './clients';
import type { BenchContext } from './context';
import { createPlanOfSize } from './plans';
import { median, sleep } from './stats';
import { HyteServer } from './targets';

export interface ColdStartResult {
  /** The plan's Yjs state as a client encodes it, and its files on disk after compaction. */
  stateBytes: number;
  diskBytes: number;
  /** Plan unloaded, server running: from creating the provider until it is synced, ms. */
  unloaded: number[];
  /** Right after a restart of the server (first document the new process loads). */
  afterRestart: number[];
  /** The server's own start (spawn until /api/health answers), at those restarts. */
  processStart: number[];
  /** The same plan while another client holds it loaded: the transfer and apply floor (hyte, bare Hocuspocus). */
  loadedHyte: number[];
  loadedBare: number[];
}

async function timeFirstSync(url: string, name: string, token: string): Promise<number> {
  const started = performance.now();
  const client = await hocuspocusClient(url, name, token);
  const ms = performance.now() - started;
  client.destroy();
  return ms;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder).catch(() => [] as string[])) total += (await stat(join(folder, entry))).size;
  return total;
}

export async function coldStart(ctx: BenchContext, bytes: number, repetitions: number): Promise<ColdStartResult> {
  const plan = await createPlanOfSize(ctx.hyte, 'Iso suunnitelma (1 MB)', bytes);
  const name = planDocumentName(plan.id);
  const unloadedOnce = async () => {
    if (Number.isNaN(await ctx.hyte.documentsDownTo(0, 30_000))) throw new Error('the plan was not unloaded');
  };
  await unloadedOnce();
  const diskBytes = await folderBytes(join(ctx.hyte.dataDir, 'documents', encodeURIComponent(name)));
  ctx.log(`cold start: plan of ${(plan.stateBytes / 1024).toFixed(0)} KB state, ${(diskBytes / 1024).toFixed(0)} KB on disk`);

  const result: ColdStartResult = { stateBytes: plan.stateBytes, diskBytes, unloaded: [], afterRestart: [], processStart: [], loadedHyte: [], loadedBare: [] };
  // Warm-up: the first load of the run pays for compiling the load path.
  await timeFirstSync(ctx.hyte.collabUrl, name, ctx.hyte.token);
  await unloadedOnce();

  const holderBare = await hocuspocusClient(ctx.bare.collabUrl, 'plan:cold-start', 'bench', undefined);
  // The bare server gets the same document from a client that keeps it open.
  {
    const source = await hocuspocusClient(ctx.hyte.collabUrl, name, ctx.hyte.token);
    Y.applyUpdate(holderBare.doc, Y.encodeStateAsUpdate(source.doc));
    source.destroy();
    await sleep(1000);
    await unloadedOnce();
  }

  for (let round = 0; round < repetitions; round++) {
    result.unloaded.push(await timeFirstSync(ctx.hyte.collabUrl, name, ctx.hyte.token));
    await unloadedOnce();
    // Loaded: one client holds the plan, another connects.
    const holder = await hocuspocusClient(ctx.hyte.collabUrl, name, ctx.hyte.token);
    result.loadedHyte.push(await timeFirstSync(ctx.hyte.collabUrl, name, ctx.hyte.token));
    holder.destroy();
    result.loadedBare.push(await timeFirstSync(ctx.bare.collabUrl, 'plan:cold-start', 'bench'));
    await unloadedOnce();
    ctx.log(
      `cold start round ${round + 1}: unloaded ${result.unloaded.at(-1)!.toFixed(0)} ms, loaded (hyte) ${result.loadedHyte.at(-1)!.toFixed(0)} ms, loaded (bare) ${result.loadedBare.at(-1)!.toFixed(0)} ms`,
    );
  }
  holderBare.destroy();

  const restarts = Math.max(1, Math.ceil(repetitions / 2));
  for (let round = 0; round < restarts; round++) {
    await ctx.hyte.stop();
    ctx.hyte = await HyteServer.start(ctx.hyte.dataDir, { port: ctx.hyte.port, token: ctx.hyte.token });
    result.processStart.push(ctx.hyte.process.startMs);
    result.afterRestart.push(await timeFirstSync(ctx.hyte.collabUrl, name, ctx.hyte.token));
    await unloadedOnce();
    ctx.log(`cold start after restart ${round + 1}: server up in ${ctx.hyte.process.startMs.toFixed(0)} ms, first sync ${result.afterRestart.at(-1)!.toFixed(0)} ms`);
  }
  return result;
}

export const coldSummary = (values: number[]) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
