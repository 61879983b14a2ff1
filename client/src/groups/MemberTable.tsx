import { useTranslation } from 'react-i18next';
import type { Member } from '../api/groups';
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
  const manage = onEdit !== undefined && onRemove !== undefined;
  return (
    // Scrolls sideways if it must; focusable so that keyboard users can scroll it too.
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {/* Explicit roles: on a phone the rows are stacked with CSS, which would otherwise drop the table semantics. */}
      <table role="table" className="data-table" aria-labelledby={labelledBy}>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{t('groups.members.name')}</th>
            <th role="columnheader" scope="col">{t('groups.members.role')}</th>
            <th role="columnheader" scope="col">{t('groups.members.position')}</th>
            {manage && <th role="columnheader" scope="col">{t('groups.members.actions')}</th>}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {sortMembers(members).map((member) => (
            <tr role="row" key={member.userId}>
              <th role="rowheader" scope="row" className="data-table__name">
                {member.name}
                <span className="data-table__sub">{member.email}</span>
              </th>
              <td role="cell" data-label={t('groups.members.role')}>
                {t(`groups.roles.${member.role}`)}
                {(member.deputy || member.expert) && (
                  <span className="badges">
                    {member.deputy && <span className="badge">{t('groups.deputy')}</span>}
                    {member.expert && <span className="badge">{t('groups.expert')}</span>}
                  </span>
                )}
              </td>
              <td role="cell" data-label={t('groups.members.position')}>
                {positionOf(member)}
              </td>
              {manage && (
                <td role="cell">
                  <span className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('groups.members.editOne', { name: member.name })}
                      onClick={() => onEdit(member)}
                    >
                      {t('groups.members.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('groups.members.removeOne', { name: member.name })}
                      onClick={() => onRemove(member)}
                    >
                      {t('groups.members.remove')}
                    </button>
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
