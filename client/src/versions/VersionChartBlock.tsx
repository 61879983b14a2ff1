import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { NodeViewRenderer } from '@tiptap/core';
import { IndicatorChartContent, type IndicatorChartSource } from '../editor/IndicatorChartBlock';
import { PlanIndicatorData } from '../indicators/planIndicatorData';

/**
 * The plan's indicators for a version's charts. What the API gives of a
 * version (`GET /api/plans/:id/versions/:versionId`) is its plan data, which
 * holds no indicator set (only the exports and the public page read a
 * version's own set from its Yjs state), so a version's charts show the
 * plan's indicators as they are now, and say so. The version view has no plan
 * document open: the data watches a document of its own that never changes,
 * so it fetches once per language (and again after a failure), never on edits.
 */
export function currentIndicatorsForVersion(planId: string): IndicatorChartSource {
  return { planId, indicators: new PlanIndicatorData(new Y.Doc(), planId) };
}

/** The node view of an indicator chart in a version's read-only text: the editor block's chart, figures and source, with no selection. */
export function versionChartView(source: IndicatorChartSource): NodeViewRenderer {
  function View(props: ReactNodeViewProps) {
    return <VersionChartBlock {...props} source={source} />;
  }
  return ReactNodeViewRenderer(View);
}

function VersionChartBlock({ node, source }: ReactNodeViewProps & { source: IndicatorChartSource }) {
  const { t } = useTranslation();
  const titleId = useId();
  const indicatorId = String(node.attrs.indicatorId);
  return (
    <NodeViewWrapper as="figure" className="indicator-block" data-indicator-chart="" data-indicator-id={indicatorId} contentEditable={false} aria-labelledby={titleId}>
      <IndicatorChartContent
        source={source}
        indicatorId={indicatorId}
        titleId={titleId}
        note={t('versions.chart.todaysFigures')}
        withoutView={{ loading: t('app.loading'), failed: t('indicatorChart.failed'), loaded: t('versions.chart.missing') }}
      />
    </NodeViewWrapper>
  );
}
