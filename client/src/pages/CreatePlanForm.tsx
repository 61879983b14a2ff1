import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../api/groups';
import { isUnauthorized } from '../api/http';
import { createPlan } from '../api/plans';
import { InputField } from '../components/FormField';
import { PlanGroupSelect } from '../groups/PlanGroupSelect';
import { navigate } from '../routing/navigation';
import { planHref } from '../routing/route';

interface Props {
  /** The groups the user may create plans in; none leaves only a private draft. */
  groups: readonly GroupSummary[];
  onSessionLost: () => void;
}

/** Creates a plan, in a group or as a private draft, and opens it. */
export function CreatePlanForm({ groups, onSessionLost }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  // A group's plan is the usual case, so the first group is preselected; '' is a private draft.
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const headingId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailed(false);
    try {
      const plan = await createPlan(title.trim(), groupId || null);
      navigate(planHref(plan.id));
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
      <form className="form" onSubmit={(event) => void submit(event)}>
        <InputField
          label={t('plans.titleLabel')}
          required
          maxLength={200}
          value={title}
          onValue={setTitle}
          describedBy={failed ? errorId : undefined}
        />
        <PlanGroupSelect groups={groups} value={groupId} onChange={setGroupId} />
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('plans.creating') : t('plans.create')}
          </button>
        </div>
      </form>
      <div id={errorId} className="form-error" aria-live="assertive">
        {failed && t('plans.createFailed')}
      </div>
    </section>
  );
}
