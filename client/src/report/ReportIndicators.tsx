import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorReportRow } from '../../../shared/indicators/report';
import { getIndicatorReport } from '../api/reports';
import { useLoad } from '../components/useLoad';
import { useLanguage } from '../indicators/useLanguage';
import { Link } from '../routing/Link';
import { planHref } from '../routing/route';
import './reportIndicators.css';

interface Props {
  planId: string;
  onSessionLost: () => void;
}

function Row({ row }: { row: IndicatorReportRow }) {
  const { cells } = row;
  return (
    <tr>
      <th scope="row">
        {row.title}
        {row.unit && <span className="report-indicators__unit"> ({row.unit})</span>}
        {row.source === 'local' && <span className="report-indicators__note">{row.sourceLine}</span>}
        {row.problem && <span className="report-indicators__note">{row.problem}</span>}
        {row.staleNote && <span className="report-indicators__note report-indicators__note--stale">{row.staleNote}</span>}
      </th>
      <td>{cells.latest}</td>
      <td>{cells.sinceBaseline}</td>
      <td>{cells.sincePrevious}</td>
      <td>{cells.target}</td>
      {/* The assessment in words, its kind also as a class for the border beside it: never colour alone. */}
      <td className={`report-indicators__assessment report-indicators__assessment--${row.progress.assessment.kind}`}>
        <strong>{cells.assessment}</strong>
        {cells.reason && <span className="report-indicators__note">{cells.reason}</span>}
      </td>
    </tr>
  );
}

/**
 * The report's indicators: per indicator of the plan its latest value, the
 * change since the baseline and since the figure before, the target and
 * whether it is on track, worded by the server (shared/indicators/report.ts),
 * with Sotkanet's source line and date, and a notice when the figures are
 * from a cache Sotkanet could not refresh.
 */
export function ReportIndicators({ planId, onSessionLost }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fetchReport = useCallback(() => getIndicatorReport(planId, lang), [planId, lang]);
  const { load } = useLoad(fetchReport, onSessionLost);
  const headingId = useId();
  const captionId = useId();
  const columns = t('report.indicators.columns', { returnObjects: true });
  const manage = (
    <p className="field-hint">
      {t('report.indicators.manage')} <Link href={planHref(planId, { kind: 'indicators' })}>{t('report.indicators.link')}</Link>
    </p>
  );

  return (
    <section className="report-section report-indicators" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.indicators.title')}</h2>
      {load.kind === 'loading' && <p>{t('app.loading')}</p>}
      {load.kind === 'failed' && <p className="feedback__error">{t('report.indicators.failed')}</p>}
      {load.kind === 'loaded' && load.data.rows.length === 0 && (
        <>
          <p>{t('report.indicators.empty')}</p>
          {manage}
        </>
      )}
      {load.kind === 'loaded' && load.data.rows.length > 0 && (
        <>
          <p className="field-hint">{t('report.indicators.intro')}</p>
          {load.data.staleNote && <p className="report-indicators__stale">{load.data.staleNote}</p>}
          {/* Focusable, so that a keyboard can scroll it where the screen is too narrow. */}
          <div className="counts-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="counts-table report-indicators__table">
              <caption id={captionId}>{t('report.indicators.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{columns.indicator}</th>
                  <th scope="col">{columns.latest}</th>
                  <th scope="col">{columns.sinceBaseline}</th>
                  <th scope="col">{columns.sincePrevious}</th>
                  <th scope="col">{columns.target}</th>
                  <th scope="col">{columns.assessment}</th>
                </tr>
              </thead>
              <tbody>
                {load.data.rows.map((row) => (
                  <Row key={row.id} row={row} />
                ))}
              </tbody>
            </table>
          </div>
          {load.data.sourceLine && <p className="report-indicators__source">{load.data.sourceLine}</p>}
          {manage}
        </>
      )}
    </section>
  );
}
