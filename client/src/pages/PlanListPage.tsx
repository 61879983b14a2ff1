import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listGroups, type GroupSummary } from '../api/groups';
import { isUnauthorized } from '../api/http';
import { listPlans, type PlanSummary } from '../api/plans';
import type { SessionUser } from '../api/session';
import { PageTitle } from '../components/PageTitle';
import { PlanGroupLabel } from '../groups/PlanGroupLabel';
import { plannableGroups } from '../groups/planGroups';
import { Link } from '../routing/Link';
import { planHref } from '../routing/route';
import { CreatePlanForm } from './CreatePlanForm';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; plans: PlanSummary[]; groups: GroupSummary[] };

export function PlanListPage({ user, onSessionLost }: { user: SessionUser; onSessionLost: () => void }) {
  const { t, i18n } = useTranslation();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    // The groups name each plan's group and are the choices for a new plan.
    Promise.all([listPlans(), listGroups()]).then(
      ([plans, groups]) => current && setLoad({ kind: 'loaded', plans, groups }),
      (error: unknown) => {
        if (!current) return;
        if (isUnauthorized(error)) onSessionLost();
        else setLoad({ kind: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [onSessionLost]);

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const groups = load.kind === 'loaded' ? load.groups : [];
  const groupOf = (plan: PlanSummary) => groups.find((g) => g.id === plan.groupId) ?? null;

  return (
    <div className="plans">
      <PageTitle>{t('plans.title')}</PageTitle>
      {load.kind === 'loading' && <p>{t('app.loading')}</p>}
      {load.kind === 'failed' && <p className="form-error">{t('plans.loadFailed')}</p>}
      {load.kind === 'loaded' && load.plans.length === 0 && <p>{t('plans.empty')}</p>}
      {load.kind === 'loaded' && load.plans.length > 0 && (
        <ul className="plan-list">
          {load.plans.map((plan) => (
            <li key={plan.id} className="plan-list__item">
              <span>
                <Link href={planHref(plan.id)} className="plan-list__link">
                  {plan.title}
                </Link>
                <PlanGroupLabel group={groupOf(plan)} />
              </span>
              <span className="plan-list__meta">
                {t('plans.updated', { date: dateFormat.format(new Date(plan.updatedAt)) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {load.kind === 'loaded' && (
        <CreatePlanForm groups={plannableGroups(load.groups, user.isAdmin)} onSessionLost={onSessionLost} />
      )}
    </div>
  );
}
