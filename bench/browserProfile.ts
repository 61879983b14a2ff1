// A Chromium performance trace of the page while the browser benchmark measures it (BENCH_BROWSER_PROFILE=1):
// the main thread's time by kind of work (script, style, layout, paint, garbage collection), the layouts
// forced from script (layout thrash), and a JavaScript CPU profile written to bench/profiles/ for
// `npx tsx bench/profileSummary.ts` or Chromium's DevTools. Tracing slows the page: profiled runs show
// where the time goes, the unprofiled runs how much there is.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { ROOT } from './processes';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; [key: string]: unknown };
}

/** Top-level kinds of main-thread work, by the trace event names Chromium's Performance panel uses. */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  'v8.run': 'script',
  'v8.callFunction': 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MC_BACKGROUND_EVACUATE_COPY': 'gc',
};
const SCRIPT = new Set(Object.keys(KINDS).filter((name) => KINDS[name] === 'script'));
const RENDERING = new Set(['UpdateLayoutTree', 'Layout']);

export interface TraceSummary {
  /** Wall time the trace covered, ms. */
  tracedMs: number;
  /** The renderer main thread's time by kind (outermost events only, so nothing counts twice), ms. */
  byKind: Record<string, number>;
  /** Style recalculations and layouts run inside script: the script asked for a size or position. */
  forced: { count: number; ms: number };
  /** All style recalculations and layouts. */
  rendering: { count: number; ms: number };
  /** The main thread's busiest trace events by name (inclusive time: nested events count in their parents too). */
  top: Array<{ name: string; ms: number; count: number }>;
  /** Where the JavaScript CPU profile was written. */
  cpuProfile: string;
}

/** Starts tracing and JavaScript sampling; the returned function stops both and summarises them. */
export async function startTrace(cdp: CDPSession, label: string): Promise<() => Promise<TraceSummary>> {
  const events: TraceEvent[] = [];
  // BENCH_BROWSER_TRACE_EVENTS=1 also writes the main thread's events, with their arguments (a layout's
  // dirty and total objects, say), beside the CPU profile.
  const keepArgs = process.env.BENCH_BROWSER_TRACE_EVENTS === '1';
  cdp.on('Tracing.dataCollected', ({ value }) => {
    // Only what the summary reads: the trace of a slow page holds millions of events.
    for (const event of value as unknown as TraceEvent[]) {
      if (event.ph === 'M' || event.ph === 'X') events.push({ name: event.name, ph: event.ph, pid: event.pid, tid: event.tid, ts: event.ts, dur: event.dur, args: event.ph === 'M' || keepArgs ? event.args : undefined });
    }
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,disabled-by-default-v8.gc',
    transferMode: 'ReportEvents',
  });
  const started = performance.now();
  return async () => {
    const tracedMs = performance.now() - started;
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    const { profile } = await cdp.send('Profiler.stop');
    const dir = join(ROOT, 'bench/profiles');
    await mkdir(dir, { recursive: true });
    const cpuProfile = join(dir, `browser-${label}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    await writeFile(cpuProfile, JSON.stringify(profile));
    const summary = summarise(events);
    if (keepArgs) await writeFile(cpuProfile.replace(/\.cpuprofile$/, '.events.json'), JSON.stringify(mainThread(events)));
    return { tracedMs, ...summary, cpuProfile };
  };
}

/** The renderer main thread's complete events, in order (an outer event before the ones it holds). */
function mainThread(events: TraceEvent[]): TraceEvent[] {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return events
    .filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
}

function summarise(events: TraceEvent[]): Omit<TraceSummary, 'tracedMs' | 'cpuProfile'> {
  const spans = mainThread(events);
  const byName = new Map<string, { ms: number; count: number }>();
  for (const span of spans) {
    const entry = byName.get(span.name) ?? { ms: 0, count: 0 };
    entry.ms += span.dur! / 1000;
    entry.count++;
    byName.set(span.name, entry);
  }
  const top = [...byName].map(([name, e]) => ({ name, ...e })).sort((a, b) => b.ms - a.ms).slice(0, 15);
  const byKind: Record<string, number> = {};
  const forced = { count: 0, ms: 0 };
  const rendering = { count: 0, ms: 0 };
  // The outermost span still open, and the outermost script span still open.
  let outerEnd = -Infinity;
  let scriptEnd = -Infinity;
  for (const span of spans) {
    if (!(span.name in KINDS)) continue;
    const end = span.ts + span.dur!;
    if (span.ts >= outerEnd) {
      byKind[KINDS[span.name]!] = (byKind[KINDS[span.name]!] ?? 0) + span.dur! / 1000;
      outerEnd = end;
    }
    if (RENDERING.has(span.name)) {
      rendering.count++;
      rendering.ms += span.dur! / 1000;
      if (span.ts < scriptEnd) {
        forced.count++;
        forced.ms += span.dur! / 1000;
      }
    }
    if (SCRIPT.has(span.name) && end > scriptEnd && span.ts >= scriptEnd) scriptEnd = end;
  }
  return { byKind, forced, rendering, top };
}
