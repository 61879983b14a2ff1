import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { targetGroupKeyOf, type MeasureData, type MeasureTextField } from '../../../shared/plan';
import { MeasureCommentTools } from './MeasureCommentTools';
import { DragHandle, RowControls } from './RowControls';
import { ScheduleField } from './ScheduleField';
import { StatusField } from './StatusField';
import { TargetGroupField } from './TargetGroupField';
import { TextField } from './TextField';
import { useTable } from './TableContext';

interface Props {
  measure: MeasureData;
  focusAreaId: string;
  goalId: string;
  /** The goal's merged cell, on the goal's first row only. */
  goalCell: ReactNode;
}

/**
 * One measure: its title is the row's header; every field is edited in place.
 * `data-label` names the cells where a narrow screen stacks them.
 */
export function MeasureRow({ measure, focusAreaId, goalId, goalCell }: Props) {
  const { t } = useTranslation();
  const { readOnly, numbers, drag } = useTable();
  const row = useRef<HTMLTableRowElement>(null);
  const { id } = measure;
  const n = numbers.get(id) ?? 0;
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
      {...(readOnly ? {} : drag.targetProps({ focusAreaId, goalId, measureId: id }))}
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
        <TargetGroupField measureId={id} value={targetGroupKeyOf(measure.targetGroup)} label={t('table.labels.targetGroup', { n })} />
      </td>
      <td className="mt-cell" data-label={t('table.columns.indicator')}>
        {text('indicator')}
      </td>
      <td className="mt-cell" data-label={t('table.columns.schedule')}>
        <ScheduleField
          measureId={id}
          value={measure.schedule}
          label={t('table.labels.schedule', { n })}
          placeholder={t('table.placeholders.schedule')}
        />
      </td>
      <td className="mt-cell mt-cell--status" data-label={t('table.columns.status')}>
        <StatusField measureId={id} status={measure.status} label={t('table.labels.status', { n })} />
        {text('statusNote', 'mt-field--note')}
      </td>
      <td className="mt-cell mt-cell--actions">
        {!readOnly && <RowControls kind="measure" id={id} />}
        <MeasureCommentTools measureId={id} />
      </td>
    </tr>
  );
}
