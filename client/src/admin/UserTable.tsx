import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../api/users';

interface Props {
  users: readonly AdminUser[];
  /** The signed-in administrator, who cannot remove themselves. */
  selfId: string;
  labelledBy: string;
  onEdit: (user: AdminUser) => void;
  onInvite: (user: AdminUser) => void;
  onRemove: (user: AdminUser) => void;
}

export function UserTable({ users, selfId, labelledBy, onEdit, onInvite, onRemove }: Props) {
  const { t } = useTranslation();
  const sorted = [...users].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  return (
    // Scrolls sideways if it must; focusable so that keyboard users can scroll it too.
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {/* Explicit roles: on a phone the rows are stacked with CSS, which would otherwise drop the table semantics. */}
      <table role="table" className="data-table" aria-labelledby={labelledBy}>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{t('admin.users.name')}</th>
            <th role="columnheader" scope="col">{t('admin.users.email')}</th>
            <th role="columnheader" scope="col">{t('admin.users.rights')}</th>
            <th role="columnheader" scope="col">{t('admin.users.password')}</th>
            <th role="columnheader" scope="col">{t('admin.users.actions')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {sorted.map((user) => (
            <tr role="row" key={user.id}>
              <th role="rowheader" scope="row" className="data-table__name">
                {user.name}
              </th>
              <td role="cell" data-label={t('admin.users.email')}>
                {user.email}
              </td>
              <td role="cell" data-label={t('admin.users.rights')}>
                {user.isAdmin ? <span className="badge">{t('admin.users.admin')}</span> : t('admin.users.regular')}
              </td>
              <td role="cell" data-label={t('admin.users.password')}>
                {user.hasPassword ? (
                  t('admin.users.passwordSet')
                ) : (
                  <span className="badge badge--muted">{t('admin.users.passwordPending')}</span>
                )}
              </td>
              <td role="cell">
                <span className="row-actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('admin.users.editOne', { name: user.name })}
                    onClick={() => onEdit(user)}
                  >
                    {t('admin.users.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('admin.users.inviteOne', { name: user.name })}
                    onClick={() => onInvite(user)}
                  >
                    {t('admin.users.invite')}
                  </button>
                  {user.id !== selfId && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('admin.users.removeOne', { name: user.name })}
                      onClick={() => onRemove(user)}
                    >
                      {t('admin.users.remove')}
                    </button>
                  )}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
