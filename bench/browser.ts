// The measure table in Chromium during a meeting: one person types into a cell while ten others change
// statuses at 50 edits per second in all. What the typist feels (Event Timing interactions, long tasks,
// the time each keystroke takes), how long the page needs to show everything once the others stop, and
// how long a big plan takes to open. Part of `npm run bench` (section `browser`), or alone:
//
//   npx tsx bench/browser.ts          writes the browser section of docs/benchmarks.md
//   BENCH_BROWSER_SIZES=60,420        measure counts of the plans; BENCH_BROWSER_REPETITIONS (default 2)
//   BENCH_BROWSER_SECONDS=10          length of the editing window
//   BENCH_BROWSER_RATE=50             the others' edits per second in all (0: the typist alone, the page's floor)
//   BENCH_BROWSER_PROFILE=1           also a Chromium trace and CPU profile per run, of the opening and of the editing (bench/profiles/)
//   BENCH_BROWSER_TRACE_EVENTS=1      with it, the main thread's trace events too (bench/profiles/*.events.json)
//   BENCH_BROWSER_CLIENT=dir          a web app built before (`vite build --outDir dir`) instead of building one
//   BENCH_QUICK=1                     one short round (writes /tmp/hyte-bench-browser.md); BENCH_OUT=path
//
// It builds the web app from the working tree itself (bench/browserClient.ts).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { PORVOO_DEMO } from '../shared/demo/porvoo';
import { planDocumentName } from '../shared/documentNames';
import { getEntityText, getMeasure, type MeasureTableInput } from '../shared/plan';
import { signIn } from '../tests/support/browser';
import { instrumentPage, showStatuses, whenStatusShown, type PageRecord } from './browserPage';
import { buildClient, launchBenchChromium, serveClient } from './browserClient';
import { startTrace, type TraceSummary } from './browserProfile';
import { hocuspocusClients, type BenchClient } from './clients';
import { measureIds, nextStatus } from './edits';
import { acknowledged, createPlan } from './plans';
import { ROOT } from './processes';
import { browserSection } from './report';
import { median, percentile, sleep, until } from './stats';
import { ADMIN, HyteServer } from './targets';

export interface BrowserConfig {
  sizes: number[];
  /** Remote provider clients, and their edits per second in all. */
  clients: number;
  rate: number;
  seconds: number;
  /** The typist's pause between keystrokes. */
  pauseMs: number;
  repetitions: number;
  profile: boolean;
  /** A built web app to load; unset: built from the working tree for the run. */
  client?: string;
}

interface Sample {
  /** Keystrokes typed in the window (each one interaction), and how many Event Timing reported (≥ 16 ms). */
  keys: number;
  reported: number;
  /** Interaction latency over every keystroke; the unreported ones count as under 16 ms. */
  p50: number;
  p95: number;
  max: number;
  /** Share of the editing window the main thread spent in long tasks (> 50 ms each). */
  blockedShare: number;
  /** The typing's wall time divided by the pauses alone: 1 means every keystroke was taken at once. */
  typingRatio: number;
  remoteEdits: number;
  /** From the last remote edit sent until the page showed every status; Infinity if not within the limit. */
  backlogMs: number;
  /** Main-thread time (Chromium's TaskDuration, and its script, style and layout parts) per remote edit, window and backlog. */
  taskPerEditMs: number;
  scriptPerEditMs: number;
  stylePerEditMs: number;
  layoutPerEditMs: number;
  typedIntact: boolean;
  /** Once the backlog was worked off, the page showed every remote status. */
  allShown: boolean;
  firstRowMs: number;
  interactiveMs: number;
  /** Opening the plan in a second page while the others go on changing statuses: until every row was there. */
  busyAllRowsMs: number;
  trace?: TraceSummary;
  /** The opening, from the navigation until the first key was handled (when profiling). */
  openingTrace?: TraceSummary;
}

export interface BrowserRow extends Omit<Sample, 'typedIntact' | 'allShown' | 'trace'> {
  measures: number;
  repetitions: number;
  /** Every repetition kept the typed text, and showed every remote status. */
  typedIntact: boolean;
  allShown: boolean;
  traces: TraceSummary[];
}

export interface BrowserResult {
  config: BrowserConfig;
  chromium: string;
  rows: BrowserRow[];
}

const BACKLOG_LIMIT_MS = 300_000;
// Plain keys, each a real keydown/keyup (characters off the keyboard layout would be inserted without them).
const TYPED = 'Kokous sopi etta raportti valmistuu kesakuussa ja vastuutaho kertoo etenemisesta syksylla. ';

/** A measure table of exactly `count` measures: the Porvoo table repeated (copies renamed) and cut off. */
export function measuresOfCount(count: number): MeasureTableInput {
  const focusAreas: MeasureTableInput['focusAreas'] = [];
  let left = count;
  for (let copy = 1; left > 0; copy++) {
    for (const focusArea of PORVOO_DEMO.measures.focusAreas) {
      const goals = (focusArea.goals ?? []).flatMap((goal) => {
        const measures = (goal.measures ?? []).slice(0, Math.max(0, left));
        left -= measures.length;
        return measures.length ? [{ ...goal, measures }] : [];
      });
      if (goals.length) focusAreas.push({ ...focusArea, title: `${focusArea.title} (${copy})`, goals });
    }
  }
  return { ...PORVOO_DEMO.measures, focusAreas };
}

/** Time the page spent (seconds, per Chromium's Performance domain) by kind. */
async function taskMetrics(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
}

/** The latency of each keystroke in the window: Event Timing's longest entry per interaction, 0 when none was reported. */
function interactionLatencies(record: PageRecord, from: number, to: number, keys: number): { values: number[]; reported: number } {
  const byInteraction = new Map<number, number>();
  for (const e of record.events) {
    if (e.interactionId === 0 || e.start < from || e.start > to) continue;
    byInteraction.set(e.interactionId, Math.max(byInteraction.get(e.interactionId) ?? 0, e.duration));
  }
  const values = [...byInteraction.values()];
  const reported = values.length;
  while (values.length < keys) values.push(0);
  return { values, reported };
}

function blockedShare(record: PageRecord, from: number, to: number): number {
  let blocked = 0;
  for (const task of record.longTasks) blocked += Math.max(0, Math.min(to, task.start + task.duration) - Math.max(from, task.start));
  return blocked / (to - from);
}

/** A page of the web app in `context`, signed in and instrumented (browserPage.ts), on about:blank. */
async function signedInPage(context: BrowserContext, hyte: HyteServer, client: string, count: number): Promise<Page> {
  await serveClient(context, hyte.url, client);
  const page = await context.newPage();
  await signIn(page, hyte.url, ADMIN.email, ADMIN.password);
  // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; the functions
  // serialised into the page need it there too.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  await context.addInitScript(instrumentPage, count);
  await page.goto('about:blank');
  return page;
}

/**
 * A second page opens the plan while the others change statuses at the benchmark's rate, as someone
 * joining a meeting late does: until every row of the table is there.
 */
async function openWhileOthersEdit(browser: Browser, hyte: HyteServer, client: string, planId: string, count: number, clients: BenchClient[], ids: string[], rate: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  let editing = true;
  try {
    const page = await signedInPage(context, hyte, client, count);
    const others = (async () => {
      for (let k = 0; editing && rate > 0; k++) {
        nextStatus(clients[k % clients.length]!.doc, ids[k % ids.length]!);
        await sleep(1000 / rate);
      }
    })();
    await page.goto(`${hyte.url}/#/plans/${encodeURIComponent(planId)}`);
    await page.waitForFunction(() => typeof window.__bench?.allRowsAt === 'number', undefined, { timeout: 60_000, polling: 100 });
    const allRowsAt = await page.evaluate(() => window.__bench!.allRowsAt!);
    editing = false;
    await others;
    return allRowsAt;
  } finally {
    editing = false;
    await context.close();
  }
}

async function runOnce(browser: Browser, hyte: HyteServer, client: string, config: BrowserConfig, count: number, run: number): Promise<Sample> {
  const planId = await createPlan(hyte, `Selaintesti ${count} (${run})`, measuresOfCount(count));
  // The offline shell's service worker would fetch the app past the routes.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  let clients: BenchClient[] = [];
  try {
    const page = await signedInPage(context, hyte, client, count);

    // Opening: a full load of the plan's address, timed from the navigation's start (and traced
    // when profiling, until the first key was handled).
    const openingCdp = config.profile ? await context.newCDPSession(page) : null;
    const stopOpeningTrace = openingCdp ? await startTrace(openingCdp, `${count}-${run}-opening`) : null;
    await page.goto(`${hyte.url}/#/plans/${encodeURIComponent(planId)}`);
    await page.waitForFunction(() => typeof window.__bench?.allRowsAt === 'number', undefined, { timeout: 60_000, polling: 'raf' });
    // The rows in the table's order, which is the plan's (measureIds).
    const ids = await page.evaluate(() => [...document.querySelectorAll('tr.mt-row')].map((row) => row.getAttribute('data-row-id')!));
    const typedId = ids[Math.floor(ids.length / 2)]!;
    // The last remote edit goes to a measure of its own (see whenStatusShown).
    const lastId = ids[0]!;
    const remote = ids.filter((id) => id !== typedId && id !== lastId);
    const cell = page.locator(`[id="mt-measure-${typedId}-statusNote"]`);
    await cell.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(TYPED[0]!);
    await page.waitForFunction(() => typeof window.__bench?.firstInputAt === 'number');
    const opened = await page.evaluate(() => window.__bench!);
    const openingTrace = stopOpeningTrace ? await stopOpeningTrace() : undefined;
    await openingCdp?.detach();
    // The others connect once the page has answered its first key, so that opening is measured alone
    // (before, their ten first syncs lay between the last row and that key).
    clients = await hocuspocusClients(hyte.collabUrl, planDocumentName(planId), hyte.token, config.clients);
    if (measureIds(clients[0]!.doc).join() !== ids.join()) throw new Error('browser benchmark: the table shows the measures in another order');
    const before = (await cell.inputValue()).slice(0, -1);
    let typed = TYPED[0]!;

    await sleep(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const stopTrace = config.profile ? await startTrace(cdp, `${count}-${run}`) : null;
    const startMetrics = await taskMetrics(cdp);
    const windowStart = await page.evaluate(() => performance.now());

    // The others: client i changes the statuses of every clients-th measure, so each measure has one
    // writer and its last status is known; edits spread evenly over time, late ticks made up.
    const owned = clients.map((_, i) => remote.filter((_, j) => j % clients.length === i));
    const interval = (1000 * clients.length) / config.rate;
    const start = performance.now() + 20;
    const end = start + config.seconds * 1000;
    const next = clients.map((_, i) => start + (i / clients.length) * interval);
    const made = clients.map(() => 0);
    const editing = (async () => {
      while (config.rate > 0 && (performance.now() < end || next.some((t) => t < end))) {
        const now = performance.now();
        clients.forEach((client, i) => {
          while (next[i]! <= now && next[i]! < end) {
            const mine = owned[i]!;
            nextStatus(client.doc, mine[made[i]! % mine.length]!);
            made[i]!++;
            next[i]! += interval;
          }
        });
        await sleep(2);
      }
    })();
    let keys = 0;
    let typingMs = 0;
    while (performance.now() < end) {
      const char = TYPED[typed.length % TYPED.length]!;
      const pressed = performance.now();
      await page.keyboard.press(char === ' ' ? 'Space' : char);
      typingMs += performance.now() - pressed + config.pauseMs;
      typed += char;
      keys++;
      await sleep(config.pauseMs);
    }
    await editing;
    nextStatus(clients[0]!.doc, lastId);
    const lastSentAt = Date.now();
    made[0]!++;
    const windowEnd = await page.evaluate(() => performance.now());

    // The backlog: until the page shows the last remote edit, and with it all before it.
    const statusOf = (id: string) => String(getMeasure(clients[0]!.doc, id)?.get('status'));
    const last: [string, string] = [lastId, statusOf(lastId)];
    const shownAt = await Promise.race([page.evaluate(whenStatusShown, last), sleep(BACKLOG_LIMIT_MS).then(() => Infinity)]);
    const backlogMs = shownAt - lastSentAt;
    await until(() => clients.every((client) => remote.every((id) => String(getMeasure(client.doc, id)?.get('status')) === statusOf(id))), 15_000);
    const shown = await page.evaluate(showStatuses, remote.map((id): [string, string] => [id, statusOf(id)]));
    const endMetrics = await taskMetrics(cdp);
    const trace = stopTrace ? await stopTrace() : undefined;
    const record = await page.evaluate(() => window.__bench!);

    // Typed text intact: in the box and, once acknowledged, in everyone's document.
    const want = before + typed;
    const boxValue = await cell.inputValue();
    const inDoc = await until(() => getEntityText(clients[0]!.doc, { kind: 'measure', id: typedId, field: 'statusNote' })?.toString() === want, 15_000);
    const edits = made.reduce((a, b) => a + b, 0);
    const { values, reported } = interactionLatencies(record, windowStart, windowEnd, keys);
    const per = (key: keyof typeof startMetrics) => ((endMetrics[key] - startMetrics[key]) * 1000) / edits;
    const busyAllRowsMs = await openWhileOthersEdit(browser, hyte, client, planId, count, clients, remote, config.rate);
    for (const client of clients) await acknowledged(client);
    return {
      keys,
      reported,
      p50: percentile(values, 50),
      p95: percentile(values, 95),
      max: Math.max(...values),
      blockedShare: blockedShare(record, windowStart, windowEnd),
      typingRatio: typingMs / (keys * config.pauseMs),
      remoteEdits: edits,
      backlogMs,
      taskPerEditMs: per('task'),
      scriptPerEditMs: per('script'),
      stylePerEditMs: per('style'),
      layoutPerEditMs: per('layout'),
      typedIntact: boxValue === want && inDoc,
      allShown: shown,
      firstRowMs: opened.firstRowAt ?? NaN,
      interactiveMs: opened.firstInputAt ?? NaN,
      busyAllRowsMs,
      trace,
      openingTrace,
    };
  } finally {
    clients.forEach((c) => c.destroy());
    await context.close();
  }
}

export async function browserBench(hyte: HyteServer, config: BrowserConfig, log: (m: string) => void): Promise<BrowserResult> {
  const built = config.client ? null : await mkdtemp(join(tmpdir(), 'hyte-bench-client-'));
  if (built) buildClient(built);
  const client = config.client ?? built!;
  const browser = await launchBenchChromium();
  const rows: BrowserRow[] = [];
  try {
    let run = 0;
    const samples = new Map<number, Sample[]>(config.sizes.map((n) => [n, []]));
    // Sizes interleaved within each round, so that a busy spell of the machine hits all of them.
    for (let round = 0; round < config.repetitions; round++) {
      for (const count of round % 2 === 0 ? config.sizes : [...config.sizes].reverse()) {
        const s = await runOnce(browser, hyte, client, config, count, run++);
        samples.get(count)!.push(s);
        log(
          `browser ${count} measures: ${s.keys} keys, interaction p50 ${s.p50.toFixed(0)} p95 ${s.p95.toFixed(0)} max ${s.max.toFixed(0)} ms, long tasks ${(s.blockedShare * 100).toFixed(0)}%, typing ${s.typingRatio.toFixed(2)}× pauses, ${s.remoteEdits} remote edits, backlog ${s.backlogMs.toFixed(0)} ms, main thread ${s.taskPerEditMs.toFixed(1)} ms/edit, typed intact ${s.typedIntact}, all shown ${s.allShown}, first row ${s.firstRowMs.toFixed(0)} ms, interactive ${s.interactiveMs.toFixed(0)} ms, all rows while others edit ${s.busyAllRowsMs.toFixed(0)} ms${s.trace ? `; trace ${JSON.stringify(s.trace.byKind)} forced ${s.trace.forced.count} (${s.trace.forced.ms.toFixed(0)} ms); top ${s.trace.top.map((e) => `${e.name} ${e.ms.toFixed(0)}/${e.count}`).join(', ')}` : ''}`,
        );
        if (s.openingTrace) log(`browser ${count} measures, opening: trace ${JSON.stringify(s.openingTrace.byKind)}; top ${s.openingTrace.top.map((e) => `${e.name} ${e.ms.toFixed(0)}/${e.count}`).join(', ')}; profile ${s.openingTrace.cpuProfile}`);
      }
    }
    for (const [measures, list] of samples) {
      const pick = (key: Exclude<keyof Sample, 'typedIntact' | 'allShown' | 'trace' | 'openingTrace'>) => median(list.map((s) => s[key]));
      rows.push({
        measures,
        repetitions: list.length,
        keys: pick('keys'),
        reported: pick('reported'),
        p50: pick('p50'),
        p95: pick('p95'),
        max: pick('max'),
        blockedShare: pick('blockedShare'),
        typingRatio: pick('typingRatio'),
        remoteEdits: pick('remoteEdits'),
        backlogMs: pick('backlogMs'),
        taskPerEditMs: pick('taskPerEditMs'),
        scriptPerEditMs: pick('scriptPerEditMs'),
        stylePerEditMs: pick('stylePerEditMs'),
        layoutPerEditMs: pick('layoutPerEditMs'),
        typedIntact: list.every((s) => s.typedIntact),
        allShown: list.every((s) => s.allShown),
        firstRowMs: pick('firstRowMs'),
        interactiveMs: pick('interactiveMs'),
        busyAllRowsMs: pick('busyAllRowsMs'),
        traces: list.flatMap((s) => (s.trace ? [s.trace] : [])),
      });
    }
    return { config, chromium: browser.version(), rows };
  } finally {
    await browser.close();
    if (built) await rm(built, { recursive: true, force: true });
  }
}

export function browserConfig(quick: boolean): BrowserConfig {
  const env = process.env;
  return {
    sizes: (env.BENCH_BROWSER_SIZES ?? '60,420').split(',').map(Number),
    clients: 10,
    rate: Number(env.BENCH_BROWSER_RATE ?? 50),
    seconds: Number(env.BENCH_BROWSER_SECONDS ?? (quick ? 4 : 10)),
    pauseMs: 120,
    repetitions: Number(env.BENCH_BROWSER_REPETITIONS ?? (quick ? 1 : 2)),
    profile: env.BENCH_BROWSER_PROFILE === '1',
    client: env.BENCH_BROWSER_CLIENT,
  };
}

const BLOCK = /<!-- browser:start -->[\s\S]*<!-- browser:end -->/;

/** Puts the section between its markers in `path`, or before the end of the main bench block, or at the end. */
export async function writeBrowserSection(path: string, section: string): Promise<void> {
  const previous = await readFile(path, 'utf8').catch(() => '# Benchmarks\n');
  let next: string;
  if (BLOCK.test(previous)) next = previous.replace(BLOCK, () => section.trim());
  else if (previous.includes('<!-- bench:end -->')) next = previous.replace('<!-- bench:end -->', () => `${section.trim()}\n\n<!-- bench:end -->`);
  else next = `${previous.trimEnd()}\n\n${section.trim()}\n`;
  await writeFile(path, next);
}

async function main(): Promise<void> {
  const quick = process.env.BENCH_QUICK === '1';
  const config = browserConfig(quick);
  const log = (m: string) => console.log(`[${new Date().toISOString().slice(11, 19)} load ${loadavg()[0]!.toFixed(2)}] ${m}`);
  const dataDir = await mkdtemp(join(tmpdir(), 'hyte-bench-browser-'));
  const hyte = await HyteServer.start(dataDir, { env: { SEED_DEMO: '0' } });
  const loadStart = loadavg();
  try {
    const result = await browserBench(hyte, config, log);
    const notes = await readFile(join(ROOT, 'bench/browser-notes.md'), 'utf8').catch(() => '');
    const section = browserSection(result, notes, { loadStart, loadEnd: loadavg(), date: new Date() });
    console.log(`\n${section}`);
    const out = process.env.BENCH_OUT ?? (quick ? '/tmp/hyte-bench-browser.md' : join(ROOT, 'docs/benchmarks.md'));
    await writeBrowserSection(out, section);
    log(`wrote ${out}`);
  } finally {
    await hyte.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
  process.exit(0);
}
