import { CSRF_HEADER, CSRF_VALUE } from '../../../shared/api/http';

/** An answer other than 2xx from the API; `status` lets callers tell 401 (session gone) from the rest. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * JSON fetch against the same-origin API. State-changing requests carry
 * the CSRF header, which the server requires of cookie-authenticated calls.
 */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (!SAFE_METHODS.has(method)) headers[CSRF_HEADER] = CSRF_VALUE;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';

  const response = await fetch(`/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new ApiError(response.status, await errorMessage(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The API's `{error}` of a failed answer, else the status in words. */
export async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON (e.g. a proxy's error page): the status text will do.
  }
  return response.statusText || `HTTP ${response.status}`;
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
