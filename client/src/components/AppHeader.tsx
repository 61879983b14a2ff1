import { useTranslation } from 'react-i18next';
import type { User } from '../api/session';
import { PLANS_HREF } from '../routing/route';
import { LanguageSelect } from './LanguageSelect';

interface Props {
  /** Null on the login page: no navigation or account controls there. */
  user: User | null;
  onSignOut?: () => void;
  /** The plan list is showing: its navigation link is marked as the current page. */
  onPlanList: boolean;
}

export function AppHeader({ user, onSignOut, onPlanList }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a className="app-header__brand" href={PLANS_HREF}>
          {t('app.name')}
        </a>
        {user && (
          <nav aria-label={t('header.nav')} className="app-header__nav">
            <a href={PLANS_HREF} aria-current={onPlanList ? 'page' : undefined}>
              {t('header.plans')}
            </a>
          </nav>
        )}
        <div className="app-header__tools">
          <LanguageSelect />
          {user && (
            <>
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
