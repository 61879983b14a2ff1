import * as Y from 'yjs';
import { BODY_FIELD } from '../editor/planTextExtensions';
import type { TextAnchor } from './types';

// btoa/atob rather than Buffer: the browser creates anchors too.
const encode = (position: Y.RelativePosition) => btoa(String.fromCharCode(...Y.encodeRelativePosition(position)));

function decode(base64: string): Y.RelativePosition | null {
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return Y.decodeRelativePosition(bytes);
  } catch {
    return null;
  }
}

/** An anchor over `length` characters of one text node of the plan body, from `index`. */
export function anchorInText(text: Y.XmlText, index: number, length: number): TextAnchor {
  return {
    start: encode(Y.createRelativePositionFromTypeIndex(text, index)),
    // Associated to the left, so that typing right after the passage does not extend it.
    end: encode(Y.createRelativePositionFromTypeIndex(text, index + length, -1)),
  };
}

/**
 * The words an anchor covers now, or `null` when they are gone or span
 * several paragraphs (the editor resolves those with its own mapping).
 */
export function anchoredText(doc: Y.Doc, anchor: TextAnchor): string | null {
  const start = decode(anchor.start);
  const end = decode(anchor.end);
  if (!start || !end) return null;
  const from = Y.createAbsolutePositionFromRelativePosition(start, doc);
  const to = Y.createAbsolutePositionFromRelativePosition(end, doc);
  if (!from || !to || from.type !== to.type || !(from.type instanceof Y.XmlText) || to.index < from.index) return null;
  const text = plainText(from.type);
  return to.index <= text.length ? text.slice(from.index, to.index) : null;
}

function plainText(text: Y.XmlText): string {
  return text.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

/** Whether an anchor is well-formed (decodes to two relative positions in the document's body). */
export function isAnchorInBody(doc: Y.Doc, anchor: TextAnchor): boolean {
  const body = doc.getXmlFragment(BODY_FIELD);
  for (const encoded of [anchor.start, anchor.end]) {
    const position = decode(encoded);
    const absolute = position && Y.createAbsolutePositionFromRelativePosition(position, doc);
    if (!absolute) return false;
    let type: Y.AbstractType<unknown> | null = absolute.type;
    while (type && type !== body) type = type.parent as Y.AbstractType<unknown> | null;
    if (type !== body) return false;
  }
  return true;
}
