import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import { signIn, type SessionUser } from '../api/session';
import { InputField } from '../components/FormField';
import { PageTitle } from '../components/PageTitle';
import '../components/forms.css';

type LoginError = 'invalid' | 'rateLimited' | 'failed';

function classify(error: unknown): LoginError {
  if (error instanceof ApiError && error.status === 401) return 'invalid';
  if (error instanceof ApiError && error.status === 429) return 'rateLimited';
  return 'failed';
}

interface Props {
  onSignedIn: (user: SessionUser) => void;
  /** Said above the form, e.g. that a password was just set through an invite link. */
  notice?: string;
}

export function LoginPage({ onSignedIn, notice }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ email: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(values.email.trim(), values.password));
    } catch (caught) {
      setError(classify(caught));
      setBusy(false);
    }
  };

  // Named for password managers; both are read with the error while there is one.
  const field = (name: keyof typeof values) => ({
    name,
    required: true,
    value: values[name],
    onValue: (value: string) => setValues((current) => ({ ...current, [name]: value })),
    describedBy: error ? errorId : undefined,
  });

  return (
    <div className="login">
      <PageTitle>{t('login.title')}</PageTitle>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <p className="login__intro">{t('login.intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <InputField label={t('login.email')} type="email" autoComplete="username" {...field('email')} />
        <InputField label={t('login.password')} type="password" autoComplete="current-password" {...field('password')} />
        {/* Always rendered: a live region must exist before its text changes to be announced. */}
        <div id={errorId} className="form-error" aria-live="assertive">
          {error && t(`login.${error}`)}
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </div>
  );
}
