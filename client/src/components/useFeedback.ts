import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnauthorized } from '../api/http';
import { errorKind, serverDetail, type ErrorKind } from './errorKind';

export type Feedback =
  | { kind: 'none' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string; detail: string | null };

export interface RunMessages {
  /** Announced politely when the task succeeds; omitted, the success speaks for itself (a dialog closes, a page changes). */
  done?: string;
  /** Clearer messages than the generic ones where the task knows what a status means, e.g. a 409 "this email is taken". */
  specific?: Partial<Record<ErrorKind, string>>;
}

/**
 * Runs one change against the API at a time and keeps what to tell the user
 * about it, for a `FeedbackRegion` to show. A lost session goes to
 * `onSessionLost` instead (the login page replaces the view).
 */
export function useFeedback(onSessionLost?: () => void) {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  // A second click while the first change is on its way is ignored: buttons are not disabled
  // meanwhile, because a disabled button drops the keyboard focus.
  const running = useRef(false);

  /** Resolves to the task's result, or to null when it failed: failures never throw, they are shown. */
  const run = useCallback(
    async <T,>(task: () => Promise<T>, messages: RunMessages = {}): Promise<{ value: T } | null> => {
      if (running.current) return null;
      running.current = true;
      setBusy(true);
      setFeedback({ kind: 'none' });
      try {
        const value = await task();
        setFeedback(messages.done ? { kind: 'done', message: messages.done } : { kind: 'none' });
        return { value };
      } catch (error) {
        if (onSessionLost && isUnauthorized(error)) {
          onSessionLost();
          return null;
        }
        const kind = errorKind(error);
        const specific = messages.specific?.[kind];
        setFeedback({
          kind: 'failed',
          message: specific ?? t(`feedback.${kind}`),
          detail: specific ? null : serverDetail(error),
        });
        return null;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [onSessionLost, t],
  );

  /** For problems found before asking the server (e.g. passwords that differ). */
  const fail = useCallback((message: string) => setFeedback({ kind: 'failed', message, detail: null }), []);
  const announce = useCallback((message: string) => setFeedback({ kind: 'done', message }), []);

  return { feedback, busy, run, fail, announce };
}
