import { useRef, useState, type KeyboardEvent } from 'react';
import { STATUSES, type Status } from '../../../shared/plan';
import { CellFrame } from './CellFrame';
import { fieldId } from './ids';
import { StatusIcon } from './StatusIcon';
import { StatusListbox } from './StatusListbox';
import { pickerKey, type PickerState } from './statusPickerKeys';
import { useTable } from './TableContext';

interface Props {
  measureId: string;
  status: Status;
  label: string;
}

const CLOSED: PickerState = { open: false, active: -1 };

/**
 * The status as a chip (shape, colour and the official words, wrapping in a
 * narrow column, as tall for every status) with a select-only combobox
 * (WAI-ARIA APG) laid invisibly over it, its list of the four statuses
 * mounted only while open. Not a native select: Chromium styles a part of
 * the page with a select in it whole, even one the table skips out of view,
 * which took about half a second of opening a 420-measure plan (the selects
 * and their 1680 options; see docs/benchmarks.md).
 */
export function StatusField({ measureId, status, label }: Props) {
  const { t, readOnly, actions } = useTable();
  const [picker, setPicker] = useState(CLOSED);
  const chip = useRef<HTMLDivElement>(null);
  const cell = { kind: 'measure', id: measureId, field: 'status' } as const;
  const id = fieldId(cell);
  const current = STATUSES.indexOf(status);

  const choose = (at: number) => {
    setPicker(CLOSED);
    const chosen = STATUSES[at];
    if (chosen !== undefined && chosen !== status) actions.writeField(cell, chosen);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const answer = pickerKey(picker, event, STATUSES.map((s) => t(`status.${s}`)), current);
    if (!answer) return;
    // The table's Alt+arrows move a row; here they open and choose, as in a native select.
    event.preventDefault();
    event.stopPropagation();
    setPicker(answer.state);
    if (answer.choose !== undefined) choose(answer.choose);
  };

  return (
    <CellFrame cell={cell}>
      <div ref={chip} className={`mt-picker mt-status mt-status--${status}`}>
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
          <div
            id={id}
            className="mt-picker__select"
            role="combobox"
            tabIndex={0}
            aria-label={label}
            aria-haspopup="listbox"
            aria-expanded={picker.open}
            aria-controls={picker.open ? `${id}-listbox` : undefined}
            aria-activedescendant={picker.open ? `${id}-option-${picker.active}` : undefined}
            data-status={status}
            onClick={() => setPicker(picker.open ? CLOSED : { open: true, active: current })}
            onKeyDown={onKeyDown}
            onBlur={() => setPicker(CLOSED)}
          >
            {t(`status.${status}`)}
          </div>
        )}
        {picker.open && (
          <StatusListbox t={t} anchor={chip} id={id} label={label} status={status} active={picker.active} onChoose={choose} />
        )}
      </div>
    </CellFrame>
  );
}
