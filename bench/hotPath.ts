// `npx tsx bench/hotPath.ts`: issue 18's server measurements, quicker than the whole `npm run bench`:
// RSS right after start of the compiled real server, bare Hocuspocus and the y-websocket protocol server,
// then a real status change propagated to N clients of one plan on each, in interleaved rounds (A B C,
// C B A, …), the p99 of each round divided by bare Hocuspocus' in the same round, medians over rounds.
//
//   HOT_CLIENTS=50  HOT_ITERATIONS=100  HOT_ROUNDS=8  HOT_CPU_PROF=1 (the real server under --cpu-prof)
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { planDocumentName } from '../shared/documentNames';
import { hocuspocusClient, hocuspocusClients, measurePropagationDetailed, type BenchClient } from './clients';
import { editsFor } from './edits';
import { freshPorvooPlan } from './plans';
import { ROOT, rssBytes } from './processes';
import { median, percentile, sleep } from './stats';
import { BareServer, HyteServer, RoomServer } from './targets';
import { yWebsocketClients } from './yWebsocketClient';

const CLIENTS = Number(process.env.HOT_CLIENTS ?? 50);
const ITERATIONS = Number(process.env.HOT_ITERATIONS ?? 100);
const ROUNDS = Number(process.env.HOT_ROUNDS ?? 8);
const CPU_PROF = process.env.HOT_CPU_PROF === '1';
type Peer = 'hyte' | 'hocuspocus' | 'y-websocket';
const ORDER: Peer[] = ['hyte', 'hocuspocus', 'y-websocket'];
const log = (m: string) => console.log(`[load ${loadavg()[0]!.toFixed(2)}] ${m}`);
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);

/** RSS a moment after the process said it is ready (what it holds before any client came). */
async function settledRss(pid: number): Promise<number> {
  await sleep(1000);
  return rssBytes(pid);
}

const dataDir = await mkdtemp(join(tmpdir(), 'hyte-hot-'));
const profDir = join(ROOT, 'bench/profiles');
if (CPU_PROF) await mkdir(profDir, { recursive: true });
const first = await HyteServer.start(dataDir);
await first.stop();
const hyte = await HyteServer.start(dataDir, { token: first.token, port: first.port, nodeArgs: CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [] });
const bare = await BareServer.start();
const yws = await RoomServer.start('bench/yWebsocketServer.ts');
const rss = { hyte: await settledRss(hyte.pid), hocuspocus: await settledRss(bare.pid), 'y-websocket': await settledRss(yws.pid) };
log(`RSS after start: hyte ${mb(rss.hyte)} MB, bare Hocuspocus ${mb(rss.hocuspocus)} MB (${(rss.hyte / rss.hocuspocus).toFixed(2)}×), y-websocket ${mb(rss['y-websocket'])} MB`);

try {
  const probe = await hocuspocusClient(hyte.collabUrl, planDocumentName((await hyte.api<{ id: string }[]>('GET', '/plans'))[0]!.id), hyte.token);
  const demoState = Y.encodeStateAsUpdate(probe.doc);
  probe.destroy();
  const groups: Record<Peer, BenchClient[]> = {
    hyte: await hocuspocusClients(hyte.collabUrl, planDocumentName(await freshPorvooPlan(hyte, 'Hot path')), hyte.token, CLIENTS),
    hocuspocus: await hocuspocusClients(bare.collabUrl, 'plan:hot', 'bench', CLIENTS, { initial: demoState }),
    'y-websocket': await yWebsocketClients(yws.url('plan-hot'), demoState, CLIENTS),
  };
  await sleep(500);
  const edits = Object.fromEntries(ORDER.map((p) => [p, editsFor(groups[p][0]!.doc).status])) as Record<Peer, (d: Y.Doc, i: number) => void>;
  for (const peer of ORDER) await measurePropagationDetailed(groups[peer], edits[peer], 20); // warm-up
  const rounds: Record<Peer, { p50: number; p99: number }[]> = { hyte: [], hocuspocus: [], 'y-websocket': [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const peer of round % 2 === 0 ? ORDER : [...ORDER].reverse()) {
      const measured = await measurePropagationDetailed(groups[peer], edits[peer], ITERATIONS);
      rounds[peer].push({ p50: percentile(measured.arrivals, 50), p99: percentile(measured.arrivals, 99) });
    }
    log(`round ${round + 1}: ${ORDER.map((p) => `${p} p99 ${rounds[p].at(-1)!.p99.toFixed(1)}`).join(', ')} ms`);
  }
  for (const peer of ORDER) {
    const ratio = (key: 'p50' | 'p99') => median(rounds[peer].map((r, i) => r[key] / rounds.hocuspocus[i]![key]));
    log(
      `${peer.padEnd(11)} N=${CLIENTS} status: p50 ${median(rounds[peer].map((r) => r.p50)).toFixed(2)} ms, p99 ${median(rounds[peer].map((r) => r.p99)).toFixed(2)} ms; × bare: p50 ${ratio('p50').toFixed(2)}, p99 ${ratio('p99').toFixed(2)}`,
    );
  }
  for (const peer of ORDER) groups[peer].forEach((c) => c.destroy());
} finally {
  await Promise.all([hyte.stop(), bare.stop(), yws.stop()]);
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(0);
