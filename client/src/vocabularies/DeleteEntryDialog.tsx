import { useTranslation } from 'react-i18next';
import type { VocabularyKind } from '../../../shared/plan';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { deleteEntry } from './api';
import type { EntryDialogProps } from './entryDialogProps';
import { usageOf, type NamedEntry } from './vocabularyView';

/** The measures a confirmation names; beyond them it says how many more. */
const LISTED = 8;

interface Props extends EntryDialogProps {
  kind: VocabularyKind;
  entry: NamedEntry;
}

/** Deleting an entry that measures name: says which measures lose it (and a party's contact persons) before anything goes. */
export function DeleteEntryDialog({ planId, view, kind, entry, fallbackFocus, onDone, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { measures } = usageOf(view, kind, entry.id);
  const contacts = kind === 'party' ? (view.parties.find((party) => party.id === entry.id)?.contacts.length ?? 0) : 0;
  return (
    <ConfirmDialog
      title={t('vocabularies.delete.title', { name: entry.name })}
      confirmLabel={t('vocabularies.delete.confirm')}
      onConfirm={() => deleteEntry(planId, kind, entry.id)}
      onDone={() => onDone(t('vocabularies.delete.done', { name: entry.name }))}
      onClose={onClose}
      onSessionLost={onSessionLost}
      fallbackFocus={fallbackFocus}
    >
      <p>{t('vocabularies.delete.measures', { count: measures.length })}</p>
      <ul className="vocabularies__measures">
        {measures.slice(0, LISTED).map((measure) => (
          <li key={measure.id}>{measure.title || t('vocabularies.untitled')}</li>
        ))}
        {measures.length > LISTED && <li>{t('vocabularies.delete.more', { count: measures.length - LISTED })}</li>}
      </ul>
      {contacts > 0 && <p>{t('vocabularies.delete.contacts', { count: contacts })}</p>}
    </ConfirmDialog>
  );
}
