import type { PlanRepository } from '../storage/appStore';
import type { VersionService } from './versionService';

/**
 * Every `intervalMs`, snapshots each plan changed since its latest snapshot
 * (the plan index's `updatedAt` follows the documents' compactions).
 */
export function startSnapshotScheduler(plans: PlanRepository, versions: VersionService, intervalMs: number): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = async () => {
    for (const plan of await plans.list()) {
      const latest = (await versions.list(plan.id))[0];
      if (latest && latest.createdAt >= plan.updatedAt) continue;
      try {
        await versions.snapshotIfChanged(plan);
      } catch (error) {
        console.error(`[snapshots] snapshot of plan ${plan.id} failed:`, error);
      }
    }
  };
  const timer = setInterval(() => {
    running ??= run().finally(() => (running = null));
  }, intervalMs).unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
