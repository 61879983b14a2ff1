import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, type StatusCounts } from '../../../shared/plan';
import { StatusIcon } from '../table/StatusIcon';
import { percent, totalOf, type CountsRow } from './chartBars';

interface Props {
  caption: string;
  /** The first column's heading: what each row is (focus area, responsible party, target group). */
  rowHeader: string;
  rows: readonly CountsRow[];
  /** The totals row; left out where a measure counts in several rows (responsible parties). */
  total?: StatusCounts;
}

/** Status counts as numbers, one row per group, with a small share bar for the eye. */
export function CountsTable({ caption, rowHeader, rows, total }: Props) {
  const { t } = useTranslation();
  const captionId = useId();
  const cells = (counts: StatusCounts) => {
    const sum = totalOf(counts);
    return (
      <>
        <td className="counts-table__bar">
          <ShareBar counts={counts} />
        </td>
        {STATUSES.map((status) => (
          <td key={status} className="counts-table__number">
            {counts[status]}
            <span className="counts-table__percent"> ({percent(counts[status], sum)} %)</span>
          </td>
        ))}
        <td className="counts-table__number counts-table__sum">{sum}</td>
      </>
    );
  };
  return (
    // Focusable, so that a keyboard can scroll it where the screen is too narrow.
    <div className="counts-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="counts-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="counts-table__bar">
              <span className="visually-hidden">{t('report.table.distribution')}</span>
            </th>
            {STATUSES.map((status) => (
              <th key={status} scope="col" className="counts-table__number">
                <span className="counts-table__status">
                  <StatusIcon status={status} size={16} />
                  {t(`statusShort.${status}`)}
                </span>
              </th>
            ))}
            <th scope="col" className="counts-table__number">
              {t('report.table.sum')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {cells(row.counts)}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              <th scope="row">{t('report.table.sum')}</th>
              {cells(total)}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** The shares of a row drawn in the chart's fills; decoration, the numbers beside it say the same. */
function ShareBar({ counts }: { counts: StatusCounts }) {
  return (
    <span className="share-bar" aria-hidden="true">
      {STATUSES.filter((status) => counts[status] > 0).map((status) => (
        <span key={status} className={`chart-fill chart-fill--${status}`} style={{ flexGrow: counts[status] }} />
      ))}
    </span>
  );
}
