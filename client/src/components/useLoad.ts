import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isUnauthorized } from '../api/http';

export type Load<T> =
  | { kind: 'loading' }
  /** `status` is the HTTP status (0 when the server was unreachable), so pages can tell 404 apart. */
  | { kind: 'failed'; status: number }
  | { kind: 'loaded'; data: T };

/**
 * Loads what a page shows, and again on `reload()` after a change, keeping
 * the old data on screen meanwhile so that focus and scroll stay put.
 * `reload()` resolves once the new data is set, so a dialog can close only
 * after the row it acted on is gone. `fetch` must be stable (useCallback);
 * a 401 calls `onSessionLost`.
 */
export function useLoad<T>(
  fetch: () => Promise<T>,
  onSessionLost?: () => void,
): { load: Load<T>; reload: () => Promise<void> } {
  const [load, setLoad] = useState<Load<T>>({ kind: 'loading' });
  // Only the latest request may set the state: an older answer arriving late would show stale data.
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const data = await fetch();
      if (request === latest.current) setLoad({ kind: 'loaded', data });
    } catch (error) {
      if (request !== latest.current) return;
      if (onSessionLost && isUnauthorized(error)) onSessionLost();
      else setLoad({ kind: 'failed', status: error instanceof ApiError ? error.status : 0 });
    }
  }, [fetch, onSessionLost]);

  useEffect(() => {
    void reload();
    return () => {
      latest.current++;
    };
  }, [reload]);

  return { load, reload };
}
