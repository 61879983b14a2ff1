import { useTranslation } from 'react-i18next';
import type { Member, MembershipFields } from '../api/groups';
import { listDirectory } from '../api/users';
import { ModalDialog } from '../components/ModalDialog';
import { useLoad } from '../components/useLoad';
import { addableUsers } from './members';
import { MemberForm } from './MemberForm';

interface Props {
  groupId: string;
  members: readonly Member[];
  onSaved: (name: string) => Promise<void>;
  onClose: () => void;
  onSessionLost: () => void;
}

const NEW_MEMBER: MembershipFields = { role: 'member', title: '', unit: '', deputy: false, expert: false };

/** Loads the user directory (only when someone means to add a member), then asks for the membership. */
export function AddMemberDialog({ groupId, members, onSaved, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { load } = useLoad(listDirectory, onSessionLost);
  const candidates = load.kind === 'loaded' ? addableUsers(load.data, members) : [];

  // One dialog throughout: replacing it when the directory arrives would lose the focus to return to.
  return (
    <ModalDialog title={t('groups.members.addTitle')} onClose={onClose}>
      {candidates.length > 0 ? (
        <MemberForm
          groupId={groupId}
          person={{ candidates }}
          initial={NEW_MEMBER}
          submitLabel={t('groups.members.add')}
          onSaved={onSaved}
          onCancel={onClose}
          onSessionLost={onSessionLost}
        />
      ) : (
        <>
          <p role="status">
            {load.kind === 'loading' && t('app.loading')}
            {load.kind === 'failed' && t('groups.members.directoryFailed')}
            {load.kind === 'loaded' && t('groups.members.nobodyToAdd')}
          </p>
          <div className="modal__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('feedback.close')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
