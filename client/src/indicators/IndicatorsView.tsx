import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenPlan } from '../api/plans';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { PageTitle } from '../components/PageTitle';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { formatFetchDate } from '../../../shared/indicators/words';
import { AddIndicator } from './AddIndicator';
import { listIndicators } from './api';
import { IndicatorCard } from './IndicatorCard';
import { MunicipalitySection } from './MunicipalitySection';
import { useLanguage } from './useLanguage';
import '../components/feedback.css';
import '../components/forms.css';
import './indicators.css';

interface Props {
  plan: OpenPlan;
  onSessionLost: () => void;
}

/**
 * `/plans/<id>/indicators`: the plan's indicators (mittarit), each with its
 * chart (drawn by the server, the same as in the exports) and its figures as
 * a table; editors choose the municipality, add indicators from Sotkanet's
 * catalogue or their own, enter figures and set targets. Figures come from
 * the server's cache of Sotkanet; the browser never asks Sotkanet itself.
 */
export function IndicatorsView({ plan, onSessionLost }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fetchIndicators = useCallback(() => listIndicators(plan.id, lang), [plan.id, lang]);
  const { load, reload } = useLoad(fetchIndicators, onSessionLost);
  // What the view's changes say (added, removed), announced from one place that stays on screen.
  const { feedback, run } = useFeedback(onSessionLost);
  const listHeadingId = useId();
  const editable = plan.can.edit;

  // The oldest fetch among figures served from the cache while Sotkanet is away.
  const staleSince = useMemo(() => {
    if (load.kind !== 'loaded') return null;
    const dates = load.data.filter((v) => v.stale && v.fetchedAt).map((v) => v.fetchedAt!);
    return dates.length > 0 ? dates.sort()[0]! : null;
  }, [load]);

  return (
    <div className="indicators">
      <PageTitle>{t('indicators.pageTitle', { title: plan.title })}</PageTitle>
      <p className="page-intro">{t('indicators.intro')}</p>
      {staleSince && (
        <p className="indicators__stale notice" role="status">
          {t('indicators.stale', { date: formatFetchDate(staleSince, lang) })}
        </p>
      )}
      <MunicipalitySection planId={plan.id} editable={editable} onChanged={reload} onSessionLost={onSessionLost} />
      {editable && <AddIndicator planId={plan.id} run={run} onAdded={reload} />}
      <FeedbackRegion feedback={feedback} />
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('indicators.listTitle')}</h2>
        {load.kind === 'loading' && <p>{t('app.loading')}</p>}
        {load.kind === 'failed' && <p className="feedback__error">{t('indicators.failed')}</p>}
        {load.kind === 'loaded' && load.data.length === 0 && <p>{t('indicators.empty')}</p>}
        {load.kind === 'loaded' &&
          load.data.map((view) => (
            <IndicatorCard key={view.id} planId={plan.id} view={view} editable={editable} run={run} onChanged={reload} onSessionLost={onSessionLost} />
          ))}
      </section>
    </div>
  );
}
