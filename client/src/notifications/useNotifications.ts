import { useCallback, useEffect, useState } from 'react';
import { isUnauthorized } from '../api/http';
import { listNotifications, type NotificationList } from './api';

/** Looked at again this often, and whenever the window gets the focus back. */
const POLL_MS = 60_000;

/** The signed-in user's notifications, kept fresh while the page is open; null until the first answer. */
export function useNotifications(onSessionLost?: () => void) {
  const [list, setList] = useState<NotificationList | null>(null);
  const [failed, setFailed] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setList(await listNotifications());
      setFailed(false);
    } catch (error) {
      if (isUnauthorized(error)) onSessionLost?.();
      else setFailed(true);
    }
  }, [onSessionLost]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh]);

  return { list, failed, refresh };
}
