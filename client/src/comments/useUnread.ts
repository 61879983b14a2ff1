import { useCallback, useEffect, useState } from 'react';
import type { Thread } from '../../../shared/discussion';
import { listThreads, markRead } from './api';
import { isUnread, seenFromServer, withSeen, type SeenMessages } from './unread';

export interface Unread {
  isUnread: (thread: Thread) => boolean;
  /** The thread was opened: its messages are read, here and on the server. */
  markOpened: (thread: Thread) => void;
}

/**
 * Unread markers for this user: where they stood when the plan opened comes
 * from the server, and messages arriving live update them here.
 */
export function useUnread(planId: string, userId: string): Unread {
  // Null until the server has answered: nothing is marked unread on a guess.
  const [seen, setSeen] = useState<SeenMessages | null>(null);

  useEffect(() => {
    let current = true;
    listThreads(planId).then(
      (threads) => current && setSeen(seenFromServer(threads)),
      // Offline: no markers rather than wrong ones.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [planId]);

  const check = useCallback((thread: Thread) => seen !== null && isUnread(thread, seen, userId), [seen, userId]);

  const markOpened = useCallback(
    (thread: Thread) => {
      // Before the server's answer there is nothing to add to; that answer will include this read.
      setSeen((previous) => previous && withSeen(previous, thread));
      // Marked read here in any case; the server catches up on the next open if this fails.
      markRead(planId, thread.threadId).catch(() => undefined);
    },
    [planId],
  );

  return { isUnread: check, markOpened };
}
