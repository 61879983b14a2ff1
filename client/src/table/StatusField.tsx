import { STATUSES, type Status } from '../../../shared/plan';
import { CellFrame } from './CellFrame';
import { fieldId } from './ids';
import { StatusIcon } from './StatusIcon';
import { useTable } from './TableContext';

interface Props {
  measureId: string;
  status: Status;
  label: string;
}

/**
 * The status as a chip (shape, colour and the official words, wrapping in a
 * narrow column, as tall for every status) with a native select laid over it: the select brings the
 * keyboard, screen reader and touch behaviour of a picker for free.
 */
export function StatusField({ measureId, status, label }: Props) {
  const { t, readOnly, actions } = useTable();
  const cell = { kind: 'measure', id: measureId, field: 'status' } as const;
  return (
    <CellFrame cell={cell}>
      <div className={`mt-picker mt-status mt-status--${status}`}>
        <StatusIcon status={status} />
        {/* Every status's words in one grid cell, the others unseen: the chip is as tall as the longest of them, so a changed status never changes the row's height (which would move, and repaint, every row below it). */}
        <span className="mt-status__words">
          {STATUSES.map((s) => (
            <span key={s} className={s === status ? 'mt-status__word' : 'mt-status__word mt-status__word--other'} aria-hidden={s !== status || !readOnly}>
              {t(`status.${s}`)}
            </span>
          ))}
        </span>
        {!readOnly && (
          <select
            id={fieldId(cell)}
            className="mt-picker__select"
            aria-label={label}
            value={status}
            onChange={(event) => actions.writeField(cell, event.target.value)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </div>
    </CellFrame>
  );
}
