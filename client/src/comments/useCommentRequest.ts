import { useCallback, useState } from 'react';
import { errorKind, type ErrorKind } from '../components/errorKind';

export interface CommentRequest {
  busy: boolean;
  /** Why the last request failed, in the words `feedback.*` explains it with. */
  error: ErrorKind | null;
  /** Runs one request at a time; true when it succeeded. */
  run: (request: () => Promise<unknown>) => Promise<boolean>;
}

/**
 * One comment request of a form or a button (send, edit, resolve): whether
 * it is on its way, and why it failed. Success shows itself: the server
 * writes the change into the discussion document, which every screen follows.
 */
export function useCommentRequest(): CommentRequest {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorKind | null>(null);

  const run = useCallback(
    async (request: () => Promise<unknown>) => {
      if (busy) return false;
      setBusy(true);
      setError(null);
      try {
        await request();
        return true;
      } catch (failure) {
        setError(errorKind(failure));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [busy],
  );

  return { busy, error, run };
}
