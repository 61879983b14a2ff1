// Sustained load: every client of one plan edits at a steady rate; what arrives, how late, and what
// it costs the server.
import { planDocumentName } from '../shared/documentNames';
import { DeliveryTracker, hocuspocusClients, relayClients, type BenchClient } from './clients';
import type { BenchContext } from './context';
import { freshPorvooPlan } from './plans';
import { measureIds, nextStatus, textBlocks, typeInto } from './edits';
import { median, percentile, sleep, until } from './stats';
import type { Target } from './targets';

export interface SustainedConfig {
  clients: number;
  /** Edits per second per client. */
  rate: number;
}

interface Sample {
  edits: number;
  expected: number;
  /** Arrived by the end of the editing window. */
  deliveredInWindow: number;
  /** Arrived by the end of the drain (at most `DRAIN_MS` after the window). */
  delivered: number;
  /** From the end of the window until every edit had arrived everywhere; NaN if it did not within the drain. */
  drainMs: number;
  /** delivered / expected, and the same by the end of the window. */
  share: number;
  inWindowShare: number;
  p50: number;
  p99: number;
  serverCores: number;
  serverRss: number;
  clientCores: number;
}

export interface SustainedRow extends Sample {
  target: Target;
  clients: number;
  rate: number;
  seconds: number;
  repetitions: number;
  /** Median of the rounds' p99 divided by bare Hocuspocus' p99 of the same round. */
  p99Ratio?: number;
}

const DRAIN_MS = 10_000;

async function connect(ctx: BenchContext, target: Target, clients: number, run: number): Promise<BenchClient[]> {
  if (target === 'hyte') {
    const planId = await freshPorvooPlan(ctx.hyte, `Sustained ${run}`);
    return hocuspocusClients(ctx.hyte.collabUrl, planDocumentName(planId), ctx.hyte.token, clients);
  }
  if (target === 'hocuspocus') return hocuspocusClients(ctx.bare.collabUrl, `plan:sustained-${run}`, 'bench', clients, { initial: ctx.demoState });
  return relayClients(ctx.relay.url(`sustained-${run}`), ctx.demoState, clients);
}

async function runOnce(ctx: BenchContext, target: Target, config: SustainedConfig, seconds: number, run: number): Promise<Sample> {
  const group = await connect(ctx, target, config.clients, run);
  await sleep(1000);
  const server = target === 'hyte' ? ctx.hyte : target === 'hocuspocus' ? ctx.bare : ctx.relay;
  const blocks = textBlocks(group[0]!.doc);
  const measures = measureIds(group[0]!.doc);
  const tracker = new DeliveryTracker(group);

  const interval = 1000 / config.rate;
  const start = performance.now() + 20;
  const end = start + seconds * 1000;
  // Client i's k-th edit is due at start + (i / clients + k) · interval: spread evenly over each interval.
  const next = group.map((_, i) => start + (i / group.length) * interval);
  const count = group.map(() => 0);
  const serverCpu = server.cpu();
  const clientCpu = process.cpuUsage();
  for (;;) {
    const now = performance.now();
    for (let i = 0; i < group.length; i++) {
      // A late tick (the client process busy) makes up the edits it owes, also past the end of the
      // window: the offered load stays the same for every server.
      while (next[i]! <= now && next[i]! < end) {
        const k = count[i]!;
        count[i] = k + 1;
        const client = group[i]!;
        if ((k + i) % 2 === 0) tracker.edit(client, (d) => typeInto(d, blocks[i % blocks.length]!, k));
        else tracker.edit(client, (d) => nextStatus(d, measures[i % measures.length]!));
        next[i] = next[i]! + interval;
      }
    }
    if (now >= end) break;
    await sleep(2);
  }
  const windowMs = performance.now() - start;
  const cpu = serverCpu.stop();
  const clientUsed = process.cpuUsage(clientCpu);
  const serverRss = server.rss();
  const deliveredInWindow = tracker.delivered;
  const drainStart = performance.now();
  const drained = await until(() => tracker.delivered >= tracker.expected, DRAIN_MS, 10);
  const drainMs = drained ? performance.now() - drainStart : NaN;
  tracker.detach();
  const sample: Sample = {
    edits: tracker.edits,
    expected: tracker.expected,
    deliveredInWindow,
    delivered: tracker.delivered,
    drainMs,
    share: tracker.delivered / tracker.expected,
    inWindowShare: deliveredInWindow / tracker.expected,
    p50: percentile(tracker.latencies, 50),
    p99: percentile(tracker.latencies, 99),
    serverCores: cpu.cores,
    serverRss,
    clientCores: (clientUsed.user + clientUsed.system) / 1000 / windowMs,
  };
  group.forEach((c) => c.destroy());
  await sleep(1000);
  return sample;
}

export async function sustained(ctx: BenchContext, configs: SustainedConfig[], seconds: number, repetitions: number): Promise<SustainedRow[]> {
  const rows: SustainedRow[] = [];
  let run = 0;
  for (const config of configs) {
    // The y-websocket server is measured in the propagation section only.
    const samples: Record<Exclude<Target, 'y-websocket'>, Sample[]> = { hyte: [], hocuspocus: [], relay: [] };
    for (let round = 0; round < repetitions; round++) {
      // hyte, bare, relay; then relay, bare, hyte: the floor once per round as well, so all share the conditions.
      const order: Array<keyof typeof samples> = round % 2 === 0 ? ['hyte', 'hocuspocus', 'relay'] : ['relay', 'hocuspocus', 'hyte'];
      for (const target of order) {
        const sample = await runOnce(ctx, target, config, seconds, run++);
        samples[target].push(sample);
        ctx.log(
          `sustained ${target.padEnd(10)} N=${config.clients} × ${config.rate}/s: delivered ${sample.delivered}/${sample.expected} (in window ${sample.deliveredInWindow}), p50 ${sample.p50.toFixed(1)} p99 ${sample.p99.toFixed(1)} ms, drain ${sample.drainMs.toFixed(0)} ms, server ${(sample.serverCores * 100).toFixed(0)}% CPU ${(sample.serverRss / 1048576).toFixed(0)} MB, client ${(sample.clientCores * 100).toFixed(0)}% CPU`,
        );
      }
    }
    for (const target of ['hyte', 'hocuspocus', 'relay'] as const) {
      const list = samples[target];
      const pick = (key: keyof Sample) => median(list.map((s) => s[key]));
      rows.push({
        target,
        clients: config.clients,
        rate: config.rate,
        seconds,
        repetitions: list.length,
        edits: pick('edits'),
        expected: pick('expected'),
        deliveredInWindow: pick('deliveredInWindow'),
        delivered: pick('delivered'),
        // A repetition that never drained counts as the slowest (Infinity: "not within the drain").
        drainMs: median(list.map((s) => (Number.isNaN(s.drainMs) ? Infinity : s.drainMs))),
        share: pick('share'),
        inWindowShare: pick('inWindowShare'),
        p50: pick('p50'),
        p99: pick('p99'),
        serverCores: pick('serverCores'),
        serverRss: pick('serverRss'),
        clientCores: pick('clientCores'),
        p99Ratio: median(list.map((s, i) => s.p99 / samples.hocuspocus[i]!.p99)),
      });
    }
  }
  return rows;
}
