import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { PROGRESS_WORDS } from '../../../shared/indicators/progressWords';
import { formatFigure } from '../../../shared/indicators/words';
import type { IndicatorView } from '../indicators/api';
import { planIndicatorData, usePlanIndicators } from '../indicators/planIndicatorData';
import { useLanguage } from '../indicators/useLanguage';
import { latestTrend, type TrendDirection } from './latestTrend';
import { useTable } from './TableContext';
import { useMeasureField } from './usePlanTable';
import './indicatorTrend.css';

/** Drawn beside the words, which carry the meaning: an arrow for the eye, never colour alone. */
const ARROWS: Record<TrendDirection, string> = { up: '▲', down: '▼', level: '▶' };

/**
 * The latest figure of each indicator that follows the measure and which way
 * it went since the figure before, in words ("nousee", "tavoitteen
 * suuntaan", as the report says it) with an arrow beside them. The figures come from the plan's
 * indicator data, fetched once for the whole plan (not per row) and again
 * when the indicators change; rows without indicators render nothing and ask
 * for nothing.
 */
export function IndicatorTrend({ measureId }: { measureId: string }) {
  const { t, store, doc } = useTable();
  const ids = useMeasureField(store, measureId, 'indicatorIds');
  if (!ids || ids.length === 0) return null;
  return <LinkedIndicators ids={ids} planId={store.getData().id} doc={doc} t={t} />;
}

function LinkedIndicators({ ids, planId, doc, t }: { ids: readonly string[]; planId: string; doc: Y.Doc; t: TFunction }) {
  const lang = useLanguage();
  const data = usePlanIndicators(planIndicatorData(doc, planId), lang);
  if (data.kind !== 'loaded') return null;
  const views = ids.map((id) => data.byId.get(id)).filter((view): view is IndicatorView => view !== undefined);
  if (views.length === 0) return null;
  return (
    <ul className="mt-trends" aria-label={t('indicators.trend.label')}>
      {views.map((view) => (
        <li key={view.id} className="mt-trend">
          <TrendLine view={view} t={t} />
        </li>
      ))}
    </ul>
  );
}

function TrendLine({ view, t }: { view: IndicatorView; t: TFunction }) {
  const lang = useLanguage();
  const trend = latestTrend(view);
  if (!trend) {
    return (
      <>
        <span className="mt-trend__title">{view.title}:</span> {t('indicators.trend.noFigures')}
      </>
    );
  }
  const figure = (value: number) => formatFigure(value, lang, view.decimals);
  const unit = view.unit ? ` ${view.unit}` : '';
  return (
    <>
      <span className="mt-trend__title">{view.title}:</span> {t('indicators.trend.latest', { value: figure(trend.value), unit, year: trend.year })}
      {trend.direction && trend.previous && (
        <>
          {' '}
          <span className="mt-trend__arrow" aria-hidden="true">
            {ARROWS[trend.direction]}
          </span>{' '}
          {t(`indicators.trend.${trend.direction}`, { value: figure(trend.previous.value), year: trend.previous.year })}
          {trend.towardTarget !== null && `, ${trend.towardTarget ? PROGRESS_WORDS[lang].better : PROGRESS_WORDS[lang].worse}`}
        </>
      )}
    </>
  );
}
