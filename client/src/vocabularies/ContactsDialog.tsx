import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contactSchema } from '../../../shared/api/vocabularies';
import { VOCABULARY_LIMITS, type PartyData } from '../../../shared/plan';
import { getGroup, type Member } from '../api/groups';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField, InputField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { SubmitCancelActions } from '../components/SubmitCancelActions';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { saveContacts, type ContactInput } from './api';
import type { EntryDialogProps } from './entryDialogProps';

interface Props extends Omit<EntryDialogProps, 'view'> {
  party: PartyData;
  /** The plan's steering group, whose members a contact can be linked to; null for a private draft. */
  groupId: string | null;
}

const EMPTY = { name: '', email: '', userId: '' };

/**
 * A party's contact persons (those a status round asks): a name, an e-mail
 * address, and optionally the member of the steering group they are. The
 * list is the party's live one; each addition, change and removal is saved at
 * once. A contact is changed in place in the same form that adds one.
 */
export function ContactsDialog({ planId, party, groupId, fallbackFocus, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run, fail } = useFeedback(onSessionLost);
  const [form, setForm] = useState(EMPTY);
  /** The contact being changed: its place in the list and how it read when chosen, or null when adding. */
  const [editing, setEditing] = useState<{ index: number; was: ContactInput } | null>(null);
  const changeButtons = useRef<Array<HTMLButtonElement | null>>([]);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const fetchMembers = useCallback(async (): Promise<Member[]> => (groupId ? (await getGroup(groupId)).members : []), [groupId]);
  const { load } = useLoad(fetchMembers, onSessionLost);
  const members = load.kind === 'loaded' ? [...load.data].sort((a, b) => a.name.localeCompare(b.name, 'fi')) : [];
  const current: ContactInput[] = party.contacts.map(({ name, email, userId }) => ({ name, email: email ?? '', ...(userId ? { userId } : {}) }));
  const label = (contact: ContactInput) => contact.name || contact.email || '';
  const same = (a: ContactInput | undefined, b: ContactInput) => a !== undefined && a.name === b.name && a.email === b.email && (a.userId ?? '') === (b.userId ?? '');

  const startChange = (index: number) => {
    const contact = current[index]!;
    setEditing({ index, was: contact });
    setForm({ name: contact.name ?? '', email: contact.email ?? '', userId: contact.userId ?? '' });
    firstField.current?.focus();
  };

  const stopChange = () => {
    const index = editing?.index;
    setEditing(null);
    setForm(EMPTY);
    if (index !== undefined) changeButtons.current[index]?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const contact: ContactInput = { name: form.name.trim(), email: form.email.trim(), ...(form.userId ? { userId: form.userId } : {}) };
    const checked = contactSchema.safeParse(contact);
    if (!checked.success) {
      return fail(contact.name === '' && contact.email === '' ? t('vocabularies.contacts.needNameOrEmail') : t('vocabularies.contacts.badEmail'));
    }
    if (editing) {
      // The list is live: write over the contact only if it is still where and what it was when chosen.
      if (!same(current[editing.index], editing.was)) return fail(t('vocabularies.contacts.changedMeanwhile'));
      const contacts = current.map((old, i) => (i === editing.index ? contact : old));
      if (await run(() => saveContacts(planId, party.id, contacts), { done: t('vocabularies.contacts.saved', { name: label(contact) }) })) stopChange();
      return;
    }
    if (await run(() => saveContacts(planId, party.id, [...current, contact]), { done: t('vocabularies.contacts.added', { name: label(contact) }) })) {
      setForm(EMPTY);
      firstField.current?.focus();
    }
  };

  const remove = async (index: number) => {
    const contact = current[index]!;
    const done = t('vocabularies.contacts.removed', { name: label(contact) });
    // The removed row's button is gone: focus goes to the list's heading.
    if (await run(() => saveContacts(planId, party.id, current.filter((_, i) => i !== index)), { done })) {
      if (editing) {
        setEditing(null);
        setForm(EMPTY);
      }
      listHeading.current?.focus();
    }
  };

  const pickUser = (userId: string) => {
    const member = members.find((candidate) => candidate.userId === userId);
    setForm((old) => (member ? { userId, name: member.name, email: member.email } : { ...old, userId: '' }));
  };

  return (
    <ModalDialog title={t('vocabularies.contacts.title', { name: party.name })} onClose={onClose} fallbackFocus={fallbackFocus}>
      <h3 id={headingId} ref={listHeading} tabIndex={-1} className="vocabularies__contacts-title">
        {t('vocabularies.contacts.listTitle')}
      </h3>
      {current.length === 0 ? (
        <p>{t('vocabularies.contacts.none')}</p>
      ) : (
        <ul className="vocabularies__contact-list" aria-labelledby={headingId}>
          {current.map((contact, index) => (
            // Keyed by place, so that a row changed in place keeps its buttons (and the focus on them) when the live list catches up.
            <li key={index}>
              <span>
                {[contact.name, contact.email].filter(Boolean).join(', ')}
                {contact.userId && <span className="vocabularies__user">{t('vocabularies.contacts.isUser')}</span>}
              </span>
              <button
                type="button"
                ref={(element) => {
                  changeButtons.current[index] = element;
                }}
                className="button button--small"
                aria-label={t('vocabularies.contacts.changeOne', { name: label(contact) })}
                aria-pressed={editing?.index === index}
                onClick={() => startChange(index)}
              >
                {t('vocabularies.contacts.change')}
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={t('vocabularies.contacts.removeOne', { name: label(contact) })}
                onClick={() => void remove(index)}
              >
                {t('vocabularies.contacts.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h3>{editing ? t('vocabularies.contacts.changeTitle', { name: label(editing.was) }) : t('vocabularies.contacts.addTitle')}</h3>
        {members.length > 0 && (
          <FormField label={t('vocabularies.contacts.user')} hint={t('vocabularies.contacts.userHint')}>
            {(control) => (
              <select {...control} value={form.userId} onChange={(event) => pickUser(event.target.value)}>
                <option value="">{t('vocabularies.contacts.noUser')}</option>
                {members.map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name} ({member.email})
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <InputField
          ref={firstField}
          label={t('vocabularies.contacts.name')}
          maxLength={VOCABULARY_LIMITS.contactField}
          autoComplete="off"
          value={form.name}
          onValue={(name) => setForm((old) => ({ ...old, name }))}
        />
        <InputField
          type="email"
          label={t('vocabularies.contacts.email')}
          maxLength={VOCABULARY_LIMITS.contactField}
          autoComplete="off"
          value={form.email}
          onValue={(email) => setForm((old) => ({ ...old, email }))}
        />
        <FeedbackRegion feedback={feedback} />
        {editing ? (
          <SubmitCancelActions submitLabel={t('vocabularies.contacts.save')} busy={busy} onCancel={stopChange} cancelLabel={t('vocabularies.contacts.cancelChange')} />
        ) : (
          <SubmitCancelActions submitLabel={t('vocabularies.contacts.add')} busy={busy} onCancel={onClose} cancelLabel={t('feedback.close')} />
        )}
      </form>
    </ModalDialog>
  );
}
