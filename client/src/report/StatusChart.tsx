import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusIcon } from '../table/StatusIcon';
import { ChartLegend } from './ChartLegend';
import { chartBars, type CountsRow } from './chartBars';

interface Props {
  rows: readonly CountsRow[];
  caption: string;
}

/**
 * Stacked bars, one per row (focus area), on a common scale. Each status has
 * a pattern as well as a colour, and each segment shows its status's shape
 * and count, so the chart reads without colour and in black-and-white print.
 * Screen readers get the same numbers from the table that follows it.
 */
export function StatusChart({ rows, caption }: Props) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <figure className="status-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="status-chart__caption">
        {caption}
      </figcaption>
      <ChartLegend />
      <ol className="status-chart__bars" aria-hidden="true">
        {chartBars(rows).map((bar) => (
          <li key={bar.key} className="status-chart__row">
            <span className="status-chart__label">{bar.label}</span>
            <span className="status-chart__track">
              <span className="status-chart__area">
                {/* Segments keep room for their label: a share of 1 in 40 still shows its shape and count. */}
                <span
                  className="status-chart__bar"
                  style={{ width: `${bar.length * 100}%`, minWidth: `${bar.segments.length * 3.25}rem` }}
                >
                  {bar.segments.map(({ status, count }) => (
                    <span
                      key={status}
                      className={`chart-fill chart-fill--${status} status-chart__segment`}
                      style={{ flexGrow: count }}
                    >
                      <span className="status-chart__count">
                        <StatusIcon status={status} size={14} />
                        {count}
                      </span>
                    </span>
                  ))}
                </span>
              </span>
              <span className="status-chart__total">{bar.total}</span>
            </span>
          </li>
        ))}
      </ol>
      <p className="status-chart__note">{t('report.chart.tableNote')}</p>
    </figure>
  );
}
