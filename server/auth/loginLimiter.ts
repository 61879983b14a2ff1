import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Failed logins allowed per account and per address within the window. */
const PER_ACCOUNT = 10;
const PER_ADDRESS = 50;
const WINDOW_SECONDS = 15 * 60;

function limiter(points: number, name: string, redis: Redis | null): RateLimiterAbstract {
  const options = { points, duration: WINDOW_SECONDS, keyPrefix: `hyte-login-${name}` };
  if (!redis) return new RateLimiterMemory(options);
  // While Redis is away, each process counts on its own rather than refusing every login.
  return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
}

/**
 * Slows password guessing: too many failures for one account or from one
 * address answer 429 until the window passes. Successful logins reset the
 * account's count. With Redis (several server processes) the counts are
 * shared, so that a guesser gains nothing from being spread over processes.
 */
export class LoginLimiter {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(redis: Redis | null = null) {
    this.byAccount = limiter(PER_ACCOUNT, 'account', redis);
    this.byAddress = limiter(PER_ADDRESS, 'address', redis);
  }

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  async retryAfter(email: string, address: string): Promise<number> {
    const [account, ip] = await Promise.all([this.byAccount.get(email.toLowerCase()), this.byAddress.get(address)]);
    const blocked = [
      account && account.consumedPoints >= PER_ACCOUNT ? account.msBeforeNext : 0,
      ip && ip.consumedPoints >= PER_ADDRESS ? ip.msBeforeNext : 0,
    ];
    return Math.ceil(Math.max(...blocked) / 1000);
  }

  async failed(email: string, address: string): Promise<void> {
    await Promise.all([
      this.byAccount.penalty(email.toLowerCase(), 1),
      this.byAddress.penalty(address, 1),
    ]);
  }

  async succeeded(email: string): Promise<void> {
    await this.byAccount.delete(email.toLowerCase());
  }
}
