// Export times: the file as the browser downloads it (request until the last byte), rendered by the
// server's export worker.
import type { BenchContext } from './context';
import { median } from './stats';

export const EXPORT_BENCH_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ExportBenchFormat = (typeof EXPORT_BENCH_FORMATS)[number];

export interface ExportPlan {
  label: string;
  id: string;
  measures: number;
  stateBytes: number;
}

export interface ExportRow {
  plan: string;
  measures: number;
  stateBytes: number;
  format: ExportBenchFormat;
  /** The first request of the run for this plan and format (the worker may still be starting on the very first). */
  firstMs: number;
  medianMs: number;
  maxMs: number;
  fileBytes: number;
  repetitions: number;
}

export interface ExportResult {
  rows: ExportRow[];
  /** The very first export of the run: it starts the export worker. */
  workerStartMs: number;
}

async function timeExport(ctx: BenchContext, planId: string, format: ExportBenchFormat): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${ctx.hyte.url}/api/plans/${planId}/export?format=${format}`, {
    headers: { Authorization: `Bearer ${ctx.hyte.token}` },
  });
  if (!response.ok) throw new Error(`export ${format}: ${response.status} ${await response.text()}`);
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes };
}

export async function exportTimes(ctx: BenchContext, plans: ExportPlan[], repetitions: number): Promise<ExportResult> {
  const samples = new Map<string, { ms: number[]; bytes: number }>();
  // The first export starts the worker thread: timed on its own, on the small plan's DOCX.
  const workerStart = await timeExport(ctx, plans[0]!.id, 'docx');
  ctx.log(`export: first request of the run (starts the export worker) ${workerStart.ms.toFixed(0)} ms`);
  for (let round = 0; round < repetitions + 1; round++) {
    // Plans and formats interleaved, in reverse order every other round.
    const order = plans.flatMap((plan) => EXPORT_BENCH_FORMATS.map((format) => ({ plan, format })));
    if (round % 2 === 1) order.reverse();
    for (const { plan, format } of order) {
      const timed = await timeExport(ctx, plan.id, format);
      const key = `${plan.label}|${format}`;
      const entry = samples.get(key) ?? { ms: [], bytes: timed.bytes };
      entry.ms.push(timed.ms);
      samples.set(key, entry);
    }
  }
  const rows: ExportRow[] = [];
  for (const plan of plans) {
    for (const format of EXPORT_BENCH_FORMATS) {
      const entry = samples.get(`${plan.label}|${format}`)!;
      // Round 0 is the first request of this plan and format; the repetitions follow it.
      const [first, ...rest] = entry.ms;
      const row: ExportRow = {
        plan: plan.label,
        measures: plan.measures,
        stateBytes: plan.stateBytes,
        format,
        firstMs: first!,
        medianMs: median(rest),
        maxMs: Math.max(...rest),
        fileBytes: entry.bytes,
        repetitions: rest.length,
      };
      rows.push(row);
      ctx.log(`export ${plan.label} ${format}: first ${row.firstMs.toFixed(0)} ms, median ${row.medianMs.toFixed(0)} ms, ${(row.fileBytes / 1024).toFixed(0)} KB`);
    }
  }
  return { rows, workerStartMs: workerStart.ms };
}
