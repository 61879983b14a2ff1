import { memo, useRef, type ReactNode } from 'react';
import { targetGroupKeyOf, type MeasureTextField } from '../../../shared/plan';
import { MeasureCommentTools } from './MeasureCommentTools';
import { IndicatorTrend } from './IndicatorTrend';
import { StatusFollowUp } from './ProposalMarker';
import { DragHandle, RowControls } from './RowControls';
import { ScheduleField } from './ScheduleField';
import { StatusField } from './StatusField';
import { TargetGroupField } from './TargetGroupField';
import { TextField } from './TextField';
import { useTable } from './TableContext';
import { useDropIndicator } from './useDragMove';
import { useMeasureField } from './usePlanTable';

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
 * of another measure, or of this one's texts (bound to their boxes), never
 * renders it.
 */
export const MeasureRow = memo(function MeasureRow({ measureId: id, n, focusAreaId, goalId, goalCell, canUp, canDown }: Props) {
  const { t, store, readOnly, drag } = useTable();
  const status = useMeasureField(store, id, 'status');
  const targetGroup = useMeasureField(store, id, 'targetGroup');
  const schedule = useMeasureField(store, id, 'schedule');
  const target = { focusAreaId, goalId, measureId: id };
  const drop = useDropIndicator(drag, target);
  const row = useRef<HTMLTableRowElement>(null);
  // Gone from the document in the same batch that will drop it from the outline.
  if (status === undefined || targetGroup === undefined || schedule === undefined) return null;
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
      ref={row}
      className="mt-row"
      data-row-kind="measure"
      data-row-id={id}
      data-drop={drop}
      {...(readOnly ? {} : drag.targetProps(target))}
    >
      {goalCell}
      <th scope="row" className="mt-cell mt-cell--measure">
        <div className="mt-measure">
          {!readOnly && <DragHandle kind="measure" id={id} image={() => row.current} />}
          <span className="mt-number" aria-hidden="true">
            {n}
          </span>
          {text('title')}
        </div>
      </th>
      <td className="mt-cell" data-label={t('table.columns.responsible')}>
        {text('responsible')}
      </td>
      <td className="mt-cell" data-label={t('table.columns.targetGroup')}>
        <TargetGroupField measureId={id} value={targetGroupKeyOf(targetGroup)} label={t('table.labels.targetGroup', { n })} />
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
