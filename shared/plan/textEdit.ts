/**
 * Character-wise edits of the plan document's Y.Text fields from a text box.
 *
 * `replaceYText` keeps the common prefix and suffix, which cannot tell where
 * the person typed: "a" typed after the first letter of "aa" would become an
 * insertion at the end. A text box knows its caret, so this diff places the
 * change there; with someone else typing in the same text that decides
 * whether the two inputs interleave or stay apart.
 */
import * as Y from 'yjs';
import { getFocusArea, getGoal, getMeasure, MAX_TEXT_LENGTH, PlanDocError, type EntityMap } from './doc';
import { isMeasureTextField, type MeasureTextField } from './types';

/** One Y.Text field of an entity: a focus area's or goal's title, or a measure's text field. */
export type TextFieldRef =
  | { kind: 'focusArea' | 'goal'; id: string; field: 'title' }
  | { kind: 'measure'; id: string; field: MeasureTextField };

/** Replace `remove` characters at `index` with `insert`. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The smallest edit that turns `current` into `next`, given that the caret
 * stands at `caret` in `next` after the edit: what follows the caret was not
 * typed, so the common suffix never reaches left of it. Without a caret, the
 * common prefix and suffix. Null when equal. Never splits a surrogate pair.
 */
export function diffText(current: string, next: string, caret?: number): TextEdit | null {
  if (current === next) return null;
  const at = caret === undefined ? 0 : Math.max(0, Math.min(next.length, Math.trunc(caret)));
  const maxSuffix = Math.min(current.length, next.length - at);
  let suffix = 0;
  while (
    suffix < maxSuffix &&
    current.charCodeAt(current.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(current.charCodeAt(current.length - suffix))) suffix--;
  const maxPrefix = Math.min(current.length, next.length) - suffix;
  let prefix = 0;
  while (prefix < maxPrefix && current.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(current.charCodeAt(prefix - 1))) prefix--;
  return {
    index: prefix,
    remove: current.length - prefix - suffix,
    insert: next.slice(prefix, next.length - suffix),
  };
}

function entityOf(doc: Y.Doc, ref: TextFieldRef): EntityMap | undefined {
  switch (ref.kind) {
    case 'focusArea':
      return getFocusArea(doc, ref.id);
    case 'goal':
      return getGoal(doc, ref.id);
    case 'measure':
      return isMeasureTextField(ref.field) ? getMeasure(doc, ref.id) : undefined;
  }
}

/** The Y.Text of a field, to observe; undefined for unknown entities or a field that is not a Y.Text. */
export function getEntityText(doc: Y.Doc, ref: TextFieldRef): Y.Text | undefined {
  const value = entityOf(doc, ref)?.get(ref.field);
  return value instanceof Y.Text ? value : undefined;
}

/**
 * Sets a text field to `next` by the edit `diffText` finds around the caret,
 * in one transaction with `origin`. Unlike `setMeasureField`, an empty title
 * is accepted: a text box passes through it while someone retypes a title,
 * and refusing it would leave the box and the document apart.
 */
export function editEntityText(
  doc: Y.Doc,
  ref: TextFieldRef,
  next: string,
  caret?: number,
  origin?: unknown,
): void {
  if (typeof next !== 'string') throw new PlanDocError('invalid', `${ref.field} must be a string`);
  if (next.length > MAX_TEXT_LENGTH) {
    throw new PlanDocError('invalid', `${ref.field} is longer than ${MAX_TEXT_LENGTH} characters`);
  }
  const entity = entityOf(doc, ref);
  if (!entity) throw new PlanDocError('not-found', `unknown ${ref.kind} text: ${ref.id}.${ref.field}`);
  doc.transact(() => {
    const text = entity.get(ref.field);
    if (!(text instanceof Y.Text) || text.length !== text.toString().length) {
      // Missing, a plain string from an older writer, or embeds: start the field over.
      entity.set(ref.field, new Y.Text(next));
      return;
    }
    const edit = diffText(text.toString(), next, caret);
    if (!edit) return;
    if (edit.remove > 0) text.delete(edit.index, edit.remove);
    if (edit.insert !== '') text.insert(edit.index, edit.insert);
  }, origin);
}
