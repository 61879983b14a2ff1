import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { clientNetwork } from './clientNetwork';

/** Failed logins within the window, counted per (account, address), per address and per account. */
export const LOGIN_LIMITS = { perAccountAndAddress: 10, perAddress: 50, perAccount: 30 } as const;
const WINDOW_SECONDS = 15 * 60;
/**
 * How long an address stays known for an account after a successful login.
 * Below the 24.8 days a Node timer can wait, which the in-memory store uses to forget a key.
 */
const KNOWN_ADDRESS_SECONDS = 14 * 24 * 3600;

function limiter(name: string, points: number, duration: number, redis: Redis | null): RateLimiterAbstract {
  const options = { points, duration, keyPrefix: `hyte-login-${name}` };
  if (!redis) return new RateLimiterMemory(options);
  // While Redis is away, each process counts on its own rather than refusing every login.
  return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
}

/**
 * Slows password guessing without letting anyone deny a person their own
 * login (OWASP's layered throttling; the policy is in docs/security.md):
 *
 * - per account and address: 10 failures, then that pair waits out the
 *   window, even with the right password. This is what stops a guesser;
 *   a stranger elsewhere only ever blocks their own pair.
 * - per address over all accounts: 50 failures stop an address trying many
 *   accounts, except for accounts that signed in from there before, so
 *   colleagues behind the same NAT keep signing in.
 * - per account over all addresses: 30 failures (a guesser spread over many
 *   addresses) admit the account only from addresses it signed in from
 *   before; its owner's own devices are never held up by it.
 *
 * Only real password checks count: an attempt answered 429 costs nothing and
 * reveals nothing. With Redis the counts are shared between processes.
 *
 * Usage: `admit` before checking the password (429 unless it answers 0),
 * `succeeded` after a right one; a wrong one needs nothing more.
 */
export class LoginLimiter {
  private readonly byPair: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  private readonly byAccount: RateLimiterAbstract;
  /** (account, address) pairs that signed in successfully: a rate limiter used as a shared set with expiry. */
  private readonly knownPairs: RateLimiterAbstract;

  constructor(redis: Redis | null = null) {
    this.byPair = limiter('pair', LOGIN_LIMITS.perAccountAndAddress, WINDOW_SECONDS, redis);
    this.byAddress = limiter('address', LOGIN_LIMITS.perAddress, WINDOW_SECONDS, redis);
    this.byAccount = limiter('account', LOGIN_LIMITS.perAccount, WINDOW_SECONDS, redis);
    this.knownPairs = limiter('known', 1, KNOWN_ADDRESS_SECONDS, redis);
  }

  /**
   * Admits one password check for this account from this address, counted
   * as a failure until `succeeded` says otherwise, or answers the seconds to
   * wait. Counting before the check keeps the limits when guesses come all
   * at once; a refused attempt is handed back, so only real checks count.
   */
  async admit(email: string, address: string): Promise<number> {
    const keys = this.keys(email, address);
    const known = await this.knownPairs.get(keys.pair);
    const [pair, network, account] = await Promise.all([
      this.byPair.penalty(keys.pair),
      this.byAddress.penalty(keys.network),
      this.byAccount.penalty(keys.account),
    ]);
    const waitIfOver = (count: typeof pair, limit: number) => (count.consumedPoints > limit ? count.msBeforeNext : 0);
    const blocked = [waitIfOver(pair, LOGIN_LIMITS.perAccountAndAddress)];
    if (!known) blocked.push(waitIfOver(network, LOGIN_LIMITS.perAddress), waitIfOver(account, LOGIN_LIMITS.perAccount));
    const wait = Math.max(...blocked);
    if (wait > 0) await this.handBack(keys);
    return Math.ceil(wait / 1000);
  }

  /**
   * Clears the pair's failures, hands back the admitted attempt and
   * remembers the address for the account. The account's and the address's
   * earlier failures stay: a guesser must not gain fresh attempts each time
   * the owner signs in.
   */
  async succeeded(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    await Promise.all([
      this.byPair.delete(keys.pair),
      this.byAddress.reward(keys.network),
      this.byAccount.reward(keys.account),
      this.knownPairs.set(keys.pair, 1, KNOWN_ADDRESS_SECONDS),
    ]);
  }

  private async handBack(keys: ReturnType<LoginLimiter['keys']>): Promise<void> {
    await Promise.all([this.byPair.reward(keys.pair), this.byAddress.reward(keys.network), this.byAccount.reward(keys.account)]);
  }

  private keys(email: string, address: string) {
    const account = email.trim().toLowerCase();
    const network = clientNetwork(address);
    // The network first: it never holds a space, so no e-mail can forge another pair's key.
    return { account, network, pair: `${network} ${account}` };
  }
}
