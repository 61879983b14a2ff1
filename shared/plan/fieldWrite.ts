import type * as Y from 'yjs';
import { setMeasureField } from './doc';
import { editEntityText, type TextFieldRef } from './textEdit';
import { isMeasureTextField, type MeasureStringField } from './types';

/** Any field a person edits in the measure table: a Y.Text (titles, a measure's texts) or a measure's plain string. */
export type TableFieldRef = TextFieldRef | { kind: 'measure'; id: string; field: MeasureStringField };

function isTextFieldRef(ref: TableFieldRef): ref is TextFieldRef {
  return ref.kind !== 'measure' || isMeasureTextField(ref.field);
}

/**
 * The one way the table writes a field, whatever its kind: a text by the
 * edit at the caret (`editEntityText`), so that two people typing in it both
 * keep their letters; a string whole and checked (`setMeasureField`: a status
 * must be a status key, and so on). Throws `PlanDocError` for an unknown
 * entity or a bad value, with nothing written.
 */
export function writeTableField(
  doc: Y.Doc,
  ref: TableFieldRef,
  value: string,
  options: { caret?: number; origin?: unknown } = {},
): void {
  if (isTextFieldRef(ref)) editEntityText(doc, ref, value, options.caret, options.origin);
  else setMeasureField(doc, ref.id, ref.field, value, options.origin);
}
