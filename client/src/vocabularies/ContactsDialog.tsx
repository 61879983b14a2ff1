import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contactSchema } from '../../../shared/api/vocabularies';
import { VOCABULARY_LIMITS, type PartyData } from '../../../shared/plan';
import { getGroup, type Member } from '../api/groups';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField, InputField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
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
 * list is the party's live one; each addition and removal is saved at once.
 */
export function ContactsDialog({ planId, party, groupId, fallbackFocus, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run, fail } = useFeedback(onSessionLost);
  const [form, setForm] = useState(EMPTY);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const fetchMembers = useCallback(async (): Promise<Member[]> => (groupId ? (await getGroup(groupId)).members : []), [groupId]);
  const { load } = useLoad(fetchMembers, onSessionLost);
  const members = load.kind === 'loaded' ? [...load.data].sort((a, b) => a.name.localeCompare(b.name, 'fi')) : [];
  const current: ContactInput[] = party.contacts.map(({ name, email, userId }) => ({ name, email: email ?? '', ...(userId ? { userId } : {}) }));
  const label = (contact: ContactInput) => contact.name || contact.email || '';

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const contact: ContactInput = { name: form.name.trim(), email: form.email.trim(), ...(form.userId ? { userId: form.userId } : {}) };
    const checked = contactSchema.safeParse(contact);
    if (!checked.success) {
      return fail(contact.name === '' && contact.email === '' ? t('vocabularies.contacts.needNameOrEmail') : t('vocabularies.contacts.badEmail'));
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
    if (await run(() => saveContacts(planId, party.id, current.filter((_, i) => i !== index)), { done })) listHeading.current?.focus();
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
            <li key={`${contact.email} ${contact.name}`}>
              <span>
                {[contact.name, contact.email].filter(Boolean).join(', ')}
                {contact.userId && <span className="vocabularies__user">{t('vocabularies.contacts.isUser')}</span>}
              </span>
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
      <form className="form" onSubmit={(event) => void add(event)} noValidate>
        <h3>{t('vocabularies.contacts.addTitle')}</h3>
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
        <div className="modal__actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {t('vocabularies.contacts.add')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('feedback.close')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
