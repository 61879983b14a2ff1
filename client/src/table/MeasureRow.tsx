import { memo, useRef, type ReactNode } from 'react';
import type { MeasureTextField } from '../../../shared/plan';
import { MeasureCommentTools } from './MeasureCommentTools';
import { IndicatorTrend } from './IndicatorTrend';
import { StatusFollowUp } from './ProposalMarker';
import { DragHandle, RowControls } from './RowControls';
import { ScheduleField } from './ScheduleField';
import { StatusField } from './StatusField';
import { TextField } from './TextField';
import { useTable } from './TableContext';
import { useDropIndicator } from './useDragMove';
import { useMeasureField } from './usePlanTable';
import { VocabularyField } from './VocabularyField';

interface Props {
  measureId: string;
  /** The running number that names the row's fields. */
  n: number;
  focusAreaId: string;
  goalId: string;
  /** The goal's merged cell, on the goal's first row only. */
  goalCell: ReactNode;
  canUp: boolean;
  canDown: boolean;
}

/**
 * One measure: its title is the row's header; every field is edited in place.
 * `data-label` names the cells where a narrow screen stacks them. The row
 * reads the fields it shows from the store itself and is memoised: a change
 * of another measure, of this one's texts (bound to their boxes) or of its
 * parties, groups and projects (each field reads its own list) never renders it.
 */
export const MeasureRow = memo(function MeasureRow({ measureId: id, n, focusAreaId, goalId, goalCell, canUp, canDown }: Props) {
  const { t, store, readOnly, drag } = useTable();
  const status = useMeasureField(store, id, 'status');
  const schedule = useMeasureField(store, id, 'schedule');
  const target = { focusAreaId, goalId, measureId: id };
  const drop = useDropIndicator(drag, target);
  // What follows the pointer when the row is dragged: the row has no box of its own to show (table.css).
  const titleCell = useRef<HTMLTableCellElement>(null);
  // Gone from the document in the same batch that will drop it from the outline.
  if (status === undefined || schedule === undefined) return null;
  const text = (field: MeasureTextField, className?: string) => (
    <TextField
      field={{ kind: 'measure', id, field }}
      label={t(`table.labels.${field}`, { n })}
      placeholder={t(`table.placeholders.${field}`)}
      className={className}
    />
  );
  return (
    <tr
      className="mt-row"
      data-row-kind="measure"
      data-row-id={id}
      data-drop={drop}
      {...(readOnly ? {} : drag.targetProps(target))}
    >
      {goalCell}
      <th ref={titleCell} scope="row" className="mt-cell mt-cell--measure">
        <div className="mt-measure">
          {!readOnly && <DragHandle kind="measure" id={id} image={() => titleCell.current} />}
          <span className="mt-number" aria-hidden="true">
            {n}
          </span>
          {text('title')}
        </div>
      </th>
      <td className="mt-cell" data-label={t('table.columns.responsible')}>
        <VocabularyField measureId={id} kind="party" n={n} />
      </td>
      <td className="mt-cell" data-label={t('table.columns.targetGroup')}>
        <VocabularyField measureId={id} kind="targetGroup" n={n} />
      </td>
      <td className="mt-cell" data-label={t('table.columns.projects')}>
        <VocabularyField measureId={id} kind="project" n={n} />
      </td>
      <td className="mt-cell" data-label={t('table.columns.indicator')}>
        {text('indicator')}
        <IndicatorTrend measureId={id} />
      </td>
      <td className="mt-cell" data-label={t('table.columns.schedule')}>
        <ScheduleField
          measureId={id}
          value={schedule}
          label={t('table.labels.schedule', { n })}
          placeholder={t('table.placeholders.schedule')}
        />
      </td>
      <td className="mt-cell mt-cell--status" data-label={t('table.columns.status')}>
        <StatusField measureId={id} status={status} label={t('table.labels.status', { n })} />
        {text('statusNote', 'mt-field--note')}
        <StatusFollowUp measureId={id} n={n} />
      </td>
      <td className="mt-cell mt-cell--actions">
        {!readOnly && <RowControls kind="measure" id={id} n={n} canUp={canUp} canDown={canDown} />}
        <MeasureCommentTools measureId={id} n={n} />
      </td>
    </tr>
  );
});
