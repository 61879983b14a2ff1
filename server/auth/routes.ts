import { Router } from 'express';
import { loginSchema, type LoginResponse, type SessionResponse } from '../../shared/api/session';
import { parseInput, HttpError } from '../http/errors';
import { authOf, requireSession } from './middleware';
import type { Auditor } from '../audit/auditor';
import type { LoginLimiter } from './loginLimiter';
import { publicUser, type SessionService } from './sessionService';
import { SESSION_COOKIE } from './requestAuth';

export function sessionRoutes(
  sessions: SessionService,
  limiter: LoginLimiter,
  auditor: Auditor,
  options: { cookieSecure: boolean },
): Router {
  const router = Router();

  router.post('/session', async (req, res) => {
    const { email, password } = parseInput(loginSchema, req.body);
    // The client's address; behind a trusted proxy (TRUST_PROXY) the one it forwarded.
    const address = req.ip ?? 'unknown';
    const wait = await limiter.admit(email, address);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw new HttpError(429, `Too many failed logins; try again in ${Math.ceil(wait / 60)} min`);
    }
    const result = await sessions.login(email, password);
    if (!result) {
      await auditor.system(null, { entity: 'session', entityId: email.toLowerCase(), field: 'login-failed', to: address });
      throw new HttpError(401, 'Wrong email or password');
    }
    await limiter.succeeded(email, address);
    await auditor.system(result.user, { entity: 'session', entityId: result.user.id, field: 'login', to: address });
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: options.cookieSecure,
      path: '/',
      expires: result.expiresAt,
    });
    res.json({ token: result.token, user: publicUser(result.user) } satisfies LoginResponse);
  });

  router.get('/session', requireSession(sessions), (_req, res) => {
    res.json({ user: publicUser(authOf(res).user) } satisfies SessionResponse);
  });

  router.delete('/session', requireSession(sessions), async (_req, res) => {
    await sessions.end(authOf(res).sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  return router;
}
