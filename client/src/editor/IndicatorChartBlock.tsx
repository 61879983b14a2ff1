import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { NodeViewRenderer } from '@tiptap/core';
import { indicatorChartSummary, indicatorSourceLine, indicatorTable } from '../../../shared/indicators/chart';
import { CHART_WORDS, formatFigure } from '../../../shared/indicators/words';
import { chartUrl, type IndicatorView } from '../indicators/api';
import { FiguresTable } from '../indicators/FiguresTable';
import type { PlanIndicatorData, PlanIndicators } from '../indicators/planIndicatorData';
import { usePlanIndicators } from '../indicators/planIndicatorData';
import { useLanguage } from '../indicators/useLanguage';
import '../indicators/indicators.css';
import './indicatorChartBlock.css';

/** Where a chart's figures come from: the plan and its indicator data. */
export interface IndicatorChartSource {
  planId: string;
  indicators: PlanIndicatorData;
}

/**
 * The node view of an indicator chart in the plan text: the chart the server
 * draws (the same as in the indicators view and the exports, its words as
 * the image's alternative text), its figures as a table, the source line and
 * the target, from the plan's indicator data (`PlanIndicatorData`), so the
 * block changes as soon as figures or the target do. The block holds only
 * the indicator's id; everything shown is read when it is shown.
 */
export function indicatorChartView(source: IndicatorChartSource): NodeViewRenderer {
  function View(props: ReactNodeViewProps) {
    return <IndicatorChartBlock {...props} source={source} />;
  }
  return ReactNodeViewRenderer(View);
}

function IndicatorChartBlock({ node, selected, source }: ReactNodeViewProps & { source: IndicatorChartSource }) {
  const { t } = useTranslation();
  const titleId = useId();
  const indicatorId = String(node.attrs.indicatorId);
  return (
    <NodeViewWrapper
      as="figure"
      className={`indicator-block${selected ? ' indicator-block--selected' : ''}`}
      data-indicator-chart=""
      data-indicator-id={indicatorId}
      contentEditable={false}
      aria-labelledby={titleId}
    >
      <IndicatorChartContent
        source={source}
        indicatorId={indicatorId}
        titleId={titleId}
        withoutView={{ loading: t('app.loading'), failed: t('indicatorChart.failed'), loaded: t('indicatorChart.missing') }}
      />
    </NodeViewWrapper>
  );
}

interface ContentProps {
  source: IndicatorChartSource;
  indicatorId: string;
  /** The caption's id, which the surrounding figure is labelled by. */
  titleId: string;
  /** What the block says while it has no figures: loading, the server not reached, or the indicator gone from the plan. */
  withoutView: Record<PlanIndicators['kind'], string>;
  /** A line under the title, saying what the figures are (the version view: today's, not the version's). */
  note?: string;
}

/**
 * Everything inside a chart block's figure: the caption, then the chart, its
 * figures table and source line, or why there are none. The editor's block
 * and the version view's read-only one (client/src/versions) both show it.
 */
export function IndicatorChartContent({ source, indicatorId, titleId, withoutView, note }: ContentProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = usePlanIndicators(source.indicators, lang);
  const view = data.kind === 'loaded' ? data.byId.get(indicatorId) : undefined;
  return (
    <>
      <figcaption id={titleId} className="indicator-block__title">
        <span className="indicator-block__kind">{t('indicatorChart.kind')}:</span> {view?.title ?? t('indicatorChart.unknownTitle')}
        {note && <span className="indicator-block__note">{note}</span>}
      </figcaption>
      {view ? <ChartAndTable planId={source.planId} view={view} /> : <p className="indicator-block__problem notice">{withoutView[data.kind]}</p>}
    </>
  );
}

function ChartAndTable({ planId, view }: { planId: string; view: IndicatorView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const hasFigures = view.series.some((s) => s.points.length > 0);
  const problem = view.problem === 'no-data' && view.source === 'local' ? t('indicators.card.localNoData') : view.problem ? CHART_WORDS[lang].problems[view.problem] : null;
  return (
    <>
      {problem && <p className="indicator-block__problem notice">{problem}</p>}
      {hasFigures && (
        <div className="indicator-block__body">
          <img className="indicator-block__chart" src={chartUrl(planId, view, lang)} alt={indicatorChartSummary(view, lang)} draggable={false} />
          <FiguresTable view={view} caption={indicatorTable(view, lang).caption} />
        </div>
      )}
      <p className="indicator-block__source">
        {indicatorSourceLine(view, lang)}
        {view.target && ` · ${t('indicators.target.current', { year: view.target.year, value: formatFigure(view.target.value, lang, view.decimals) })}`}
      </p>
    </>
  );
}
