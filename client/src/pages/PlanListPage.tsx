import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnauthorized } from '../api/http';
import { listPlans, type PlanSummary } from '../api/plans';
import { PageTitle } from '../components/PageTitle';
import { planHref } from '../routing/route';
import { CreatePlanForm } from './CreatePlanForm';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; plans: PlanSummary[] };

export function PlanListPage({ onSessionLost }: { onSessionLost: () => void }) {
  const { t, i18n } = useTranslation();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    listPlans().then(
      (plans) => current && setLoad({ kind: 'loaded', plans }),
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
              <a href={planHref(plan.id)} className="plan-list__link">
                {plan.title}
              </a>
              <span className="plan-list__meta">
                {t('plans.updated', { date: dateFormat.format(new Date(plan.updatedAt)) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <CreatePlanForm onSessionLost={onSessionLost} />
    </div>
  );
}
