import type { Server } from 'node:http';
import { moduleLogger } from './logging/logger';

const log = moduleLogger('shutdown');

export type ShutdownStep = [name: string, run: () => Promise<unknown> | unknown];

/**
 * Runs the steps of a stop in order, each logged with its duration. A step
 * that fails is logged and the later ones still run: a Redis that is gone
 * must not keep the journals from being closed. Rejects at the end if any
 * step failed, so that the process exits non-zero. The overall deadline is
 * the caller's (server/main.ts).
 */
export async function stopInOrder(steps: ShutdownStep[]): Promise<void> {
  const failed: string[] = [];
  for (const [index, [name, run]] of steps.entries()) {
    const started = Date.now();
    const fields = { step: name, n: index + 1, of: steps.length };
    try {
      await run();
      log.info({ ...fields, ms: Date.now() - started }, `stopped: ${name}`);
    } catch (error) {
      failed.push(name);
      log.error({ ...fields, ms: Date.now() - started, err: error }, `stopping failed: ${name}`);
    }
  }
  if (failed.length > 0) throw new Error(`Stopping failed in: ${failed.join(', ')}`);
}

/**
 * Stops listening at once and returns a function that waits, at most
 * `limitMs`, for the requests still being answered, then cuts every
 * connection that is left. Idle keep-alive connections are closed as they
 * become idle, so a browser's open connection does not hold the stop up.
 */
export function stopListening(server: Server): (limitMs: number) => Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  return async (limitMs) => {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, limitMs)))]);
    clearTimeout(timer);
    clearInterval(closeIdle);
    server.closeAllConnections();
  };
}
