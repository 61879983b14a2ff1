import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../api/session';
import { PageTitle } from '../components/PageTitle';
import { GroupsSection } from './GroupsSection';
import { UsersSection } from './UsersSection';
import { OutboxSection } from '../notifications/OutboxSection';
import '../components/forms.css';
import '../groups/groups.css';
import './admin.css';

interface Props {
  user: SessionUser;
  onSessionLost: () => void;
}

/** Users and groups, for administrators; the server refuses everyone else anyway. */
export function AdminPage({ user, onSessionLost }: Props) {
  const { t } = useTranslation();
  if (!user.isAdmin) {
    return (
      <div>
        <PageTitle>{t('admin.title')}</PageTitle>
        <p>{t('admin.onlyAdmins')}</p>
      </div>
    );
  }
  return (
    <div className="admin">
      <PageTitle>{t('admin.title')}</PageTitle>
      <p className="page-intro">{t('admin.intro')}</p>
      <UsersSection selfId={user.id} onSessionLost={onSessionLost} />
      <GroupsSection onSessionLost={onSessionLost} />
      <OutboxSection onSessionLost={onSessionLost} />
    </div>
  );
}
