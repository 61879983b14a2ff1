import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateUser, type AdminUser } from '../api/users';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { ModalDialog } from '../components/ModalDialog';
import { useFeedback } from '../components/useFeedback';
import { SubmitCancelActions } from '../components/SubmitCancelActions';
import { UserDetailsFields } from './UserDetailsFields';

interface Props {
  user: AdminUser;
  /** The server refuses taking away one's own administrator rights; the form does not offer it. */
  isSelf: boolean;
  onSaved: (name: string) => Promise<void>;
  onClose: () => void;
  onSessionLost: () => void;
}

export function EditUserDialog({ user, isSelf, onSaved, onClose, onSessionLost }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run } = useFeedback(onSessionLost);
  const [form, setForm] = useState({ name: user.name, email: user.email, isAdmin: user.isAdmin });
  const adminHintId = useId();
  const set = (change: Partial<typeof form>) => setForm((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const change = { name: form.name.trim(), email: form.email.trim(), isAdmin: form.isAdmin };
    if (await run(() => updateUser(user.id, change), { specific: { conflict: t('admin.emailTaken') } })) await onSaved(change.name);
  };

  return (
    <ModalDialog title={t('admin.edit.title', { name: user.name })} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <UserDetailsFields value={form} onChange={set} />
        <div className="form__field">
          <label className="check">
            <input
              type="checkbox"
              checked={form.isAdmin}
              disabled={isSelf}
              aria-describedby={isSelf ? adminHintId : undefined}
              onChange={(event) => set({ isAdmin: event.target.checked })}
            />
            {t('admin.users.makeAdmin')}
          </label>
          {isSelf && (
            <p id={adminHintId} className="field-hint">
              {t('admin.edit.ownRights')}
            </p>
          )}
        </div>
        <FeedbackRegion feedback={feedback} />
        <SubmitCancelActions submitLabel={t('admin.edit.save')} busy={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
