import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nameKey, VOCABULARY_LIMITS, type VocabularyKind } from '../../../shared/plan';
import { RowButton } from '../components/DataTable';
import { InputField } from '../components/FormField';
import { createEntry, deleteEntry } from './api';
import type { SectionProps } from './section';
import { entriesOf, usageOf, type NamedEntry } from './vocabularyView';

interface AddProps extends Pick<SectionProps, 'planId' | 'view' | 'run'> {
  kind: 'party' | 'targetGroup';
}

/** A new party or target group by its name; a name the plan has already (ignoring case and spaces) is that entry. */
export function AddEntryForm({ planId, view, run, kind }: AddProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = name.trim();
    if (clean === '') return;
    const existing = entriesOf(view, kind).find((entry) => nameKey(entry.name) === nameKey(clean));
    const done = existing ? t('vocabularies.add.exists', { name: existing.name }) : t('vocabularies.add.added', { name: clean });
    if (await run(() => createEntry(planId, kind, clean), { done })) setName('');
  };

  return (
    <form className="form form--inline vocabularies__add" onSubmit={(event) => void submit(event)}>
      <InputField label={t(`vocabularies.${kind}.addLabel`)} required maxLength={VOCABULARY_LIMITS.name} value={name} onValue={setName} />
      <button type="submit" className="button">
        {t('vocabularies.add.submit')}
      </button>
    </form>
  );
}

interface ActionProps extends Pick<SectionProps, 'planId' | 'view' | 'run' | 'onOpen'> {
  kind: VocabularyKind;
  entry: NamedEntry;
  /** Buttons of this kind only (a party's contacts, a project's details), first. */
  children?: ReactNode;
  /** False where another dialog changes the name with the rest (a project's). */
  renames?: boolean;
}

/**
 * A row's changes: rename, merge into another and delete. An entry no
 * measure names is deleted at once (nothing else goes with it); one in use
 * asks first, saying which measures lose it.
 */
export function EntryActions({ planId, view, run, onOpen, kind, entry, children, renames = true }: ActionProps) {
  const { t } = useTranslation();
  const { name, id } = entry;
  const remove = () => {
    if (usageOf(view, kind, id).measures.length > 0) onOpen({ type: 'delete', kind, id });
    else void run(() => deleteEntry(planId, kind, id), { done: t('vocabularies.delete.done', { name }) });
  };
  return (
    <>
      {children}
      {renames && (
        <RowButton label={t('vocabularies.actions.renameOne', { name })} onClick={() => onOpen({ type: 'rename', kind, id })}>
          {t('vocabularies.actions.rename')}
        </RowButton>
      )}
      {entriesOf(view, kind).length > 1 && (
        <RowButton label={t('vocabularies.actions.mergeOne', { name })} onClick={() => onOpen({ type: 'merge', kind, id })}>
          {t('vocabularies.actions.merge')}
        </RowButton>
      )}
      <RowButton label={t('vocabularies.actions.deleteOne', { name })} onClick={remove}>
        {t('vocabularies.actions.delete')}
      </RowButton>
    </>
  );
}

/** "12 toimenpidettä" (and for a party how many lead it), or that none names the entry. */
export function UseCount({ view, kind, id }: { view: SectionProps['view']; kind: VocabularyKind; id: string }) {
  const { t } = useTranslation();
  const { measures, lead } = usageOf(view, kind, id);
  if (measures.length === 0) return <span className="vocabularies__unused">{t('vocabularies.uses.none')}</span>;
  return (
    <span className="vocabularies__uses">
      {t('vocabularies.uses.measures', { count: measures.length })}
      {kind === 'party' && <span className="vocabularies__lead">{t('vocabularies.uses.lead', { count: lead })}</span>}
    </span>
  );
}
