/**
 * Whether this process should get traffic (`GET /api/ready`), as opposed to
 * whether it is alive (`GET /api/health`). Each part of the server that can
 * make it unfit registers a named check; a check answers `null` when all is
 * well or a short reason an operator can act on.
 */
export type ReadinessCheck = () => Promise<string | null> | string | null;

export interface ReadinessResult {
  ready: boolean;
  reasons: string[];
}

export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private draining = false;

  /** Registers (or replaces) the check called `name`. */
  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  /** From shutdown on, the process answers not-ready so a load balancer stops sending traffic. */
  startDraining(): void {
    this.draining = true;
  }

  async evaluate(timeoutMs = 2000): Promise<ReadinessResult> {
    if (this.draining) return { ready: false, reasons: ['draining: the server is shutting down'] };
    const results = await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        try {
          const reason = await withTimeout(Promise.resolve(check()), timeoutMs, `${name}: no answer within ${timeoutMs} ms`);
          return reason ? `${name}: ${reason}` : null;
        } catch (error) {
          return `${name}: ${error instanceof Error ? error.message : String(error)}`;
        }
      }),
    );
    const reasons = results.filter((r): r is string => r !== null);
    return { ready: reasons.length === 0, reasons };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
