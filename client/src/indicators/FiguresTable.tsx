import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorTable } from '../../../shared/indicators/chart';
import { formatFigure } from '../../../shared/indicators/words';
import type { IndicatorView } from './api';
import { useLanguage } from './useLanguage';

/**
 * The chart's figures as a table (shared/indicators/chart.ts): a row a year, a column per line of the chart.
 * `caption` names it where several stand apart from their indicator's heading (charts in the plan text).
 */
export function FiguresTable({ view, caption }: { view: IndicatorView; caption?: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const captionId = useId();
  const table = indicatorTable(view, lang);
  const [yearColumn, ...columns] = table.columns;
  return (
    <div className="table-scroll indicator-card__table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="figures-table">
        <caption id={captionId}>{caption ?? t('indicators.card.tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{yearColumn?.label}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {columns.map((column) => {
                const value = row[column.key];
                return <td key={column.key}>{value === null || value === undefined ? <span className="figures-table__none">{t('indicators.card.noFigure')}</span> : formatFigure(value, lang, table.decimals)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
