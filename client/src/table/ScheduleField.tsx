import { useLayoutEffect, useRef, type ChangeEvent } from 'react';
import { MAX_TEXT_LENGTH } from '../../../shared/plan';
import { CellFrame } from './CellFrame';
import { fieldId } from './ids';
import { useTable } from './TableContext';
import { fitHeight } from './useYTextBinding';

interface Props {
  measureId: string;
  value: string;
  label: string;
  placeholder: string;
}

/**
 * The schedule, a plain string in the document (last writer wins, as the
 * contract has it). Not React-controlled either, so that a value arriving
 * from someone else keeps the caret where it was instead of at the end.
 */
export function ScheduleField({ measureId, value, label, placeholder }: Props) {
  const { readOnly, actions } = useTable();
  const ref = useRef<HTMLTextAreaElement>(null);
  const cell = { kind: 'measure', id: measureId, field: 'schedule' } as const;

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || element.value === value) return;
    const { selectionStart, selectionEnd } = element;
    element.value = value;
    if (document.activeElement === element) element.setSelectionRange(selectionStart, selectionEnd);
    fitHeight(element);
  }, [value]);

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    actions.writeField(cell, event.currentTarget.value);
    fitHeight(event.currentTarget);
  };

  return (
    <CellFrame cell={cell}>
      <textarea
        ref={ref}
        id={fieldId(cell)}
        className="mt-text"
        aria-label={label}
        placeholder={placeholder}
        rows={1}
        maxLength={MAX_TEXT_LENGTH}
        readOnly={readOnly}
        onChange={onChange}
      />
    </CellFrame>
  );
}
