import { useTranslation } from 'react-i18next';
import { listGroups } from '../api/groups';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../components/useLoad';
import { Link } from '../routing/Link';
import { groupHref } from '../routing/route';
import { RoleText } from './RoleText';
import './groups.css';

/** The user's steering groups (an administrator's: all of them) with the user's role in each. */
export function GroupListPage({ onSessionLost }: { onSessionLost: () => void }) {
  const { t } = useTranslation();
  const { load } = useLoad(listGroups, onSessionLost);

  return (
    <div className="groups">
      <PageTitle>{t('groups.title')}</PageTitle>
      <p className="page-intro">{t('groups.intro')}</p>
      {load.kind === 'loading' && <p>{t('app.loading')}</p>}
      {load.kind === 'failed' && <p className="form-error">{t('groups.loadFailed')}</p>}
      {load.kind === 'loaded' && load.data.length === 0 && <p>{t('groups.empty')}</p>}
      {load.kind === 'loaded' && load.data.length > 0 && (
        <ul className="plan-list">
          {[...load.data]
            .sort((a, b) => a.name.localeCompare(b.name, 'fi'))
            .map((group) => (
              <li key={group.id} className="plan-list__item">
                <Link href={groupHref(group.id)} className="plan-list__link">
                  {group.name}
                </Link>
                <span className="plan-list__meta">
                  <RoleText role={group.myRole} />
                </span>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
