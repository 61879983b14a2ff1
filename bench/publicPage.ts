// Issue 16: the public page of a published plan under a burst of anonymous readers while 50 editors
// edit. Requests per second come from autocannon in a process of its own, against the public page and,
// as the floor, against a static file of the web app served by the same Express; beside them, the
// editors' propagation of a status change with no readers, with readers of the page, and with readers
// of the static file. Conditions are interleaved within each round (A B C, C B A, …).
//
// Readers as fast as the server answers (autocannon's closed loop) give the most each serves, but not
// a fair comparison of what they cost the editors: the faster answer brings the next request sooner,
// so the cheaper of the two is asked more often. The paced conditions send the same number of requests
// per second to either (an open loop, as readers arriving from a front page do), and the editors under
// those two are what the target compares.
import { spawn, spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { planDocumentName } from '../shared/documentNames';
import { hocuspocusClients, measurePropagationDetailed } from './clients';
import type { BenchContext } from './context';
import { editsFor } from './edits';
import { freshPorvooPlan } from './plans';
import { ROOT } from './processes';
import { median, percentile, sleep } from './stats';

export interface PublicPageConfig {
  editors: number;
  /** autocannon's concurrent connections. */
  connections: number;
  /** Requests per second in all in the paced conditions. */
  pacedRate: number;
  seconds: number;
  rounds: number;
}

export type ReaderLoad = 'none' | 'page' | 'static' | 'page-paced' | 'static-paced';
type Readers = Exclude<ReaderLoad, 'none'>;
const LOADS: ReaderLoad[] = ['none', 'page', 'static', 'page-paced', 'static-paced'];

export interface PublicPageResult {
  config: PublicPageConfig;
  pagePath: string;
  staticPath: string;
  pageBytes: number;
  /** Medians over the rounds. */
  rps: Record<Readers, number>;
  latencyP99: Record<Readers, number>;
  /** Non-2xx answers and errors over all rounds. */
  failures: Record<Readers, number>;
  /** The editors' propagation p50/p99 (ms), median over the rounds, per reader load. */
  editors: Record<ReaderLoad, { p50: number; p99: number }>;
}

interface Cannonade {
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** autocannon in its own process, so its sockets and parsing do not share the editors' event loop. */
function cannonade(url: string, connections: number, seconds: number, overallRate?: number): Promise<Cannonade> {
  const pace = overallRate ? ['--overallRate', String(overallRate)] : [];
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/autocannon/autocannon.js'), '--json', '-c', String(connections), '-d', String(seconds), ...pace, url], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Cannonade) : reject(new Error(`autocannon exited with ${code}`))));
  });
}

/**
 * Builds the web app when it is not there. Called before the servers start: the server decides at start
 * whether it serves the app (an unbuilt one answers 503 for every file), so a build after it would not count.
 */
export async function ensureWebAppBuilt(): Promise<void> {
  const files = await readdir(join(ROOT, 'dist/client/assets')).catch(() => [] as string[]);
  if (files.some((f) => f.endsWith('.css'))) return;
  const built = spawnSync(process.execPath, ['scripts/build.mjs', 'client'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`web app build failed:\n${built.stderr}`);
}

/** A file of the built web app, as the floor the public page is compared with. */
async function staticAsset(): Promise<string> {
  const files = await readdir(join(ROOT, 'dist/client/assets'));
  return `/assets/${files.find((f) => f.endsWith('.css'))!}`;
}

export async function publicPage(ctx: BenchContext, config: PublicPageConfig): Promise<PublicPageResult> {
  const planId = await freshPorvooPlan(ctx.hyte, 'Julkinen sivu kuormassa');
  const published = await ctx.hyte.api<{ url: string }>('POST', `/plans/${planId}/publications`, { label: 'Julkaistu versio' });
  const pagePath = new URL(published.url).pathname;
  const staticPath = await staticAsset();
  const page = await fetch(ctx.hyte.url + pagePath);
  if (!page.ok) throw new Error(`public page answered ${page.status}`);
  const floor = await fetch(ctx.hyte.url + staticPath);
  if (!floor.ok) throw new Error(`static file ${staticPath} answered ${floor.status}`);
  await floor.arrayBuffer();
  const pageBytes = (await page.arrayBuffer()).byteLength;

  const editors = await hocuspocusClients(ctx.hyte.collabUrl, planDocumentName(planId), ctx.hyte.token, config.editors);
  const edit = editsFor(editors[0]!.doc).status;
  await measurePropagationDetailed(editors, edit, 20); // warm-up
  let offset = 20;
  const samples: Record<ReaderLoad, { p50: number; p99: number }[]> = { none: [], page: [], static: [], 'page-paced': [], 'static-paced': [] };
  const readers: Record<Readers, Cannonade[]> = { page: [], static: [], 'page-paced': [], 'static-paced': [] };
  const readersOf = (load: Readers) =>
    cannonade(ctx.hyte.url + (load.startsWith('page') ? pagePath : staticPath), config.connections, config.seconds, load.endsWith('-paced') ? config.pacedRate : undefined);
  try {
    for (let round = 0; round < config.rounds; round++) {
      for (const load of round % 2 === 0 ? LOADS : [...LOADS].reverse()) {
        const readersDone = load === 'none' ? undefined : readersOf(load);
        // Let autocannon connect before the editors are measured; then edit until the readers stop.
        if (readersDone) await sleep(500);
        const until = performance.now() + (config.seconds - 1) * 1000;
        const arrivals: number[] = [];
        do {
          const measured = await measurePropagationDetailed(editors, (d, i) => edit(d, offset + i), 20);
          offset += 20;
          arrivals.push(...measured.arrivals);
        } while (performance.now() < until);
        samples[load].push({ p50: percentile(arrivals, 50), p99: percentile(arrivals, 99) });
        if (readersDone) readers[load as Readers].push(await readersDone);
        const last = samples[load].at(-1)!;
        const rps = load === 'none' ? '' : `, readers ${readers[load as Readers].at(-1)!.requests.average.toFixed(0)} req/s`;
        ctx.log(`public page round ${round + 1} ${load.padEnd(12)} editors p50 ${last.p50.toFixed(1)} p99 ${last.p99.toFixed(1)} ms${rps}`);
      }
    }
  } finally {
    editors.forEach((c) => c.destroy());
  }
  const over = <T>(of: (load: Readers) => T) =>
    Object.fromEntries(LOADS.filter((load): load is Readers => load !== 'none').map((load) => [load, of(load)])) as Record<Readers, T>;
  const editorsOf = (load: ReaderLoad) => ({ p50: median(samples[load].map((s) => s.p50)), p99: median(samples[load].map((s) => s.p99)) });
  return {
    config,
    pagePath,
    staticPath,
    pageBytes,
    rps: over((load) => median(readers[load].map((r) => r.requests.average))),
    latencyP99: over((load) => median(readers[load].map((r) => r.latency.p99))),
    failures: over((load) => readers[load].reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0)),
    editors: { none: editorsOf('none'), ...over(editorsOf) },
  };
}
