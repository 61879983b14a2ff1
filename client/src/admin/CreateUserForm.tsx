import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser, type Invite, type NewUser } from '../api/users';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { InputField } from '../components/FormField';
import { useFeedback } from '../components/useFeedback';
import { UserDetailsFields } from './UserDetailsFields';

interface Props {
  /** After creating: the users reload; `invite` is there when no password was given. */
  onCreated: (name: string, invite: Invite | null) => Promise<void>;
  onSessionLost: () => void;
}

type PasswordChoice = 'invite' | 'now';

const EMPTY = { name: '', email: '', isAdmin: false, password: '' };

/**
 * Creates a user, by default without a password: the person then sets it
 * through a one-time link, so that nobody but them ever knows it.
 */
export function CreateUserForm({ onCreated, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run } = useFeedback(onSessionLost);
  const [form, setForm] = useState(EMPTY);
  const [choice, setChoice] = useState<PasswordChoice>('invite');
  const choiceName = useId();
  const set = (change: Partial<typeof EMPTY>) => setForm((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const user: NewUser = { name: form.name.trim(), email: form.email.trim(), isAdmin: form.isAdmin };
    if (choice === 'now') user.password = form.password;
    const created = await run(() => createUser(user), {
      done: choice === 'now' ? t('admin.create.done', { name: user.name }) : undefined,
      specific: { conflict: t('admin.emailTaken') },
    });
    if (!created) return;
    setForm(EMPTY);
    const { invitePath, inviteExpiresAt } = created.value;
    await onCreated(user.name, invitePath && inviteExpiresAt ? { invitePath, inviteExpiresAt } : null);
  };

  return (
    <form className="form admin-form" onSubmit={(event) => void submit(event)}>
      <UserDetailsFields value={form} onChange={set} />
      <label className="check">
        <input type="checkbox" checked={form.isAdmin} onChange={(event) => set({ isAdmin: event.target.checked })} />
        {t('admin.users.makeAdmin')}
      </label>
      <fieldset className="checks">
        <legend>{t('admin.create.passwordChoice')}</legend>
        <label className="check">
          <input
            type="radio"
            name={choiceName}
            checked={choice === 'invite'}
            onChange={() => setChoice('invite')}
          />
          {t('admin.create.withInvite')}
        </label>
        <label className="check">
          <input type="radio" name={choiceName} checked={choice === 'now'} onChange={() => setChoice('now')} />
          {t('admin.create.withPassword')}
        </label>
      </fieldset>
      {choice === 'now' && (
        <InputField
          label={t('admin.create.password')}
          hint={t('admin.create.passwordHint')}
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          value={form.password}
          onValue={(password) => set({ password })}
        />
      )}
      <FeedbackRegion feedback={feedback} />
      <div>
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {t('admin.create.submit')}
        </button>
      </div>
    </form>
  );
}
