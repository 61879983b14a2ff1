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

  /** Seconds until this account may be tried from this address, or 0 when it may now. */
  async retryAfter(email: string, address: string): Promise<number> {
    const keys = this.keys(email, address);
    const [pair, network, account, known] = await Promise.all([
      this.byPair.get(keys.pair),
      this.byAddress.get(keys.network),
      this.byAccount.get(keys.account),
      this.knownPairs.get(keys.pair),
    ]);
    const waitIfOver = (count: typeof pair, limit: number) => (count && count.consumedPoints >= limit ? count.msBeforeNext : 0);
    const blocked = [waitIfOver(pair, LOGIN_LIMITS.perAccountAndAddress)];
    if (!known) blocked.push(waitIfOver(network, LOGIN_LIMITS.perAddress), waitIfOver(account, LOGIN_LIMITS.perAccount));
    return Math.ceil(Math.max(...blocked) / 1000);
  }

  async failed(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    await Promise.all([this.byPair.penalty(keys.pair), this.byAddress.penalty(keys.network), this.byAccount.penalty(keys.account)]);
  }

  /**
   * Clears the pair's failures and remembers the address for the account.
   * The account's and the address's counts stay: a guesser must not gain
   * fresh attempts each time the owner signs in.
   */
  async succeeded(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    await Promise.all([this.byPair.delete(keys.pair), this.knownPairs.set(keys.pair, 1, KNOWN_ADDRESS_SECONDS)]);
  }

  private keys(email: string, address: string) {
    const account = email.trim().toLowerCase();
    const network = clientNetwork(address);
    // The network first: it never holds a space, so no e-mail can forge another pair's key.
    return { account, network, pair: `${network} ${account}` };
  }
}
