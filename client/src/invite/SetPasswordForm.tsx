import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptInvite, type Invitee } from '../api/users';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { InputField } from '../components/FormField';
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
  const feedbackId = useId();
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

  // Each field is marked when it is the problem; both are read with the error while there is one.
  const newPassword = (itsProblem: PasswordProblem) => ({
    ref: fields[itsProblem],
    type: 'password',
    autoComplete: 'new-password',
    required: true,
    invalid: problem === itsProblem,
    describedBy: feedback.kind === 'failed' ? feedbackId : undefined,
  });

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={invited.email} readOnly hidden />
      <InputField
        {...newPassword('tooShort')}
        label={t('invite.password')}
        hint={t('invite.hint', { count: MIN_PASSWORD_LENGTH })}
        value={password}
        onValue={setPassword}
      />
      <InputField {...newPassword('mismatch')} label={t('invite.again')} value={again} onValue={setAgain} />
      <FeedbackRegion feedback={feedback} id={feedbackId} />
      <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
        {busy ? t('invite.saving') : t('invite.submit')}
      </button>
    </form>
  );
}
