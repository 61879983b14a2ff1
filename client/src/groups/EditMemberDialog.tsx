import { useTranslation } from 'react-i18next';
import type { Member } from '../api/groups';
import { ModalDialog } from '../components/ModalDialog';
import { membershipOf } from './members';
import { MemberForm } from './MemberForm';

interface Props {
  groupId: string;
  member: Member;
  onSaved: (name: string) => Promise<void>;
  onClose: () => void;
  onSessionLost: () => void;
}

/** Changes a member's role, title, unit, deputy and expert status. */
export function EditMemberDialog({ groupId, member, onSaved, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={t('groups.members.editTitle', { name: member.name })} onClose={onClose}>
      <MemberForm
        groupId={groupId}
        person={{ userId: member.userId, name: member.name }}
        initial={membershipOf(member)}
        submitLabel={t('groups.members.save')}
        onSaved={onSaved}
        onCancel={onClose}
        onSessionLost={onSessionLost}
      />
    </ModalDialog>
  );
}
