/** The p-th percentile (nearest rank) of `values`; NaN when empty. */
export function percentile(values: ArrayLike<number>, p: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The median of repetitions (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `condition` every `everyMs` until it holds or `timeoutMs` passed; true if it held. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 20): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) return false;
    await sleep(everyMs);
  }
  return true;
}

/** Number formatting for the tables. */
export const fmt = {
  ms: (v: number) => (Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(2)),
  ratio: (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–'),
  mb: (bytes: number) => (Number.isNaN(bytes) ? '–' : (bytes / 1024 / 1024).toFixed(1)),
  kb: (bytes: number) => (Number.isNaN(bytes) ? '–' : (bytes / 1024).toFixed(0)),
  pct: (v: number) => (Number.isNaN(v) ? '–' : `${(v * 100).toFixed(v >= 0.9995 && v < 1 ? 2 : 1)}%`),
};
