import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../api/plans';
import { Link } from '../routing/Link';
import { planHref } from '../routing/route';

/** The group's plans, as links; newest change first, as on the plan list. */
export function GroupPlans({ plans }: { plans: readonly PlanSummary[] }) {
  const { t, i18n } = useTranslation();
  if (plans.length === 0) return <p>{t('groups.noPlans')}</p>;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="plan-list">
      {[...plans]
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((plan) => (
          <li key={plan.id} className="plan-list__item">
            <Link href={planHref(plan.id)} className="plan-list__link">
              {plan.title}
            </Link>
            <span className="plan-list__meta">
              {t('plans.updated', { date: dateFormat.format(new Date(plan.updatedAt)) })}
            </span>
          </li>
        ))}
    </ul>
  );
}
