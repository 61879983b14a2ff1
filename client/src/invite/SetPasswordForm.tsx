import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptInvite, type Invitee } from '../api/users';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { useFeedback } from '../components/useFeedback';
import { MIN_PASSWORD_LENGTH, passwordProblem, type PasswordProblem } from './passwordCheck';

interface Props {
  token: string;
  invited: Invitee;
  onPasswordSet: () => void;
}

/** The new password twice; checked here for length and typos, then set through the one-time link. */
export function SetPasswordForm({ token, invited, onPasswordSet }: Props) {
  const { t } = useTranslation();
  const { feedback, busy, run, fail } = useFeedback();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<PasswordProblem | null>(null);
  const ids = { password: useId(), hint: useId(), again: useId(), feedback: useId() };
  const fields = { tooShort: useRef<HTMLInputElement>(null), mismatch: useRef<HTMLInputElement>(null) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = passwordProblem(password, again);
    setProblem(found);
    if (found) {
      fail(t(`invite.${found}`, { count: MIN_PASSWORD_LENGTH }));
      fields[found].current?.focus();
      return;
    }
    const set = await run(() => acceptInvite(token, password), { specific: { notFound: t('invite.expired') } });
    if (set) onPasswordSet();
  };

  // The hint, and the error while there is one, are read with the field.
  const describedBy = (own: string | null) =>
    [own, feedback.kind === 'failed' ? ids.feedback : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={invited.email} readOnly hidden />
      <div className="form__field">
        <label htmlFor={ids.password}>{t('invite.password')}</label>
        <input
          ref={fields.tooShort}
          id={ids.password}
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={problem === 'tooShort' || undefined}
          aria-describedby={describedBy(ids.hint)}
        />
        <p id={ids.hint} className="field-hint">
          {t('invite.hint', { count: MIN_PASSWORD_LENGTH })}
        </p>
      </div>
      <div className="form__field">
        <label htmlFor={ids.again}>{t('invite.again')}</label>
        <input
          ref={fields.mismatch}
          id={ids.again}
          type="password"
          autoComplete="new-password"
          required
          value={again}
          onChange={(event) => setAgain(event.target.value)}
          aria-invalid={problem === 'mismatch' || undefined}
          aria-describedby={describedBy(null)}
        />
      </div>
      <FeedbackRegion feedback={feedback} id={ids.feedback} />
      <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
        {busy ? t('invite.saving') : t('invite.submit')}
      </button>
    </form>
  );
}
