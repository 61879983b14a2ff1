import { ApiError } from '../api/http';

/** What went wrong, in the words the interface explains it with (see `feedback.*` messages). */
export type ErrorKind = 'badRequest' | 'forbidden' | 'notFound' | 'conflict' | 'rateLimited' | 'network' | 'failed';

const BY_STATUS: Record<number, ErrorKind> = {
  400: 'badRequest',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  413: 'badRequest',
  415: 'badRequest',
  429: 'rateLimited',
};

export function errorKind(error: unknown): ErrorKind {
  if (error instanceof ApiError) return BY_STATUS[error.status] ?? 'failed';
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return 'network';
  return 'failed';
}

/**
 * The server's own explanation (`{error}`), which names the field at fault.
 * It is English whatever the interface language, so it is shown as a detail
 * after the translated message, never alone.
 */
export function serverDetail(error: unknown): string | null {
  return error instanceof ApiError && error.message !== '' ? error.message : null;
}
