import type { PlanRepository } from '../storage/appStore';
import type { VersionService } from './versionService';
import { moduleLogger } from '../logging/logger';

const log = moduleLogger('snapshots');

/** Runs a snapshot pass unless another server process is running one (then resolves without running it). */
export type ExclusiveRun = (run: () => Promise<void>) => Promise<unknown>;

/**
 * Every `intervalMs`, snapshots each plan changed since its latest snapshot
 * (the plan index's `updatedAt` follows the documents' compactions). With
 * several server processes, `exclusive` (a PostgreSQL advisory lock) lets one
 * pass run at a time; a later pass elsewhere finds the snapshots taken.
 */
export function startSnapshotScheduler(
  plans: PlanRepository,
  versions: VersionService,
  intervalMs: number,
  exclusive: ExclusiveRun = (run) => run(),
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = async () => {
    for (const plan of await plans.list()) {
      const latest = (await versions.list(plan.id))[0];
      if (latest && latest.createdAt >= plan.updatedAt) continue;
      try {
        await versions.snapshotIfChanged(plan);
      } catch (error) {
        log.error({ err: error, planId: plan.id }, 'snapshot failed');
      }
    }
  };
  const timer = setInterval(() => {
    running ??= exclusive(run)
      .then(() => undefined)
      .catch((error: unknown) => log.error({ err: error }, 'a snapshot pass failed'))
      .finally(() => (running = null));
  }, intervalMs).unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
