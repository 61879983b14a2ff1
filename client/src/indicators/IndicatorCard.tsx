import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorChartSummary, indicatorSourceLine } from '../../../shared/indicators/chart';
import { CHART_WORDS, formatFigure } from '../../../shared/indicators/words';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { chartUrl, removeIndicator, type IndicatorView } from './api';
import { FiguresTable } from './FiguresTable';
import { LocalValuesForm } from './LocalValuesForm';
import type { RunChange } from './runChange';
import { TargetForm } from './TargetForm';
import { useLanguage } from './useLanguage';

interface Props {
  planId: string;
  view: IndicatorView;
  editable: boolean;
  run: RunChange;
  onChanged: () => Promise<void>;
  onSessionLost: () => void;
}

/**
 * One indicator: its chart (the server's SVG, the same as in the exports,
 * with the same words as its alternative text) and its figures as a table
 * beside it, its source line, its target; for editors the forms to change them.
 */
export function IndicatorCard({ planId, view, editable, run, onChanged, onSessionLost }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const [removing, setRemoving] = useState(false);
  const hasFigures = view.series.some((s) => s.points.length > 0);
  const problem = view.problem === 'no-data' && view.source === 'local' ? t('indicators.card.localNoData') : view.problem ? CHART_WORDS[lang].problems[view.problem] : null;

  return (
    <article className="indicator-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{view.title}</h3>
      <p className="indicator-card__meta">
        {view.source === 'sotkanet' ? t('indicators.card.sotkanet', { id: view.sourceId }) : t('indicators.card.local')}
        {view.unit && ` · ${t('indicators.card.unit', { unit: view.unit })}`}
        {view.producer && ` · ${t('indicators.card.producer', { name: view.producer })}`}
      </p>
      {problem && <p className="indicator-card__problem notice">{problem}</p>}
      {hasFigures && (
        <div className="indicator-card__body">
          <figure className="indicator-card__chart">
            <img src={chartUrl(planId, view, lang)} alt={indicatorChartSummary(view, lang)} />
          </figure>
          <FiguresTable view={view} />
        </div>
      )}
      <p className="indicator-card__source">{indicatorSourceLine(view, lang)}</p>
      <p>
        {view.target
          ? t('indicators.target.current', { year: view.target.year, value: formatFigure(view.target.value, lang, view.decimals) })
          : t('indicators.target.none')}
      </p>
      {editable && (
        <div className="indicator-card__edit">
          {view.source === 'local' && <LocalValuesForm planId={planId} view={view} run={run} onSaved={onChanged} />}
          <TargetForm planId={planId} view={view} run={run} onSaved={onChanged} />
          <button type="button" className="button" onClick={() => setRemoving(true)}>
            {t('indicators.card.remove')}
          </button>
        </div>
      )}
      {removing && (
        <ConfirmDialog
          title={t('indicators.card.removeTitle')}
          confirmLabel={t('indicators.card.remove')}
          onConfirm={() => removeIndicator(planId, view.id)}
          onDone={() => {
            setRemoving(false);
            void run(onChanged, { done: t('indicators.card.removed', { title: view.title }) });
          }}
          onClose={() => setRemoving(false)}
          onSessionLost={onSessionLost}
        >
          {t('indicators.card.removeText', { title: view.title })}
        </ConfirmDialog>
      )}
    </article>
  );
}
