import { RateLimiterMemory } from 'rate-limiter-flexible';

/** Failed logins allowed per account and per address within the window. */
const PER_ACCOUNT = 10;
const PER_ADDRESS = 50;
const WINDOW_SECONDS = 15 * 60;

/**
 * Slows password guessing: too many failures for one account or from one
 * address answer 429 until the window passes. Successful logins reset the
 * account's count.
 */
export class LoginLimiter {
  private readonly byAccount = new RateLimiterMemory({ points: PER_ACCOUNT, duration: WINDOW_SECONDS });
  private readonly byAddress = new RateLimiterMemory({ points: PER_ADDRESS, duration: WINDOW_SECONDS });

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
