// `npm run bench`: the real server against bare Hocuspocus 4, the y-websocket server and a bare ws relay, measured in the same
// run (interleaved, several repetitions, medians and ratios); writes docs/benchmarks.md between the
// `bench:start`/`bench:end` markers. A benchmark, not a test.
//
//   BENCH_QUICK=1            small, fast configuration for development (writes /tmp/hyte-bench-quick.md)
//   BENCH_SECTIONS=a,b       only these of propagation,sustained,exports,cold,public,indicators,browser,many
//   BENCH_CLIENTS=2,10,50    propagation client counts; BENCH_ITERATIONS, BENCH_REPETITIONS
//   BENCH_SUSTAINED=10x10,150x2  sustained load (clients x edits/s); BENCH_SUSTAINED_SECONDS, BENCH_SUSTAINED_REPETITIONS
//   BENCH_PLANS=100,1000     many plans; BENCH_PLANS_REPETITIONS
//   BENCH_CPU_PROF=1         runs the real server with --cpu-prof (profiles in bench/profiles/)
//   BENCH_BROWSER_*          the browser section's settings, see bench/browser.ts
//   BENCH_OUT=path           where to write the report
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { planDocumentName } from '../shared/documentNames';
import { hocuspocusClient } from './clients';
import { coldStart, type ColdStartResult } from './coldStart';
import { browserBench, browserConfig } from './browser';
import type { BenchContext } from './context';
import { exportTimes, type ExportResult } from './exports';
import { indicatorBench } from './indicators';
import { manyPlans, type ManyPlansRow } from './manyPlans';
import { createLargePlan, createTypicalPlans } from './plans';
import { propagation, type PropagationResult } from './propagation';
import { ensureWebAppBuilt, publicPage } from './publicPage';
import { ROOT } from './processes';
import { report, type BenchResults } from './report';
import { sustained, type SustainedConfig, type SustainedRow } from './sustained';
import { sleep } from './stats';
import { BareServer, HyteServer, RoomServer } from './targets';

const QUICK = process.env.BENCH_QUICK === '1';
const list = (v: string | undefined, fallback: string) => (v ?? fallback).split(',').map((s) => s.trim()).filter(Boolean);
const ALL_SECTIONS = 'propagation,sustained,exports,cold,public,indicators,browser,many';
const SECTIONS = new Set(list(process.env.BENCH_SECTIONS, ALL_SECTIONS));

export const CONFIG = {
  quick: QUICK,
  clients: list(process.env.BENCH_CLIENTS, QUICK ? '2,10' : '2,10,50,150').map(Number),
  iterations: Number(process.env.BENCH_ITERATIONS ?? (QUICK ? 30 : 100)),
  repetitions: Number(process.env.BENCH_REPETITIONS ?? (QUICK ? 2 : 4)),
  // clients x edits per second per client
  sustained: list(process.env.BENCH_SUSTAINED, QUICK ? '10x10' : '10x10,50x10,150x2').map((s): SustainedConfig => {
    const [clients, rate] = s.split('x').map(Number);
    return { clients: clients!, rate: rate! };
  }),
  sustainedSeconds: Number(process.env.BENCH_SUSTAINED_SECONDS ?? (QUICK ? 3 : 10)),
  sustainedRepetitions: Number(process.env.BENCH_SUSTAINED_REPETITIONS ?? (QUICK ? 1 : 3)),
  manyPlans: list(process.env.BENCH_PLANS, QUICK ? '20' : '100,1000').map(Number),
  manyRepetitions: Number(process.env.BENCH_PLANS_REPETITIONS ?? (QUICK ? 1 : 2)),
  coldBytes: QUICK ? 300_000 : 1_000_000,
  coldRepetitions: QUICK ? 2 : 5,
  exportRepetitions: QUICK ? 2 : 5,
  largeCopies: 10,
  cpuProf: process.env.BENCH_CPU_PROF === '1',
  browser: browserConfig(QUICK),
  publicPage: { editors: 50, connections: 50, pacedRate: 300, seconds: QUICK ? 4 : 10, rounds: QUICK ? 1 : 3 },
  indicators: { catalogueSize: 3_700, searchRounds: QUICK ? 3 : 10, charts: 20, exportRepetitions: QUICK ? 2 : 5 },
};

function log(message: string): void {
  const [one] = loadavg();
  console.log(`[${new Date().toISOString().slice(11, 19)} load ${one!.toFixed(2)}] ${message}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadStart = loadavg();
  log(`bench: ${cpus().length} cores, ${QUICK ? 'quick' : 'full'} configuration, sections ${[...SECTIONS].join(',')}`);
  if (SECTIONS.has('public')) await ensureWebAppBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'hyte-bench-'));
  const profDir = join(ROOT, 'bench/profiles');
  if (CONFIG.cpuProf) await mkdir(profDir, { recursive: true });
  const nodeArgs = CONFIG.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];

  // First start seeds the demo plan; the measured server is a restart on that DATA_DIR, as in production.
  const first = await HyteServer.start(dataDir);
  await first.stop();
  const hyte = await HyteServer.start(dataDir, { token: first.token, port: first.port, nodeArgs });
  const restartMs = hyte.process.startMs;
  const [bare, yWebsocket, relay] = await Promise.all([BareServer.start(), RoomServer.start('bench/yWebsocketServer.ts'), RoomServer.start('bench/wsRelay.ts')]);
  // Memory right after start: a moment after each said it is ready, before any client came.
  await sleep(1000);
  const startRss: BenchResults['startRss'] = { hyte: hyte.rss(), hocuspocus: bare.rss(), 'y-websocket': yWebsocket.rss() };
  const plans = await hyte.api<{ id: string; title: string }[]>('GET', '/plans');
  const demoId = plans[0]!.id;
  // The demo plan's state as the real server holds it: the bare servers get the same document.
  const probe = await hocuspocusClient(hyte.collabUrl, planDocumentName(demoId), hyte.token);
  const demoState = Y.encodeStateAsUpdate(probe.doc);
  probe.destroy();
  const ctx: BenchContext = { quick: QUICK, hyte, bare, yWebsocket, relay, demoId, demoState, log };
  log(`servers up; real server restart ${restartMs.toFixed(0)} ms; demo plan state ${(demoState.length / 1024).toFixed(0)} KB`);

  const results: BenchResults = { config: CONFIG, cores: cpus().length, cpuModel: cpus()[0]?.model ?? 'CPU', node: process.version, restartMs, startRss, demoStateBytes: demoState.length, loadStart, loadEnd: loadStart, minutes: 0 };
  try {
    if (SECTIONS.has('propagation')) {
      results.propagation = await propagation(ctx, CONFIG.clients, CONFIG.iterations, CONFIG.repetitions);
    }
    if (SECTIONS.has('sustained')) {
      results.sustained = await sustained(ctx, CONFIG.sustained, CONFIG.sustainedSeconds, CONFIG.sustainedRepetitions);
    }
    if (SECTIONS.has('exports')) {
      const large = await createLargePlan(ctx.hyte, 'Suunnitelma kymmenkertaisena', CONFIG.largeCopies);
      const porvooMeasures = 41;
      results.exports = await exportTimes(
        ctx,
        [
          { label: 'Porvoo', id: demoId, measures: porvooMeasures, stateBytes: demoState.length },
          { label: `Porvoo × ${CONFIG.largeCopies}`, id: large.id, measures: porvooMeasures * CONFIG.largeCopies, stateBytes: large.stateBytes },
        ],
        CONFIG.exportRepetitions,
      );
    }
    if (SECTIONS.has('cold')) {
      results.cold = await coldStart(ctx, CONFIG.coldBytes, CONFIG.coldRepetitions);
    }
    if (SECTIONS.has('public')) {
      results.publicPage = await publicPage(ctx, CONFIG.publicPage);
    }
    if (SECTIONS.has('indicators')) {
      results.indicators = await indicatorBench(CONFIG.indicators, log);
    }
    if (SECTIONS.has('browser')) {
      results.browser = await browserBench(ctx.hyte, CONFIG.browser, log);
      results.browserNotes = await readFile(join(ROOT, 'bench/browser-notes.md'), 'utf8').catch(() => '');
    }
    if (SECTIONS.has('many')) {
      const most = Math.max(...CONFIG.manyPlans);
      const typical = await createTypicalPlans(ctx.hyte, most, log);
      // Each measurement starts fresh server processes on the same DATA_DIR: the main one must go.
      await ctx.hyte.stop();
      results.manyPlans = await manyPlans(ctx, CONFIG.manyPlans, typical.ids, typical.state, CONFIG.manyRepetitions);
      results.typicalStateBytes = typical.state.length;
    }
  } finally {
    await Promise.all([ctx.hyte.stop(), ctx.bare.stop(), ctx.yWebsocket.stop(), ctx.relay.stop()]);
    await rm(dataDir, { recursive: true, force: true });
  }
  results.loadEnd = loadavg();
  results.minutes = (performance.now() - started) / 60_000;

  const section = report(results, await readFile(join(ROOT, 'bench/notes.md'), 'utf8').catch(() => ''));
  console.log(`\n${section}`);
  const out = process.env.BENCH_OUT ?? (QUICK || SECTIONS.size < ALL_SECTIONS.split(',').length ? '/tmp/hyte-bench-quick.md' : join(ROOT, 'docs/benchmarks.md'));
  await writeReport(out, section);
  log(`wrote ${out} (${results.minutes.toFixed(1)} min)`);
}

/** Replaces the part between the bench markers (or the whole file before the scale-out section), keeping the rest. */
async function writeReport(path: string, section: string): Promise<void> {
  const previous = await readFile(path, 'utf8').catch(() => '');
  const block = `<!-- bench:start -->\n${section.trim()}\n<!-- bench:end -->`;
  let next: string;
  if (/<!-- bench:start -->[\s\S]*<!-- bench:end -->/.test(previous)) {
    next = previous.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, () => block);
  } else {
    const scaleout = /<!-- scaleout:start -->[\s\S]*<!-- scaleout:end -->/.exec(previous)?.[0];
    next = `# Benchmarks\n\n${block}\n${scaleout ? `\n${scaleout}\n` : ''}`;
  }
  await writeFile(path, next);
}

export type { ColdStartResult, ExportResult, ManyPlansRow, PropagationResult, SustainedRow };

await main();
process.exit(0);
