import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyKind } from '../../../shared/plan';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { SubmitCancelActions } from '../components/SubmitCancelActions';
import { useFeedback } from '../components/useFeedback';
import { mergeEntry } from './api';
import type { EntryDialogProps } from './entryDialogProps';
import { entriesOf, mergedCount, usageOf, type NamedEntry } from './vocabularyView';

interface Props extends EntryDialogProps {
  kind: VocabularyKind;
  entry: NamedEntry;
}

/**
 * Two entries that are one (a unit written two ways): the other is chosen,
 * then which of the two stays, each shown with how many measures name it.
 * The dialog says what merging does before it is done: the measures of the
 * one that goes name the one that stays (a lead stays the lead), and its
 * contacts or details move over.
 */
export function MergeDialog({ planId, view, kind, entry, fallbackFocus, onDone, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run, fail } = useFeedback(onSessionLost);
  const [otherId, setOtherId] = useState('');
  const [keepId, setKeepId] = useState(entry.id);
  const keepName = useId();
  const others = entriesOf(view, kind).filter((candidate) => candidate.id !== entry.id);
  // Read from the live list: someone may rename or remove the other while the dialog is open.
  const other = others.find((candidate) => candidate.id === otherId);
  const kept = other && keepId === other.id ? other : entry;
  const removed = other && (kept === entry ? other : entry);

  const count = (id: string) => {
    const { measures, lead } = usageOf(view, kind, id);
    return kind === 'party' ? t('vocabularies.merge.countWithLead', { count: measures.length, lead }) : t('vocabularies.uses.measures', { count: measures.length });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!removed) return fail(t('vocabularies.merge.chooseFirst'));
    if (await run(() => mergeEntry(planId, kind, removed.id, kept.id))) {
      onDone(t('vocabularies.merge.done', { removed: removed.name, kept: kept.name }));
    }
  };

  return (
    <ModalDialog title={t('vocabularies.merge.title', { name: entry.name })} onClose={onClose} fallbackFocus={fallbackFocus}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <FormField label={t(`vocabularies.${kind}.mergeWith`)}>
          {(control) => (
            <select {...control} value={otherId} onChange={(event) => setOtherId(event.target.value)}>
              <option value="">{t('vocabularies.merge.choose')}</option>
              {others.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} ({count(candidate.id)})
                </option>
              ))}
            </select>
          )}
        </FormField>
        {other && (
          <fieldset className="checks">
            <legend>{t('vocabularies.merge.keep')}</legend>
            {[entry, other].map((candidate) => (
              <label key={candidate.id} className="check">
                <input type="radio" name={keepName} checked={kept.id === candidate.id} onChange={() => setKeepId(candidate.id)} />
                <span>
                  {candidate.name} <span className="vocabularies__count">({count(candidate.id)})</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {/* Always there, so that the consequence of each choice is read out as it changes. */}
        <div role="status">
          {removed && (
            <div className="notice">
              <p>{t('vocabularies.merge.keeps', { name: kept.name, count: mergedCount(view, kind, kept.id, removed.id) })}</p>
              <p>{t(`vocabularies.merge.removes.${kind}`, { name: removed.name })}</p>
            </div>
          )}
        </div>
        <FeedbackRegion feedback={feedback} />
        <SubmitCancelActions submitLabel={t('vocabularies.merge.submit')} busy={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
