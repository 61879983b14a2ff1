// Propagation of one edit to every other client of the same plan, for every server, interleaved.
import { planDocumentName } from '../shared/documentNames';
import { hocuspocusClients, measurePropagationDetailed, relayClients, type BenchClient } from './clients';
import { yWebsocketClients } from './yWebsocketClient';
import { EDIT_KINDS, editsFor, type EditKind } from './edits';
import { median, percentile, sleep } from './stats';
import type { BenchContext } from './context';
import { freshPorvooPlan } from './plans';
import type { Target } from './targets';

export interface PropagationRow {
  target: Target;
  clients: number;
  edit: EditKind;
  /** Medians over the repetitions of each repetition's percentile, ms (every arrival at every other client). */
  p50: number;
  p95: number;
  p99: number;
  /** Median over repetitions of the p99 of "until the last other client had it". */
  allP99: number;
  /** Median over repetitions of this row's p50 and p99 divided by bare Hocuspocus' in the same round. */
  p50Ratio?: number;
  p99Ratio?: number;
  repetitions: number;
  /** Arrivals that did not come within 10 s, over all rounds (left out of the percentiles). */
  lost: number;
}

export interface PropagationResult {
  rows: PropagationRow[];
  iterations: number;
  repetitions: number;
  /** Benchmark (client) process CPU while measuring at each client count, in cores. */
  clientCores: Record<number, number>;
  connectMs: Record<number, Record<Target, number>>;
}

const ORDER: Target[] = ['hyte', 'hocuspocus', 'y-websocket', 'relay'];

export async function propagation(ctx: BenchContext, counts: number[], iterations: number, repetitions: number): Promise<PropagationResult> {
  const rows: PropagationRow[] = [];
  const clientCores: Record<number, number> = {};
  const connectMs: PropagationResult['connectMs'] = {};
  for (const clients of counts) {
    // The groups stay connected for all repetitions of this count; each round measures them in turn.
    const groups = {} as Record<Target, BenchClient[]>;
    connectMs[clients] = {} as Record<Target, number>;
    for (const target of ORDER) {
      const started = performance.now();
      groups[target] =
        target === 'hyte'
          ? await hocuspocusClients(ctx.hyte.collabUrl, planDocumentName(await freshPorvooPlan(ctx.hyte, `Propagation ${clients}`)), ctx.hyte.token, clients)
          : target === 'hocuspocus'
            ? await hocuspocusClients(ctx.bare.collabUrl, `plan:propagation-${clients}`, 'bench', clients, { initial: ctx.demoState })
            : target === 'y-websocket'
              ? await yWebsocketClients(ctx.yWebsocket.url(`propagation-${clients}`), ctx.demoState, clients)
              : await relayClients(ctx.relay.url(`propagation-${clients}`), ctx.demoState, clients);
      connectMs[clients][target] = performance.now() - started;
    }
    await sleep(500);
    const edits = Object.fromEntries(ORDER.map((t) => [t, editsFor(groups[t][0]!.doc)])) as Record<Target, ReturnType<typeof editsFor>>;
    for (const target of ORDER) for (const edit of EDIT_KINDS) await measurePropagationDetailed(groups[target], edits[target][edit], 10); // warm-up

    const samples = new Map<string, { p50: number; p95: number; p99: number; allP99: number; lost: number }[]>();
    const clientCpu = process.cpuUsage();
    const clientStart = performance.now();
    let offset = 0;
    for (let round = 0; round < repetitions; round++) {
      // A B C, C B A, …: no server always goes first or last.
      const order = round % 2 === 0 ? ORDER : [...ORDER].reverse();
      for (const target of order) {
        for (const edit of EDIT_KINDS) {
          const measured = await measurePropagationDetailed(groups[target], (d, i) => edits[target][edit](d, offset + i), iterations);
          offset += iterations;
          const key = `${target}|${edit}`;
          const list = samples.get(key) ?? [];
          list.push({
            p50: percentile(measured.arrivals, 50),
            p95: percentile(measured.arrivals, 95),
            p99: percentile(measured.arrivals, 99),
            allP99: percentile(measured.all, 99),
            lost: measured.lost,
          });
          if (measured.lost > 0) ctx.log(`warning: ${measured.lost} arrivals lost (over 10 s) for ${key} at ${clients} clients`);
          samples.set(key, list);
        }
      }
    }
    const used = process.cpuUsage(clientCpu);
    clientCores[clients] = (used.user + used.system) / 1000 / (performance.now() - clientStart);

    for (const target of ORDER) {
      for (const edit of EDIT_KINDS) {
        const list = samples.get(`${target}|${edit}`)!;
        const bare = samples.get(`hocuspocus|${edit}`)!;
        const row: PropagationRow = {
          target,
          clients,
          edit,
          p50: median(list.map((s) => s.p50)),
          p95: median(list.map((s) => s.p95)),
          p99: median(list.map((s) => s.p99)),
          allP99: median(list.map((s) => s.allP99)),
          p50Ratio: median(list.map((s, i) => s.p50 / bare[i]!.p50)),
          p99Ratio: median(list.map((s, i) => s.p99 / bare[i]!.p99)),
          repetitions,
          lost: list.reduce((sum, s) => sum + s.lost, 0),
        };
        rows.push(row);
        ctx.log(
          `propagation ${target.padEnd(10)} N=${String(clients).padEnd(3)} ${edit.padEnd(6)} p50 ${row.p50.toFixed(2)} p99 ${row.p99.toFixed(2)} ms (p99 × bare ${row.p99Ratio!.toFixed(2)})`,
        );
      }
    }
    for (const target of ORDER) groups[target].forEach((c) => c.destroy());
    await sleep(500);
  }
  return { rows, iterations, repetitions, clientCores, connectMs };
}
