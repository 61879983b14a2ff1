import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnauthorized } from '../api/http';
import { createPlan } from '../api/plans';
import { planHref } from '../routing/route';

/** Creates a plan and opens it. */
export function CreatePlanForm({ onSessionLost }: { onSessionLost: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const headingId = useId();
  const inputId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailed(false);
    try {
      const plan = await createPlan(title.trim());
      location.hash = planHref(plan.id);
    } catch (error) {
      if (isUnauthorized(error)) {
        onSessionLost();
        return;
      }
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <section className="create-plan" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plans.createTitle')}</h2>
      <form className="form form--inline" onSubmit={(event) => void submit(event)}>
        <div className="form__field">
          <label htmlFor={inputId}>{t('plans.titleLabel')}</label>
          <input
            id={inputId}
            type="text"
            required
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            aria-describedby={failed ? errorId : undefined}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('plans.creating') : t('plans.create')}
        </button>
      </form>
      <div id={errorId} className="form-error" aria-live="assertive">
        {failed && t('plans.createFailed')}
      </div>
    </section>
  );
}
