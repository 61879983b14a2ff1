import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createVersion, type VersionSummary } from '../api/versions';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { InputField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { useFeedback } from '../components/useFeedback';
import { SubmitCancelActions } from '../components/SubmitCancelActions';

interface Props {
  planId: string;
  onSaved: (version: VersionSummary) => Promise<void>;
  onClose: () => void;
  onSessionLost: () => void;
}

/** Names the plan as it is now, e.g. "Kaupunginvaltuustolle 12.6.2026": a version kept forever, unchanged. */
export function SaveVersionDialog({ planId, onSaved, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run } = useFeedback(onSessionLost);
  const [label, setLabel] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await run(() => createVersion(planId, label.trim()));
    if (saved) await onSaved(saved.value);
  };

  return (
    <ModalDialog title={t('versions.save.title')} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <InputField
          label={t('versions.save.label')}
          hint={t('versions.save.hint')}
          required
          maxLength={200}
          value={label}
          onValue={setLabel}
        />
        <FeedbackRegion feedback={feedback} />
        <SubmitCancelActions submitLabel={t('versions.save.submit')} busy={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
