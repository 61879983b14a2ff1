// The Markdown the benchmark writes: the target table first, then every section's table.
import type { BrowserResult } from './browser';
import type { ColdStartResult } from './coldStart';
import type { ExportResult } from './exports';
import type { ManyPlansRow } from './manyPlans';
import type { PropagationResult } from './propagation';
import { indicatorBenchSection, type IndicatorBenchResult } from './indicators';
import type { PublicPageResult, ReaderLoad } from './publicPage';
import { fmt, median } from './stats';
import type { SustainedRow } from './sustained';
import { TARGET_LABEL, type Target } from './targets';

export interface BenchResults {
  config: {
    quick: boolean;
    clients: number[];
    iterations: number;
    repetitions: number;
    sustainedSeconds: number;
    sustainedRepetitions: number;
    manyRepetitions: number;
    coldRepetitions: number;
    exportRepetitions: number;
    largeCopies: number;
  };
  cores: number;
  cpuModel: string;
  node: string;
  restartMs: number;
  /** RSS of each server a second after it said it is ready, before any client, bytes. */
  startRss: Record<Exclude<Target, 'relay'>, number>;
  demoStateBytes: number;
  typicalStateBytes?: number;
  loadStart: number[];
  loadEnd: number[];
  minutes: number;
  propagation?: PropagationResult;
  sustained?: SustainedRow[];
  exports?: ExportResult;
  cold?: ColdStartResult;
  manyPlans?: ManyPlansRow[];
  browser?: BrowserResult;
  publicPage?: PublicPageResult;
  indicators?: IndicatorBenchResult;
  /** bench/browser-notes.md: what the browser section's numbers mean, before and after. */
  browserNotes?: string;
}

export interface TargetCheck {
  target: string;
  measured: string;
  limit: string;
  met: boolean | null;
}

const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');

export function checkTargets(r: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const p50 = r.propagation?.rows.filter((row) => row.target === 'hyte' && row.clients === 50) ?? [];
  const status50 = p50.find((row) => row.edit === 'status');
  const yws50 = r.propagation?.rows.find((row) => row.target === 'y-websocket' && row.clients === 50 && row.edit === 'status');
  checks.push({
    target: 'p99 of a real status change to 50 clients within 1.2× bare Hocuspocus (issue 18)',
    measured: status50
      ? `${fmt.ratio(status50.p99Ratio!)} (${fmt.ms(status50.p99)} ms)${yws50 ? `; y-websocket server ${fmt.ratio(yws50.p99Ratio!)}` : ''}; text edit ${p50.filter((row) => row.edit !== 'status').map((row) => fmt.ratio(row.p99Ratio!)).join(', ')}`
      : 'not measured',
    limit: '≤ 1.20×',
    met: status50 ? status50.p99Ratio! <= 1.2 : null,
  });
  const rssRatio = r.startRss.hyte / r.startRss.hocuspocus;
  checks.push({
    target: 'memory right after start within 1.8× bare Hocuspocus (issue 18)',
    measured: `${fmt.mb(r.startRss.hyte)} MB = ${fmt.ratio(rssRatio)} (bare ${fmt.mb(r.startRss.hocuspocus)} MB, y-websocket server ${fmt.mb(r.startRss['y-websocket'])} MB)`,
    limit: '≤ 1.80×',
    met: rssRatio <= 1.8,
  });
  const s150 = r.sustained?.filter((row) => row.clients === 150) ?? [];
  const h = s150.find((row) => row.target === 'hyte');
  const b = s150.find((row) => row.target === 'hocuspocus');
  checks.push({
    target: '150 clients × 2 edits/s: keeps up like bare Hocuspocus',
    measured:
      h && b
        ? `in window ${fmt.pct(h.inWindowShare)} (bare ${fmt.pct(b.inWindowShare)}), all delivered ${fmt.pct(h.share)} (bare ${fmt.pct(b.share)}), p99 ${fmt.ms(h.p99)} ms = ${fmt.ratio(h.p99Ratio!)} bare, server CPU ${h.serverCores.toFixed(2)} (bare ${b.serverCores.toFixed(2)}), client CPU ${h.clientCores.toFixed(2)}`
        : 'not measured',
    limit: 'everything delivered; in-window share ≥ bare − 2 points',
    met: h && b ? h.share >= Math.min(1, b.share) && h.inWindowShare >= b.inWindowShare - 0.02 : null,
  });
  const many = r.manyPlans?.filter((row) => row.target === 'hyte') ?? [];
  checks.push({
    target: 'RSS per loaded typical plan within 1.3× bare Hocuspocus',
    measured: many.length ? many.map((row) => `${row.plans} plans: ${fmt.kb(row.rssPerPlan)} KB = ${fmt.ratio(row.ratio!)}`).join(', ') : 'not measured',
    limit: '≤ 1.30×',
    met: many.length ? many.every((row) => row.ratio! <= 1.3) : null,
  });
  checks.push({
    target: `cold start: first sync of a ${r.cold ? fmt.mb(r.cold.stateBytes) : '1'} MB plan from disk`,
    measured: r.cold
      ? `server running ${fmt.ms(median(r.cold.unloaded))} ms, right after a restart ${fmt.ms(median(r.cold.afterRestart))} ms (medians)`
      : 'not measured',
    limit: '< 1000 ms',
    met: r.cold ? median(r.cold.unloaded) < 1000 && median(r.cold.afterRestart) < 1000 : null,
  });
  const docx = r.exports?.rows.find((row) => row.plan === 'Porvoo' && row.format === 'docx');
  checks.push({
    target: 'DOCX of the Porvoo plan',
    measured: docx ? `${fmt.ms(docx.medianMs)} ms median (first of the run ${fmt.ms(r.exports!.workerStartMs)} ms, starting the export worker)` : 'not measured',
    limit: '< 1000 ms',
    met: docx ? docx.medianMs < 1000 : null,
  });
  if (r.publicPage) {
    const pp = r.publicPage;
    checks.push({
      target: 'public page under anonymous readers: editors not slowed (issue 16)',
      measured:
        `at most ${pp.rps.page.toFixed(0)} req/s (static file ${pp.rps.static.toFixed(0)} req/s = ${fmt.ratio(pp.rps.page / pp.rps.static)}); ` +
        `readers at ${pp.config.pacedRate} req/s: editors' p99 ${fmt.ms(pp.editors['page-paced'].p99)} ms with the page's, ` +
        `${fmt.ms(pp.editors['static-paced'].p99)} ms with the static file's, ${fmt.ms(pp.editors.none.p99)} ms with none`,
      limit: 'no failed requests; at the same request rate, editors within 1.2× what the static file costs them',
      met: pp.failures.page === 0 && pp.failures['page-paced'] === 0 && pp.editors['page-paced'].p99 <= pp.editors['static-paced'].p99 * 1.2,
    });
  }
  if (r.browser) checks.push(...browserChecks(r.browser));
  return checks;
}

export function report(r: BenchResults, notes: string): string {
  const c = r.config;
  const out: string[] = [];
  out.push(`Written by \`npm run bench\` (${new Date().toISOString().slice(0, 10)}, ${r.cores} cores × ${r.cpuModel}, Node ${r.node}${c.quick ? ', QUICK configuration' : ''}).
Load average (1 / 5 / 15 min) at the start ${load(r.loadStart)}, at the end ${load(r.loadEnd)}; the run took ${r.minutes.toFixed(1)} min.
All servers are separate processes on loopback, started by the run; all clients are real \`@hocuspocus/provider\`
clients in the one benchmark process (the y-websocket server's speak its protocol over \`ws\`; the relay's are raw \`ws\` sockets carrying Yjs updates).

- **hyte**: the real server (\`server/main.ts\`, \`NODE_ENV=production\`) on a DATA_DIR, with authentication,
  the access checks and the journal that fsyncs every update before it is acknowledged.
- **bare Hocuspocus**: Hocuspocus 4 with default settings, no hooks, no storage (\`bench/bareHocuspocus.ts\`),
  given the same plan document (the Porvoo demo plan as the real server holds it, ${fmt.kb(r.demoStateBytes)} KB of Yjs state).
- **y-websocket server**: \`@y/websocket-server\`, the y-websocket provider's own server, memory only
  (\`bench/yWebsocketServer.ts\`), given the same document; its clients speak the y-websocket protocol.
- **ws relay**: the floor, a WebSocket relay that forwards frames within a room: no Yjs on the server, no acknowledgement.

Ratios (× bare) are taken within one round, where both servers ran back to back under the same load
of the machine, and then the median over the rounds is reported; the absolute columns are medians over the rounds too.
Rounds alternate the order (A B C, C B A, …).`);

  out.push(`## Targets\n\n${table(
    ['target', 'measured', 'limit', 'result'],
    checkTargets(r).map((t) => [t.target, t.measured, t.limit, t.met === null ? '–' : t.met ? '**met**' : '**missed**']),
  )}`);

  if (r.propagation) {
    const p = r.propagation;
    out.push(`## Propagation

One client of the plan makes an edit (a character typed at the start of a paragraph of the plan text,
or a measure's status changed in the table); the time until each other client has applied it. ${p.iterations}
edits per row and round, ${p.repetitions} rounds; the percentiles count every arrival at every other client,
"p99 last" the arrival at the last of them.

${table(
  ['server', 'clients', 'edit', 'p50 ms', 'p95 ms', 'p99 ms', 'p99 last ms', 'p50 × bare', 'p99 × bare'],
  p.rows.map((row) => [
    TARGET_LABEL[row.target],
    String(row.clients),
    row.edit,
    fmt.ms(row.p50),
    fmt.ms(row.p95),
    fmt.ms(row.p99),
    fmt.ms(row.allP99),
    row.target === 'hocuspocus' ? '1' : fmt.ratio(row.p50Ratio!),
    row.target === 'hocuspocus' ? '1' : fmt.ratio(row.p99Ratio!),
  ]),
)}

${p.rows.some((row) => row.lost > 0) ? `Arrivals lost (not within 10 s, left out of the percentiles): ${p.rows.filter((row) => row.lost > 0).map((row) => `${TARGET_LABEL[row.target]} ${row.clients} ${row.edit}: ${row.lost}`).join(', ')}.\n\n` : ''}CPU of the benchmark (client) process while measuring: ${Object.entries(p.clientCores)
      .map(([n, cores]) => `${n} clients ${(cores * 100).toFixed(0)}%`)
      .join(', ')} of one core. From 50 clients on, one edit means 49–149 Yjs applies in this one
process; its event loop, not a server, sets much of the latency, for all three servers alike.`);
  }

  if (r.publicPage) out.push(publicPageSection(r.publicPage));
  if (r.indicators) out.push(indicatorBenchSection(r.indicators));

  if (r.sustained) {
    out.push(`## Sustained load

Every client of one plan edits at a steady rate (alternately a character typed and a status changed,
spread evenly over the interval) for ${c.sustainedSeconds} s; ${c.sustainedRepetitions} rounds per row. An edit counts as
delivered when its Yjs clock arrives at a client. "In window": arrived before the editing stopped;
"all": arrived within 10 s after it. Latency over every arrival. Server CPU over the editing window,
in cores (1 = one core busy); RSS at its end.

${table(
  ['server', 'clients × edits/s', 'edits', 'expected arrivals', 'in window', 'all', 'drain ms', 'p50 ms', 'p99 ms', 'p99 × bare', 'server CPU', 'server RSS MB', 'client CPU'],
  r.sustained.map((row) => [
    TARGET_LABEL[row.target],
    `${row.clients} × ${row.rate}`,
    String(Math.round(row.edits)),
    String(Math.round(row.expected)),
    fmt.pct(row.inWindowShare),
    fmt.pct(row.share),
    Number.isFinite(row.drainMs) ? row.drainMs.toFixed(0) : '> 10000',
    fmt.ms(row.p50),
    fmt.ms(row.p99),
    row.target === 'hocuspocus' ? '1' : fmt.ratio(row.p99Ratio!),
    row.serverCores.toFixed(2),
    fmt.mb(row.serverRss),
    row.clientCores.toFixed(2),
  ]),
)}

The client process has one core at most, and on a loaded machine less: every edit is applied by every
other client in this one process (50 × 10/s: 24 500 applies per second; 150 × 2/s: 44 700), so from 50
clients on the clients, not the servers, are saturated and set the latency and the in-window share for
every server; compare the server CPU columns to see what the servers themselves spend. The relay is no
floor here: it forwards every frame on its own, while Hocuspocus merges the updates that arrive in one
event-loop turn into one message, so the relay's clients have more to apply.`);
  }

  if (r.manyPlans) {
    out.push(`## Many plans

N typical plans (the Porvoo measure table and text, ${r.typicalStateBytes ? `${fmt.kb(r.typicalStateBytes)} KB` : 'the demo plan\'s size'} of Yjs state each), one client each
(${50} plans multiplexed per socket), opened on a freshly started server; RSS read from \`/proc\` before
opening and 3 s after the last plan synced. Then every client leaves: "unloaded" is the time until the
server holds no document (\`GET /api/metrics\` \`documentsLoaded\`; bare Hocuspocus is asked over IPC). ${c.manyRepetitions}
rounds per row, each on new processes, alternating which server goes first.

${table(
  ['server', 'plans', 'loaded', 'RSS before MB', 'RSS open MB', 'RSS per plan KB', '× bare', 'heap per plan KB', 'unloaded after ms', 'RSS after MB', 'heap open → after MB', 'open all ms'],
  r.manyPlans.map((row) => [
    TARGET_LABEL[row.target],
    String(row.plans),
    String(Math.round(row.loaded)),
    fmt.mb(row.rssBefore),
    fmt.mb(row.rssOpen),
    fmt.kb(row.rssPerPlan),
    row.target === 'hocuspocus' ? '1' : fmt.ratio(row.ratio!),
    fmt.kb(row.heapPerPlan),
    Number.isFinite(row.unloadMs) ? row.unloadMs.toFixed(0) : '> 60000',
    fmt.mb(row.rssAfter),
    `${fmt.mb(row.heapOpen)} → ${fmt.mb(row.heapAfter)}`,
    row.openMs.toFixed(0),
  ]),
)}`);
  }

  if (r.cold) {
    const cs = r.cold;
    const cell = (v: number[]) => `${fmt.ms(median(v))} (${fmt.ms(Math.min(...v))}–${fmt.ms(Math.max(...v))})`;
    out.push(`## Cold start

A plan of ${fmt.kb(cs.stateBytes)} KB of Yjs state (the Porvoo measure table and its text repeated; ${fmt.kb(cs.diskBytes)} KB on disk
after compaction), not loaded: from creating a provider until it is synced (socket, authentication,
loading the plan from disk, the sync). Median (min–max) ms.

${table(
  ['case', 'first sync ms', 'rounds'],
  [
    ['hyte, server running, plan unloaded', cell(cs.unloaded), String(cs.unloaded.length)],
    ['hyte, first plan after a server restart', cell(cs.afterRestart), String(cs.afterRestart.length)],
    ['hyte, plan already loaded (another client has it open)', cell(cs.loadedHyte), String(cs.loadedHyte.length)],
    ['bare Hocuspocus, plan in memory (another client has it open)', cell(cs.loadedBare), String(cs.loadedBare.length)],
  ],
)}

The server's own start on this DATA_DIR (spawn until \`/api/health\` answers): ${cell(cs.processStart)} ms; at the
start of the run ${r.restartMs.toFixed(0)} ms.`);
  }

  if (r.exports) {
    out.push(`## Exports

\`GET /api/plans/:id/export?format=…\` until the last byte, rendered on the server's export worker thread.
${c.exportRepetitions} rounds after a first one, plans and formats interleaved. The very first export of the run
(it starts the worker thread) took ${fmt.ms(r.exports.workerStartMs)} ms.

${table(
  ['plan', 'measures', 'state KB', 'format', 'first ms', 'median ms', 'max ms', 'file KB'],
  r.exports.rows.map((row) => [row.plan, String(row.measures), fmt.kb(row.stateBytes), row.format, fmt.ms(row.firstMs), fmt.ms(row.medianMs), fmt.ms(row.maxMs), fmt.kb(row.fileBytes)]),
)}`);
  }

  if (r.browser) out.push(browserSection(r.browser, r.browserNotes ?? ''));

  if (notes.trim()) out.push(notes.trim());

  out.push(`Rerun: \`npm run bench\` (${r.minutes.toFixed(0)} min here; \`BENCH_QUICK=1\` for a quick check, \`BENCH_SECTIONS=propagation,sustained,exports,cold,many\`
to choose, \`BENCH_CPU_PROF=1\` to profile the real server; see \`bench/run.ts\`).`);
  return out.join('\n\n') + '\n';
}

/** Event Timing reports nothing under 16 ms: an interaction percentile that falls there reads "< 16". */
const latency = (v: number) => (v === 0 ? '< 16' : fmt.ms(v));

/** The targets of issue 18 for the measure table in the browser. */
export function browserChecks(b: BrowserResult): TargetCheck[] {
  const big = b.rows.find((row) => row.measures === 420);
  const small = b.rows.find((row) => row.measures === 60);
  const checks: TargetCheck[] = [];
  checks.push({
    target: 'browser, 420 measures under 50 remote edits/s: interaction p95, long tasks, backlog, typed text',
    measured: big
      ? `p95 ${latency(big.p95)} ms, long tasks ${fmt.pct(big.blockedShare)} of the time, backlog ${fmt.ms(big.backlogMs)} ms, typed text ${big.typedIntact ? 'intact' : '**damaged**'}`
      : 'not measured',
    limit: '≤ 50 ms, ≤ 25 %, ≤ 1000 ms, intact',
    met: big ? big.p95 <= 50 && big.blockedShare <= 0.25 && big.backlogMs <= 1000 && big.typedIntact : null,
  });
  checks.push({
    target: 'browser, 60 measures under 50 remote edits/s: interaction p95, backlog',
    measured: small ? `p95 ${latency(small.p95)} ms, backlog ${fmt.ms(small.backlogMs)} ms, typed text ${small.typedIntact ? 'intact' : '**damaged**'}` : 'not measured',
    limit: '≤ 16 ms, ≤ 200 ms',
    met: small ? small.p95 <= 16 && small.backlogMs <= 200 && small.typedIntact : null,
  });
  checks.push({
    target: 'browser, opening the 420-measure plan: first rows visible, fully interactive',
    measured: big ? `${fmt.ms(big.firstRowMs)} ms, ${fmt.ms(big.interactiveMs)} ms` : 'not measured',
    limit: '< 1000 ms, < 2000 ms',
    met: big ? big.firstRowMs < 1000 && big.interactiveMs < 2000 : null,
  });
  return checks;
}

/**
 * The browser section, between its own markers so that `npx tsx bench/browser.ts` can replace it alone.
 * `run` describes a standalone run (a full run says the date and load in its header).
 */
export function browserSection(b: BrowserResult, notes: string, run?: { date: Date; loadStart: number[]; loadEnd: number[] }): string {
  const c = b.config;
  const out: string[] = [];
  out.push(`## Browser: the measure table during a meeting

${run ? `Written by \`npx tsx bench/browser.ts\` (${run.date.toISOString().slice(0, 10)}; load average at the start ${load(run.loadStart)}, at the end ${load(run.loadEnd)}). ` : ''}Chromium ${b.chromium}
(Debian's, headless, 1280 × 900) opens a plan of N measures (the Porvoo table repeated) on the real server,
signed in through the login form. Once every row is there it types into a measure's status note, one key
per ${c.pauseMs} ms pause, while ${c.clients} provider clients in the benchmark process change the statuses of the other
measures (each measure has one writer, so its last status is known) at ${c.rate} edits/s in all for ${c.seconds} s.
Median of ${c.repetitions} runs per row, sizes interleaved.

- **interaction**: the Event Timing API's duration per keystroke (keydown to the next paint, the
  measure behind INP); entries under 16 ms are not reported and count as "< 16".
- **long tasks**: the share of the editing window the main thread spent in tasks over 50 ms.
- **typing ÷ pauses**: how long the typing took over its pauses alone (1: every key was taken at once).
- **backlog**: from the last remote edit sent until the page showed it. That edit is the only one of
  its measure and comes last over the page's one socket, so by then the page has applied all the others;
  "statuses shown" checks that afterwards every row shows its measure's last status.
- **main thread per edit**: Chromium's \`TaskDuration\` (and its script, style and layout parts) over the
  window and the backlog, divided by the remote edits.
- **first rows / interactive**: from the start of loading the plan's address until the first measure
  row was painted, and until a key typed into the table (sent as soon as every row was there) was handled.
- **all rows while others edit**: a second page opens the plan while the others go on at the same rate
  (someone joining the meeting late): from the start of loading until every row was there.

${table(
  ['measures', 'keys', 'interaction p50 / p95 / max ms', 'long tasks', 'typing ÷ pauses', 'remote edits', 'backlog ms', 'main thread per edit ms (script / style / layout)', 'typed text / statuses shown', 'first rows ms', 'interactive ms', 'all rows while others edit ms'],
  b.rows.map((row) => [
    String(row.measures),
    String(Math.round(row.keys)),
    `${latency(row.p50)} / ${latency(row.p95)} / ${latency(row.max)}`,
    fmt.pct(row.blockedShare),
    fmt.ratio(row.typingRatio),
    String(Math.round(row.remoteEdits)),
    Number.isFinite(row.backlogMs) ? row.backlogMs.toFixed(0) : '> 300000',
    `${fmt.ms(row.taskPerEditMs)} (${fmt.ms(row.scriptPerEditMs)} / ${fmt.ms(row.stylePerEditMs)} / ${fmt.ms(row.layoutPerEditMs)})`,
    `${row.typedIntact ? 'intact' : '**damaged**'} / ${row.allShown ? 'all' : '**not all**'}`,
    fmt.ms(row.firstRowMs),
    fmt.ms(row.interactiveMs),
    fmt.ms(row.busyAllRowsMs),
  ]),
)}`);
  const traced = b.rows.flatMap((row) => row.traces.map((trace) => ({ measures: row.measures, trace })));
  if (traced.length) {
    out.push(`Chromium traces of the profiled runs (window and backlog; tracing slows the page, so these show
where the time goes rather than how much there is). Main-thread ms by kind of work; "forced": style and
layout computed inside script because it asked for a size.

${table(
  ['measures', 'traced ms', 'script', 'style', 'layout', 'paint', 'gc', 'style + layout (count)', 'forced (count)'],
  traced.map(({ measures, trace: t }) => [
    String(measures),
    t.tracedMs.toFixed(0),
    ...['script', 'style', 'layout', 'paint', 'gc'].map((kind) => (t.byKind[kind] ?? 0).toFixed(0)),
    `${t.rendering.ms.toFixed(0)} (${t.rendering.count})`,
    `${t.forced.ms.toFixed(0)} (${t.forced.count})`,
  ]),
)}`);
  }
  out.push(table(
    ['target', 'measured', 'limit', 'result'],
    browserChecks(b).map((t) => [t.target, t.measured, t.limit, t.met === null ? '–' : t.met ? '**met**' : '**missed**']),
  ));
  if (notes.trim()) out.push(notes.trim());
  return `<!-- browser:start -->\n${out.join('\n\n')}\n<!-- browser:end -->`;
}

const READER_LOADS: Record<ReaderLoad, string> = {
  none: 'none',
  page: 'the public page, as fast as it answers',
  static: 'a static file, as fast as it answers',
  'page-paced': 'the public page, paced',
  'static-paced': 'a static file, paced',
};

function publicPageSection(pp: PublicPageResult): string {
  const { config: c } = pp;
  return `## Public page under readers

A published version of the Porvoo plan (\`${pp.pagePath}\`, ${fmt.kb(pp.pageBytes)} KB of HTML) read by ${c.connections}
concurrent anonymous connections for ${c.seconds} s (autocannon in its own process), against a static file of the web
app (\`${pp.staticPath}\`) served by the same Express as the floor; meanwhile ${c.editors} editors of the plan change
statuses one after another and the time until the other ${c.editors - 1} have each change is measured, also with no readers.
The readers ask either as fast as it answers (the most it serves) or at ${c.pacedRate} requests/s in all (paced, as
readers arriving from a front page do): as fast as it answers, the quicker of the two is asked more often, so only
the paced rows compare what each costs the editors.
${c.rounds} rounds, the five conditions interleaved; medians over the rounds.

${table(
  ['readers of', 'requests/s', 'reader p99 ms', 'failed', 'editors p50 ms', 'editors p99 ms'],
  (['none', 'page', 'static', 'page-paced', 'static-paced'] as const).map((load) => [
    READER_LOADS[load],
    load === 'none' ? '–' : pp.rps[load].toFixed(0),
    load === 'none' ? '–' : fmt.ms(pp.latencyP99[load]),
    load === 'none' ? '–' : String(pp.failures[load]),
    fmt.ms(pp.editors[load].p50),
    fmt.ms(pp.editors[load].p99),
  ]),
)}

The page is rendered once per publication and served from memory with an ETag (\`server/publishing/renderCache.ts\`);
on 2 cores the readers, the server and the editors' clients share the machine, so the editors' p99 under either
load mostly shows that sharing.`;
}
