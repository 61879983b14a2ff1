import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nameKey, VOCABULARY_LIMITS, type VocabularyKind } from '../../../shared/plan';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { InputField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { SubmitCancelActions } from '../components/SubmitCancelActions';
import { useFeedback } from '../components/useFeedback';
import { renameEntry } from './api';
import type { EntryDialogProps } from './entryDialogProps';
import { entriesOf, usageOf, type NamedEntry } from './vocabularyView';

interface Props extends EntryDialogProps {
  kind: VocabularyKind;
  entry: NamedEntry;
}

/** A new name for an entry: every measure that names it shows the new one, in every open table at once. */
export function RenameDialog({ planId, view, kind, entry, fallbackFocus, onDone, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run, fail } = useFeedback(onSessionLost);
  const [name, setName] = useState(entry.name);
  const errorId = useId();
  const count = usageOf(view, kind, entry.id).measures.length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = name.trim();
    if (clean === '') return fail(t('vocabularies.rename.empty'));
    if (clean === entry.name) return onClose();
    // Two entries of one name are one thing: the server refuses it (409), and merging is the way.
    const holder = entriesOf(view, kind).find((other) => other.id !== entry.id && nameKey(other.name) === nameKey(clean));
    if (holder) return fail(t('vocabularies.rename.taken', { name: holder.name }));
    const conflict = t('vocabularies.rename.taken', { name: clean });
    if (await run(() => renameEntry(planId, kind, entry.id, clean), { specific: { conflict } })) {
      onDone(t('vocabularies.rename.done', { from: entry.name, to: clean }));
    }
  };

  return (
    <ModalDialog title={t('vocabularies.rename.title', { name: entry.name })} onClose={onClose} fallbackFocus={fallbackFocus}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <InputField
          label={t(`vocabularies.${kind}.name`)}
          hint={t('vocabularies.rename.hint', { count })}
          describedBy={feedback.kind === 'failed' ? errorId : undefined}
          invalid={feedback.kind === 'failed' || undefined}
          maxLength={VOCABULARY_LIMITS.name}
          value={name}
          onValue={setName}
        />
        <FeedbackRegion feedback={feedback} id={errorId} />
        <SubmitCancelActions submitLabel={t('vocabularies.rename.submit')} busy={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
