import type { ChangeEvent } from 'react';
import { getEntityText, MAX_TEXT_LENGTH, type TextFieldRef } from '../../../shared/plan';
import { CellFrame } from './CellFrame';
import { fieldId } from './ids';
import { useTable } from './TableContext';
import { fitHeight, useYTextBinding } from './useYTextBinding';

interface Props {
  field: TextFieldRef;
  label: string;
  placeholder: string;
  className?: string;
}

/**
 * A text field of the table (a title, responsible party, indicator or status
 * note), edited character-wise: each input becomes the smallest edit at the
 * caret, so two people typing in the same cell both keep their letters.
 */
export function TextField({ field, label, placeholder, className }: Props) {
  const { doc, origin, readOnly, actions } = useTable();
  const text = getEntityText(doc, field);
  const ref = useYTextBinding(text, origin);

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const element = event.currentTarget;
    // Refused when the row was deleted a moment ago by someone else: show what the document holds.
    if (!actions.writeField(field, element.value, element.selectionEnd)) element.value = text?.toString() ?? '';
    fitHeight(element);
  };

  return (
    <CellFrame cell={field} className={className}>
      <textarea
        ref={ref}
        id={fieldId(field)}
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
