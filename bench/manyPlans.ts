// Many plans open at once, one client each: the memory each loaded plan costs the server, and
// whether the plans are unloaded once their last client has left.
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { planDocumentName } from '../shared/documentNames';
import { hocuspocusClient, providerSocket, type BenchClient } from './clients';
import type { BenchContext } from './context';
import { median, sleep } from './stats';
import { BareServer, HyteServer, type Target } from './targets';

/** Plans multiplexed over one socket (a browser has one socket per tab; this keeps the client process small). */
const PLANS_PER_SOCKET = 50;
const SETTLE_MS = 3000;

interface Sample {
  rssBefore: number;
  rssOpen: number;
  rssAfter: number;
  heapBefore: number;
  heapOpen: number;
  heapAfter: number;
  loaded: number;
  /** From the last client leaving until no document was loaded; NaN if not within the wait. */
  unloadMs: number;
  openMs: number;
}

export interface ManyPlansRow extends Sample {
  target: Exclude<Target, 'relay'>;
  plans: number;
  repetitions: number;
  /** (rssOpen − rssBefore) / plans, median over repetitions. */
  rssPerPlan: number;
  heapPerPlan: number;
  /** Median over repetitions of rssPerPlan / bare Hocuspocus' of the same round. */
  ratio?: number;
}

async function openAll(url: string, names: string[], token: string, initial?: Uint8Array): Promise<{ clients: BenchClient[]; sockets: HocuspocusProviderWebsocket[] }> {
  const clients: BenchClient[] = [];
  const sockets: HocuspocusProviderWebsocket[] = [];
  for (let start = 0; start < names.length; start += PLANS_PER_SOCKET) {
    const socket = providerSocket(url);
    sockets.push(socket);
    const batch = names.slice(start, start + PLANS_PER_SOCKET);
    clients.push(...(await Promise.all(batch.map((name) => hocuspocusClient(url, name, token, initial, { socket, timeoutMs: 120_000 })))));
  }
  return { clients, sockets };
}

async function measureOnce(
  ctx: BenchContext,
  target: 'hyte' | 'hocuspocus',
  count: number,
  planIds: string[],
  typicalState: Uint8Array,
  round: number,
): Promise<Sample> {
  const server = target === 'hyte' ? await HyteServer.start(ctx.hyte.dataDir, { token: ctx.hyte.token }) : await BareServer.start();
  try {
    const metrics = () => server.metrics();
    await sleep(SETTLE_MS);
    const before = await metrics();
    const rssBefore = server.rss();
    const started = performance.now();
    const { clients, sockets } =
      target === 'hyte'
        ? await openAll(server.collabUrl, planIds.slice(0, count).map(planDocumentName), ctx.hyte.token)
        : await openAll(server.collabUrl, Array.from({ length: count }, (_, i) => `plan:many-${round}-${i}`), 'bench', typicalState);
    const openMs = performance.now() - started;
    await sleep(SETTLE_MS);
    const open = await metrics();
    const rssOpen = server.rss();
    clients.forEach((c) => c.destroy());
    sockets.forEach((s) => s.destroy());
    const unloadMs = await server.documentsDownTo(0, 60_000);
    await sleep(SETTLE_MS);
    const rssAfter = server.rss();
    const after = await metrics();
    const sample: Sample = {
      rssBefore,
      rssOpen,
      rssAfter,
      heapBefore: before.heapUsedBytes,
      heapOpen: open.heapUsedBytes,
      heapAfter: after.heapUsedBytes,
      loaded: open.documentsLoaded,
      unloadMs,
      openMs,
    };
    ctx.log(
      `many plans ${target.padEnd(10)} ${count}: ${open.documentsLoaded} loaded, RSS ${(rssBefore / 1048576).toFixed(0)} → ${(rssOpen / 1048576).toFixed(0)} MB ` +
        `(${((rssOpen - rssBefore) / count / 1024).toFixed(0)} KB per plan), after unload ${(rssAfter / 1048576).toFixed(0)} MB (heap ${(open.heapUsedBytes / 1048576).toFixed(0)} → ${(after.heapUsedBytes / 1048576).toFixed(0)} MB), unloaded in ${unloadMs.toFixed(0)} ms, opened in ${openMs.toFixed(0)} ms`,
    );
    return sample;
  } finally {
    await server.stop();
  }
}

export async function manyPlans(ctx: BenchContext, counts: number[], planIds: string[], typicalState: Uint8Array, repetitions: number): Promise<ManyPlansRow[]> {
  const rows: ManyPlansRow[] = [];
  let round = 0;
  for (const count of counts) {
    const samples: Record<'hyte' | 'hocuspocus', Sample[]> = { hyte: [], hocuspocus: [] };
    for (let rep = 0; rep < repetitions; rep++) {
      const order = rep % 2 === 0 ? (['hyte', 'hocuspocus'] as const) : (['hocuspocus', 'hyte'] as const);
      for (const target of order) samples[target].push(await measureOnce(ctx, target, count, planIds, typicalState, round++));
    }
    const perPlan = (s: Sample) => (s.rssOpen - s.rssBefore) / count;
    for (const target of ['hyte', 'hocuspocus'] as const) {
      const list = samples[target];
      const pick = (key: keyof Sample) => median(list.map((s) => s[key]));
      rows.push({
        target,
        plans: count,
        repetitions: list.length,
        rssBefore: pick('rssBefore'),
        rssOpen: pick('rssOpen'),
        rssAfter: pick('rssAfter'),
        heapBefore: pick('heapBefore'),
        heapOpen: pick('heapOpen'),
        heapAfter: pick('heapAfter'),
        loaded: pick('loaded'),
        unloadMs: median(list.map((s) => (Number.isNaN(s.unloadMs) ? Infinity : s.unloadMs))),
        openMs: pick('openMs'),
        rssPerPlan: median(list.map(perPlan)),
        heapPerPlan: median(list.map((s) => (s.heapOpen - s.heapBefore) / count)),
        ratio: median(list.map((s, i) => perPlan(s) / perPlan(samples.hocuspocus[i]!))),
      });
    }
  }
  return rows;
}
