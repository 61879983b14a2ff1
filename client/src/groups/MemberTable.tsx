import { useTranslation } from 'react-i18next';
import type { Member } from '../api/groups';
import { DataTable, RowButton } from '../components/DataTable';
import { positionOf, sortMembers } from './members';

interface Props {
  members: readonly Member[];
  /** Labels the table: the id of the section's heading. */
  labelledBy: string;
  /** Given only to those who may manage the group: without them the table has no action column. */
  onEdit?: (member: Member) => void;
  onRemove?: (member: Member) => void;
}

export function MemberTable({ members, labelledBy, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <DataTable
      rows={sortMembers(members)}
      rowKey={(member) => member.userId}
      labelledBy={labelledBy}
      empty={t('groups.members.none')}
      nameColumn={{
        header: t('groups.members.name'),
        cell: (member) => (
          <>
            {member.name}
            <span className="data-table__sub">{member.email}</span>
          </>
        ),
      }}
      columns={[
        {
          header: t('groups.members.role'),
          cell: (member) => (
            <>
              {t(`groups.roles.${member.role}`)}
              {(member.deputy || member.expert) && (
                <span className="badges">
                  {member.deputy && <span className="badge">{t('groups.deputy')}</span>}
                  {member.expert && <span className="badge">{t('groups.expert')}</span>}
                </span>
              )}
            </>
          ),
        },
        { header: t('groups.members.position'), cell: positionOf },
      ]}
      actions={
        onEdit && onRemove
          ? {
              header: t('groups.members.actions'),
              cell: (member) => (
                <>
                  <RowButton label={t('groups.members.editOne', { name: member.name })} onClick={() => onEdit(member)}>
                    {t('groups.members.edit')}
                  </RowButton>
                  <RowButton label={t('groups.members.removeOne', { name: member.name })} onClick={() => onRemove(member)}>
                    {t('groups.members.remove')}
                  </RowButton>
                </>
              ),
            }
          : undefined
      }
    />
  );
}
