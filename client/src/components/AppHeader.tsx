import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../api/session';
import { Link } from '../routing/Link';
import { ADMIN_HREF, GROUPS_HREF, PLANS_HREF, type Route } from '../routing/route';
import { LanguageSelect } from './LanguageSelect';
import { NotificationBell } from '../notifications/NotificationBell';
import './AppHeader.css';

interface Props {
  /** Null on the login page: no navigation or account controls there. */
  user: SessionUser | null;
  onSignOut?: () => void;
  /** The page showing: its navigation link, if it has one, is marked as the current page. */
  page: Route['page'];
}

export function AppHeader({ user, onSignOut, page }: Props) {
  const { t } = useTranslation();
  const current = (linkPage: Route['page']) => (page === linkPage ? 'page' : undefined);
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link className="app-header__brand" href={PLANS_HREF}>
          {t('app.name')}
        </Link>
        {user && (
          <nav aria-label={t('header.nav')} className="app-header__nav">
            <Link href={PLANS_HREF} aria-current={current('plans')}>
              {t('header.plans')}
            </Link>
            <Link href={GROUPS_HREF} aria-current={current('groups')}>
              {t('groups.nav')}
            </Link>
            {/* The server refuses the rest anyway; the link is hidden so as not to offer what cannot be used. */}
            {user.isAdmin && (
              <Link href={ADMIN_HREF} aria-current={current('admin')}>
                {t('admin.nav')}
              </Link>
            )}
          </nav>
        )}
        <div className="app-header__tools">
          <LanguageSelect />
          {user && (
            <>
              <NotificationBell />
              <span className="app-header__user">{t('header.signedInAs', { name: user.name })}</span>
              <button type="button" className="button" onClick={onSignOut}>
                {t('header.logout')}
              </button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
