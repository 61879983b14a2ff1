import { startServer } from './app';
import { loadConfig } from './config';
import { moduleLogger, rootLogger } from './logging/logger';
import { mapStacksOnDemand } from './logging/sourceMappedStacks';
import { registerRunningBuild } from './runtimeFiles';

mapStacksOnDemand();
const log = moduleLogger('main');
/** How long a clean stop may take before the process exits anyway (systemd's TimeoutStopSec is longer). */
const STOP_DEADLINE_MS = 25_000;

/**
 * Exits once the log lines written so far are out. pino writes
 * asynchronously; exiting at once flushes the rest synchronously, which can
 * overtake a write still in flight and put the last lines out of order.
 */
function exitAfterLog(code: number): void {
  setTimeout(() => process.exit(code), 1000).unref();
  rootLogger.flush(() => process.exit(code));
}

async function main(): Promise<void> {
  const started = Date.now();
  try {
    registerRunningBuild();
  } catch (error) {
    // Not fatal: without the record, a build made by another user who may write here could remove this build.
    log.warn({ err: error }, 'could not record this process in its build folder');
  }
  const server = await startServer(loadConfig());
  log.info({ url: server.url, startMs: Date.now() - started }, 'Hyte-työtila listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'storing pending changes and stopping');
    const deadline = setTimeout(() => {
      log.fatal({ alarm: true, deadlineMs: STOP_DEADLINE_MS }, 'stopping took too long; exiting');
      exitAfterLog(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    try {
      await server.stop();
      log.info('stopped cleanly');
      exitAfterLog(0);
    } catch (error) {
      log.fatal({ err: error }, 'stopping failed');
      exitAfterLog(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

// A promise nobody awaited that failed is a bug to see in the log, not a reason to stop serving plans.
process.on('unhandledRejection', (reason) => log.error({ err: reason, alarm: true }, 'unhandled promise rejection'));
// After an uncaught exception the process state is unknown: log it and exit so the supervisor restarts us.
process.on('uncaughtException', (error) => {
  log.fatal({ err: error, alarm: true }, 'uncaught exception; exiting');
  exitAfterLog(1);
});

main().catch((error: unknown) => {
  log.fatal({ err: error }, `Hyte-työtila could not start: ${error instanceof Error ? error.message : String(error)}`);
  exitAfterLog(1);
});
