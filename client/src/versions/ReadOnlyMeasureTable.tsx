import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalData, MeasureData, PlanData } from '../../../shared/plan';
import { COLUMNS as LIVE_COLUMNS } from '../table/columns';
import { spanColumns, spanRows } from '../table/gridSpan';
import { numberEntities } from '../table/numbering';
import { StatusIcon } from '../table/StatusIcon';
import { StatusLegend } from '../table/StatusLegend';
import { StaticStatusSummary } from '../table/StatusSummary';
import '../table/table.css';

/** The live table's columns without projects, which a version does not show (its tracks: `.mt--version` in table.css). */
const COLUMNS = LIVE_COLUMNS.filter((column) => column !== 'projects');

/**
 * A version's measure table, grouped as on paper like the live one (focus
 * area rows, goal cells spanning their measures), as plain text: nothing in
 * it can be edited, so nothing in it is a field.
 */
export function ReadOnlyMeasureTable({ data }: { data: PlanData }) {
  const { t } = useTranslation();
  const headingId = useId();
  const numbers = useMemo(() => numberEntities(data), [data]);
  return (
    <section className="measure-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="measure-section__title">
        {t('table.title')}
      </h2>
      <StatusLegend />
      {/* Focusable, so that a keyboard can scroll it where the screen is too narrow. */}
      <div className="mt-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="mt mt--version" aria-labelledby={headingId}>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(`table.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          {data.focusAreas.map((focusArea) => (
            <tbody key={focusArea.id} className="mt-group">
              <tr className="mt-fa">
                <th scope="rowgroup" {...spanColumns(COLUMNS.length)} className="mt-fa__title mt-version-text">
                  {focusArea.title}
                </th>
              </tr>
              {focusArea.goals.map((goal) => (
                <GoalRows key={goal.id} goal={goal} numbers={numbers} />
              ))}
            </tbody>
          ))}
        </table>
        {data.focusAreas.length === 0 && <p className="mt-empty">{t('table.empty.table')}</p>}
      </div>
      <StaticStatusSummary data={data} />
    </section>
  );
}

function GoalRows({ goal, numbers }: { goal: GoalData; numbers: ReadonlyMap<string, number> }) {
  const { t } = useTranslation();
  const goalCell = (
    <th scope="row" {...spanRows(Math.max(goal.measures.length, 1))} className="mt-cell mt-goal mt-version-text">
      {goal.title}
    </th>
  );
  if (goal.measures.length === 0) {
    return (
      <tr className="mt-row mt-row--empty">
        {goalCell}
        <td {...spanColumns(COLUMNS.length - 1)} className="mt-empty">
          {t('table.empty.goal')}
        </td>
      </tr>
    );
  }
  return (
    <>
      {goal.measures.map((measure, index) => (
        <MeasureRow key={measure.id} measure={measure} n={numbers.get(measure.id) ?? 0} goalCell={index === 0 ? goalCell : null} />
      ))}
    </>
  );
}

function MeasureRow({ measure, n, goalCell }: { measure: MeasureData; n: number; goalCell: ReactNode }) {
  const { t } = useTranslation();
  const cell = (column: (typeof COLUMNS)[number], text: string) => (
    <td className="mt-cell mt-version-text" data-label={t(`table.columns.${column}`)}>
      {text}
    </td>
  );
  return (
    <tr className="mt-row">
      {goalCell}
      <th scope="row" className="mt-cell mt-cell--measure">
        <div className="mt-measure">
          <span className="mt-number" aria-hidden="true">
            {n}
          </span>
          <span className="mt-version-text">{measure.title}</span>
        </div>
      </th>
      {cell('responsible', measure.responsible)}
      {/* The plan's own group labels; blank when not set, as on paper. */}
      {cell('targetGroup', measure.targetGroup)}
      {cell('indicator', measure.indicator)}
      {cell('schedule', measure.schedule)}
      <td className="mt-cell mt-cell--status" data-label={t('table.columns.status')}>
        <div className={`mt-picker mt-status mt-status--${measure.status}`}>
          <StatusIcon status={measure.status} />
          <span className="mt-status__word">{t(`status.${measure.status}`)}</span>
        </div>
        {measure.statusNote && <p className="mt-version-note mt-version-text">{measure.statusNote}</p>}
      </td>
    </tr>
  );
}
