import { Router, type Request, type Response } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { responseSchema } from '../../shared/api/rounds';
import { clientNetwork } from '../auth/clientNetwork';
import { HttpError, parseInput } from '../http/errors';
import type { ResponseService } from './responseService';
import { hashLinkToken } from './tokens';

/** Requests per link and per client network within the window: a form opened and sent a few times is far below. */
export const RESPONSE_LIMITS = { perToken: 30, perAddress: 300, windowSeconds: 10 * 60 } as const;

function limiter(name: string, points: number, redis: Redis | null): RateLimiterAbstract {
  const options = { points, duration: RESPONSE_LIMITS.windowSeconds, keyPrefix: `hyte-response-${name}` };
  return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) }) : new RateLimiterMemory(options);
}

/**
 * `/api/responses/:token`, without a session: the link is the
 * authorisation. Counted per token (its hash) and per client network before
 * the token is looked up, so guessing tokens and hammering one link are
 * both throttled (429 with Retry-After); with Redis the counts are shared.
 */
export function responseRoutes(responses: ResponseService, redis: Redis | null): Router {
  const router = Router();
  const byToken = limiter('token', RESPONSE_LIMITS.perToken, redis);
  const byAddress = limiter('address', RESPONSE_LIMITS.perAddress, redis);

  async function throttle(req: Request, res: Response): Promise<void> {
    try {
      await Promise.all([byToken.consume(hashLinkToken(String(req.params.token))), byAddress.consume(clientNetwork(req.ip ?? ''))]);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      res.setHeader('Retry-After', String(Math.ceil(error.msBeforeNext / 1000)));
      throw new HttpError(429, 'Too many requests with this link; try again in a few minutes');
    }
  }

  router.get('/responses/:token', async (req, res) => {
    await throttle(req, res);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await responses.view(await responses.byToken(req.params.token)));
  });

  router.post('/responses/:token', async (req, res) => {
    await throttle(req, res);
    const answering = await responses.byToken(req.params.token);
    res.json(await responses.answer(answering, parseInput(responseSchema, req.body)));
  });

  return router;
}
