import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { CSRF_HEADER, CSRF_VALUE } from '../../shared/api/http';
import { HttpError } from '../http/errors';
import type { Authenticated, SessionService } from './sessionService';
import { tokenFromHeaders } from './requestAuth';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function authOf(res: Response): Authenticated {
  const auth = res.locals.auth as Authenticated | undefined;
  if (!auth) throw new HttpError(401, 'Not signed in');
  return auth;
}

export function requireSession(sessions: SessionService): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const found = tokenFromHeaders({ authorization: req.headers.authorization, cookie: req.headers.cookie });
    const auth = await sessions.authenticate(found?.token);
    if (!found || !auth) throw new HttpError(401, 'Not signed in or the session has expired');
    if (found.via === 'cookie' && !SAFE_METHODS.has(req.method) && req.get(CSRF_HEADER) !== CSRF_VALUE) {
      throw new HttpError(403, `Missing ${CSRF_HEADER} header`);
    }
    res.locals.auth = auth;
    next();
  };
}

export function requireAdmin(_req: Request, res: Response, next: NextFunction): void {
  if (!authOf(res).user.isAdmin) throw new HttpError(403, 'Administrator only');
  next();
}
