import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getInvite } from '../api/users';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../components/useLoad';
import { Link } from '../routing/Link';
import { PLANS_HREF } from '../routing/route';
import { SetPasswordForm } from './SetPasswordForm';
import '../components/forms.css';

interface Props {
  token: string;
  /** The password is set: the app shows the login page with a message saying so. */
  onPasswordSet: () => void;
}

/** Opened from a one-time link, without signing in: the invited person chooses their password. */
export function InvitePage({ token, onPasswordSet }: Props) {
  const { t } = useTranslation();
  const fetchInvite = useCallback(() => getInvite(token), [token]);
  const { load } = useLoad(fetchInvite);

  if (load.kind === 'loading') return <p>{t('app.loading')}</p>;
  if (load.kind === 'failed') {
    return (
      <div className="login">
        <PageTitle>{load.status === 404 ? t('invite.invalidTitle') : t('invite.loadFailed')}</PageTitle>
        {load.status === 404 && <p>{t('invite.invalid')}</p>}
        <p>
          <Link href={PLANS_HREF}>{t('invite.toLogin')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="login">
      <PageTitle>{t('invite.title')}</PageTitle>
      <p className="login__intro">{t('invite.welcome', { name: load.data.name, email: load.data.email })}</p>
      <SetPasswordForm token={token} invited={load.data} onPasswordSet={onPasswordSet} />
    </div>
  );
}
