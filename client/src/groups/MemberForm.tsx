import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, isRole } from '../../../shared/roles';
import { putMember, type MembershipFields } from '../api/groups';
import type { DirectoryUser } from '../api/users';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { FormField, InputField } from '../components/FormField';
import { useFeedback } from '../components/useFeedback';
import { SubmitCancelActions } from '../components/SubmitCancelActions';

interface Props {
  groupId: string;
  /** Adding: the users to choose from. Editing: the member, whose person cannot change. */
  person: { candidates: DirectoryUser[] } | { userId: string; name: string };
  initial: MembershipFields;
  submitLabel: string;
  /** After saving: the parent reloads the group, closes the dialog and announces the change. */
  onSaved: (name: string) => Promise<void>;
  onCancel: () => void;
  onSessionLost: () => void;
}

/** A membership's fields: the person (when adding), role, title, unit, deputy and expert. */
export function MemberForm({ groupId, person, initial, submitLabel, onSaved, onCancel, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run } = useFeedback(onSessionLost);
  const [userId, setUserId] = useState('userId' in person ? person.userId : '');
  const [fields, setFields] = useState(initial);
  const set = (change: Partial<MembershipFields>) => setFields((current) => ({ ...current, ...change }));
  const name = 'name' in person ? person.name : (person.candidates.find((u) => u.id === userId)?.name ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => putMember(groupId, userId, fields))) await onSaved(name);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      {'candidates' in person && (
        <FormField label={t('groups.members.person')}>
          {(control) => (
            // Focused when the directory arrives and replaces the dialog's loading message.
            <select {...control} required autoFocus value={userId} onChange={(event) => setUserId(event.target.value)}>
              <option value="">{t('groups.members.choosePerson')}</option>
              {person.candidates.map((user) => (
                <option key={user.id} value={user.id}>
                  {t('groups.members.personOption', { name: user.name, email: user.email })}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField label={t('groups.members.role')} hint={t(`groups.roleRights.${fields.role}`)}>
        {(control) => (
          <select {...control} value={fields.role} onChange={(event) => isRole(event.target.value) && set({ role: event.target.value })}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`groups.roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {(['title', 'unit'] as const).map((key) => (
        <InputField
          key={key}
          label={t(`groups.members.${key}`)}
          hint={t(`groups.members.${key}Example`)}
          maxLength={300}
          value={fields[key]}
          onValue={(text) => set({ [key]: text })}
        />
      ))}
      <fieldset className="checks">
        <legend>{t('groups.members.membership')}</legend>
        <label className="check">
          <input type="checkbox" checked={fields.deputy} onChange={(event) => set({ deputy: event.target.checked })} />
          {t('groups.deputy')}
        </label>
        <label className="check">
          <input type="checkbox" checked={fields.expert} onChange={(event) => set({ expert: event.target.checked })} />
          {t('groups.expert')}
        </label>
      </fieldset>
      <FeedbackRegion feedback={feedback} />
      <SubmitCancelActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
