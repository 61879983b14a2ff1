import { moduleLogger } from '../logging/logger';
import type { SotkanetSource } from './sotkanetSource';

const log = moduleLogger('sotkanet');

/** Runs a refresh unless another server process is running one (then resolves without running it). */
export type ExclusiveRun = (run: () => Promise<unknown>) => Promise<unknown>;

/**
 * Keeps the Sotkanet cache fresh: every eighth of `refreshMs` (at most an
 * hour) the values that will be older than `refreshMs` by the next turn are
 * fetched again, so that readers seldom find one expired. With several
 * server processes, `exclusive` (a PostgreSQL advisory lock) lets one run at
 * a time, and the store's times tell the next one what is fresh already: one
 * process fetches each value once a period.
 */
export function startIndicatorRefresh(source: SotkanetSource, refreshMs: number, exclusive: ExclusiveRun = (run) => run()): () => Promise<void> {
  const tickMs = Math.min(Math.max(Math.floor(refreshMs / 8), 200), 3_600_000);
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    running ??= exclusive(() => source.refreshDue(tickMs))
      .catch((error: unknown) => log.error({ err: error }, 'refreshing the Sotkanet cache failed'))
      .finally(() => (running = null));
  }, tickMs).unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
