import type { ErrorRequestHandler, Request } from 'express';
import { z } from 'zod';
import { moduleLogger } from '../logging/logger';

const log = moduleLogger('http');

/** An error whose message is safe and useful to show the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what = 'Not found') => new HttpError(404, what);

/** Parses a request part with a zod schema, answering 400 with what is wrong. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, part = 'body'): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  throw new HttpError(400, `Invalid ${part}: ${issues.join('; ')}`);
}

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

/** Every error becomes `{error}` JSON; only our own faults are 500s. */
export const errorHandler: ErrorRequestHandler = (error, req: Request, res, _next) => {
  if (error instanceof HttpError) {
    res.status(error.status).json({ error: error.message });
    return;
  }
  const parserError = error as BodyParserError;
  if (parserError.type === 'entity.parse.failed') {
    res.status(400).json({ error: 'Malformed JSON body' });
    return;
  }
  if (parserError.type === 'entity.too.large') {
    res.status(413).json({ error: 'Request body too large' });
    return;
  }
  if (typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
    res.status(parserError.status).json({ error: parserError.message });
    return;
  }
  log.error({ err: error, method: req.method, path: req.path, requestId: req.id }, 'request failed');
  res.status(500).json({ error: 'Internal server error' });
};
