import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renameGroup } from '../api/groups';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { InputField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { useFeedback } from '../components/useFeedback';
import { SubmitCancelActions } from '../components/SubmitCancelActions';

interface Props {
  groupId: string;
  name: string;
  onRenamed: (name: string) => Promise<void>;
  onClose: () => void;
  onSessionLost: () => void;
}

export function RenameGroupDialog({ groupId, name: currentName, onRenamed, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run } = useFeedback(onSessionLost);
  const [name, setName] = useState(currentName);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const newName = name.trim();
    if (await run(() => renameGroup(groupId, newName))) await onRenamed(newName);
  };

  return (
    <ModalDialog title={t('groups.rename.title')} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <InputField label={t('groups.rename.name')} required maxLength={300} value={name} onValue={setName} />
        <FeedbackRegion feedback={feedback} />
        <SubmitCancelActions submitLabel={t('groups.rename.save')} busy={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
