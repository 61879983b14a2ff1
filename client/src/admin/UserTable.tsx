import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../api/users';
import { DataTable, RowButton } from '../components/DataTable';

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
    <DataTable
      rows={sorted}
      rowKey={(user) => user.id}
      labelledBy={labelledBy}
      nameColumn={{ header: t('admin.users.name'), cell: (user) => user.name }}
      columns={[
        { header: t('admin.users.email'), cell: (user) => user.email },
        {
          header: t('admin.users.rights'),
          cell: (user) => (user.isAdmin ? <span className="badge">{t('admin.users.admin')}</span> : t('admin.users.regular')),
        },
        {
          header: t('admin.users.password'),
          cell: (user) =>
            user.hasPassword ? (
              t('admin.users.passwordSet')
            ) : (
              <span className="badge badge--muted">{t('admin.users.passwordPending')}</span>
            ),
        },
      ]}
      actions={{
        header: t('admin.users.actions'),
        cell: (user) => (
          <>
            <RowButton label={t('admin.users.editOne', { name: user.name })} onClick={() => onEdit(user)}>
              {t('admin.users.edit')}
            </RowButton>
            <RowButton label={t('admin.users.inviteOne', { name: user.name })} onClick={() => onInvite(user)}>
              {t('admin.users.invite')}
            </RowButton>
            {user.id !== selfId && (
              <RowButton label={t('admin.users.removeOne', { name: user.name })} onClick={() => onRemove(user)}>
                {t('admin.users.remove')}
              </RowButton>
            )}
          </>
        ),
      }}
    />
  );
}
