import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/dateTime';
import { Link } from '../routing/Link';
import { markRead, type AppNotification } from './api';
import { NotificationSettingsDialog } from './NotificationSettingsDialog';
import { useLanguageSync } from './useLanguageSync';
import { useNotifications } from './useNotifications';
import './notifications.css';

/**
 * The bell in the header: the unread count on a button that opens a list of
 * the notifications (a disclosure, not a modal: Escape or the button closes
 * it and focus returns to the button), with the settings of which also come
 * by e-mail.
 */
export function NotificationBell({ onSessionLost }: { onSessionLost?: () => void }) {
  const { t } = useTranslation();
  const { list, failed, refresh } = useNotifications(onSessionLost);
  const [open, setOpen] = useState(false);
  const [settings, setSettings] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const headingId = useId();
  useLanguageSync();
  const unread = list?.unread ?? 0;

  useEffect(() => {
    if (open) {
      void refresh();
      panel.current?.focus();
    }
  }, [open, refresh]);

  // A click elsewhere closes the list, as any disclosure menu.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !settings) {
      event.preventDefault();
      close();
    }
  };
  const readAll = async () => {
    await markRead().catch(() => undefined);
    await refresh();
  };

  return (
    <div className="bell" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? t('notifications.openUnread', { count: unread }) : t('notifications.open')}
        onClick={() => setOpen((was) => !was)}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <div ref={panel} id={panelId} className="bell__panel" role="region" aria-labelledby={headingId} tabIndex={-1} hidden={!open}>
        <h2 id={headingId} className="bell__heading">
          {t('notifications.heading')}
        </h2>
        {failed && <p className="form-error">{t('notifications.loadFailed')}</p>}
        {list && list.items.length === 0 && <p>{t('notifications.none')}</p>}
        {list && list.items.length > 0 && (
          <ul className="bell__list">
            {list.items.map((n) => (
              <NotificationItem key={n.id} notification={n} onOpen={() => void markRead([n.id]).then(refresh, () => undefined).then(() => setOpen(false))} />
            ))}
          </ul>
        )}
        <div className="bell__actions">
          {unread > 0 && (
            <button type="button" className="button button--small" onClick={() => void readAll()}>
              {t('notifications.markAllRead')}
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => setSettings(true)}>
            {t('notifications.settings')}
          </button>
        </div>
      </div>
      {settings && <NotificationSettingsDialog onClose={() => setSettings(false)} onSessionLost={onSessionLost} />}
    </div>
  );
}

function NotificationItem({ notification, onOpen }: { notification: AppNotification; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const d = notification.data;
  const text = t(`notifications.kinds.${notification.kind}`, {
    author: d.authorName ?? '',
    plan: d.planTitle ?? '',
    round: d.roundTitle ?? '',
    measure: d.measureTitle ?? '',
    answered: d.answered ?? 0,
    total: d.total ?? 0,
  });
  return (
    <li className={notification.readAt ? 'bell__item' : 'bell__item bell__item--unread'}>
      <Link href={notification.link} onClick={onOpen}>
        {!notification.readAt && <span className="bell__unread">{t('notifications.unread')}: </span>}
        {text}
      </Link>
      {notification.data.text && <span className="bell__quote">{notification.data.text}</span>}
      <span className="bell__time">{formatDateTime(notification.createdAt, i18n.language)}</span>
    </li>
  );
}

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="bell__icon">
      <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
    </svg>
  );
}
