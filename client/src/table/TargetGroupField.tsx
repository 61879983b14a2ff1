import { TARGET_GROUPS, type TargetGroupValue } from '../../../shared/plan';
import { CellFrame } from './CellFrame';
import { fieldId } from './ids';
import { useTable } from './TableContext';

interface Props {
  measureId: string;
  value: TargetGroupValue;
  label: string;
}

/** The target group: its name, wrapping in a narrow column, with a native select laid over it (see StatusField). */
export function TargetGroupField({ measureId, value, label }: Props) {
  const { t, readOnly, actions } = useTable();
  const cell = { kind: 'measure', id: measureId, field: 'targetGroup' } as const;
  const name = (group: TargetGroupValue) => t(`targetGroup.${group === '' ? 'none' : group}`);
  return (
    <CellFrame cell={cell}>
      <div className={`mt-picker ${value === '' ? 'mt-picker--empty' : ''}`}>
        <span aria-hidden={!readOnly}>{name(value)}</span>
        {!readOnly && (
          <select
            id={fieldId(cell)}
            className="mt-picker__select"
            aria-label={label}
            value={value}
            onChange={(event) => actions.writeField(cell, event.target.value)}
          >
            {(['', ...TARGET_GROUPS] as const).map((group) => (
              <option key={group} value={group}>
                {name(group)}
              </option>
            ))}
          </select>
        )}
      </div>
    </CellFrame>
  );
}
