import * as Y from 'yjs';
import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import type { TextAnchor } from '../../../shared/discussion';

/**
 * Passages of the plan text as comment anchors: Yjs relative positions in
 * the `body` fragment (base64 of `Y.encodeRelativePosition`, as
 * `shared/discussion/anchor.ts` reads them), which keep pointing at the same
 * words whatever is typed around or inside them. The editor's Yjs binding
 * maps them to and from ProseMirror positions.
 */

// The server refuses longer quotes.
const MAX_QUOTE = 2000;

interface Binding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Map<Y.AbstractType<unknown>, unknown>;
}

function bindingOf(state: EditorState): Binding | null {
  const sync = ySyncPluginKey.getState(state) as
    | { doc?: Y.Doc; type?: Y.XmlFragment; binding?: { mapping: Binding['mapping'] } | null }
    | undefined;
  if (!sync?.doc || !sync.type || !sync.binding) return null;
  return { doc: sync.doc, type: sync.type, mapping: sync.binding.mapping };
}

const encode = (position: Y.RelativePosition) => btoa(String.fromCharCode(...Y.encodeRelativePosition(position)));

function decode(base64: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * The relative position of `pos`, stuck to the character after it (`assoc`
 * 0: the start, so typing just before a passage stays outside it) or before
 * it (-1: the end, so typing just after it stays outside too).
 */
function relativeAt(binding: Binding, pos: number, assoc: 0 | -1): Y.RelativePosition {
  const relative = absolutePositionToRelativePosition(pos, binding.type, binding.mapping as never) as Y.RelativePosition;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, binding.doc);
  return absolute?.type instanceof Y.XmlText
    ? Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc)
    : relative;
}

/** The selected passage as an anchor and the words it holds, or null without a selection. */
export function anchorOfSelection(state: EditorState): { anchor: TextAnchor; quote: string } | null {
  const { from, to, empty } = state.selection;
  const binding = bindingOf(state);
  const quote = state.doc.textBetween(from, to, ' ').replace(/\s+/g, ' ').trim();
  if (empty || !binding || quote === '') return null;
  return {
    anchor: { start: encode(relativeAt(binding, from, 0)), end: encode(relativeAt(binding, to, -1)) },
    quote: quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote,
  };
}

/** Where an anchored passage is in the editor now, or null when its words are gone. */
export function rangeOfAnchor(state: EditorState, anchor: TextAnchor): { from: number; to: number } | null {
  const binding = bindingOf(state);
  const start = decode(anchor.start);
  const end = decode(anchor.end);
  if (!binding || !start || !end) return null;
  const mapping = binding.mapping as never;
  const from = relativePositionToAbsolutePosition(binding.doc, binding.type, start, mapping);
  const to = relativePositionToAbsolutePosition(binding.doc, binding.type, end, mapping);
  if (from === null || to === null) return null;
  const clampedTo = Math.min(to, state.doc.content.size);
  return from < clampedTo ? { from, to: clampedTo } : null;
}
