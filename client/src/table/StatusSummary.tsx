import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, buildStatusReport, type PlanData, type StatusCounts, type StatusReport } from '../../../shared/plan';
import type { PlanTableStore } from './planTableStore';
import { StatusIcon } from './StatusIcon';
import { useStatusReport } from './usePlanTable';

function sum(counts: StatusCounts): number {
  return STATUSES.reduce((total, status) => total + counts[status], 0);
}

/** A bar of the status shares; decoration only, the numbers beside it say the same. */
function Bar({ counts }: { counts: StatusCounts }) {
  const total = sum(counts);
  return (
    <div className="mt-bar" aria-hidden="true">
      {total > 0 &&
        STATUSES.filter((status) => counts[status] > 0).map((status) => (
          <span key={status} className={`mt-bar__part mt-bar__part--${status}`} style={{ flexGrow: counts[status] }} />
        ))}
    </div>
  );
}

/**
 * Status counts of the whole plan and per focus area, live, from the same
 * `buildStatusReport` as the REST report: a table with numbers and labels,
 * the bars drawn beside them. Re-renders only when a count or a focus
 * area's title changed.
 */
export const StatusSummary = memo(function StatusSummary({ store }: { store: PlanTableStore }) {
  return <StatusSummaryView report={useStatusReport(store)} />;
});

/** The same summary for data that does not change, such as a read-only version. */
export function StaticStatusSummary({ data }: { data: PlanData }) {
  const report = useMemo(() => buildStatusReport(data), [data]);
  return <StatusSummaryView report={report} />;
}

function StatusSummaryView({ report }: { report: StatusReport }) {
  const { t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const total = sum(report.total);
  return (
    <section className="mt-summary" aria-labelledby={headingId}>
      <h3 id={headingId} className="mt-summary__title">
        {t('summary.title')}
      </h3>
      <p className="mt-summary__total">{t('summary.total', { count: total })}</p>
      {/* Focusable, so that a keyboard can scroll it where the screen is too narrow. */}
      <div className="mt-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="mt-summary__table">
          <caption id={captionId} className="visually-hidden">
            {t('summary.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.focusArea')}</th>
              <th scope="col" className="mt-summary__bar-head">
                {t('summary.distribution')}
              </th>
              {STATUSES.map((status) => (
                <th key={status} scope="col" className="mt-summary__number">
                  <span className="mt-summary__status">
                    <StatusIcon status={status} size={16} />
                    {t(`statusShort.${status}`)}
                  </span>
                </th>
              ))}
              <th scope="col" className="mt-summary__number">
                {t('summary.sum')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.focusAreas.map((focusArea) => (
              <tr key={focusArea.id}>
                <th scope="row">{focusArea.title}</th>
                <td>
                  <Bar counts={focusArea.counts} />
                </td>
                {STATUSES.map((status) => (
                  <td key={status} className="mt-summary__number">
                    {focusArea.counts[status]}
                  </td>
                ))}
                <td className="mt-summary__number">{sum(focusArea.counts)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('summary.sum')}</th>
              <td>
                <Bar counts={report.total} />
              </td>
              {STATUSES.map((status) => (
                <td key={status} className="mt-summary__number">
                  {report.total[status]}
                </td>
              ))}
              <td className="mt-summary__number">{total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
