/**
 * The plan text as it lives in Yjs (`body`, a Y.XmlFragment written by the
 * editor's y-prosemirror binding), read block by block for validation. The
 * reading never throws and never trusts the shape: content that y-prosemirror
 * itself would never write (plain values, embeds, other shared types) comes out
 * as a node named `#foreign`, which no rule accepts.
 */
import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { MAX_DEPTH } from './planTextRules';
import { planTextBlockProblem, planTextSize } from './validatePlanText';

const FOREIGN: JSONContent = { type: '#foreign' };

function textNodes(text: Y.XmlText): JSONContent[] {
  return text.toDelta().map((delta: { insert: unknown; attributes?: Record<string, unknown> }) => {
    if (typeof delta.insert !== 'string') return FOREIGN;
    const node: JSONContent = { type: 'text', text: delta.insert };
    if (delta.attributes) {
      // Mark attributes that are not an object stay as they are, for the rules to refuse.
      node.marks = Object.entries(delta.attributes).map(([type, attrs]) =>
        attrs !== null && typeof attrs === 'object' && Object.keys(attrs).length === 0 ? { type } : ({ type, attrs } as never),
      );
    }
    return node;
  });
}

function children(parent: Y.XmlElement | Y.XmlFragment, depth: number): JSONContent[] {
  return parent.toArray().flatMap((child: unknown) => {
    if (child instanceof Y.XmlText) return textNodes(child);
    if (child instanceof Y.XmlElement) return [elementJSON(child, depth + 1)];
    return [FOREIGN];
  });
}

/** One element and what it holds, as Tiptap JSON (the shape `yXmlFragmentToProsemirrorJSON` gives). */
export function elementJSON(element: Y.XmlElement, depth = 1): JSONContent {
  const node: JSONContent = { type: element.nodeName };
  const attrs = element.getAttributes() as Record<string, unknown>;
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  // Deeper than any valid text: stop reading; the rules refuse the depth anyway.
  if (depth > MAX_DEPTH) return { ...node, content: [FOREIGN] };
  const content = children(element, depth);
  if (content.length > 0) node.content = content;
  return node;
}

/** The whole plan text as Tiptap JSON. */
export function fragmentJSON(body: Y.XmlFragment): JSONContent {
  return { type: 'doc', content: children(body, 0) };
}

export interface BlockCheck {
  problem: string | null;
  size: number;
}

/** Whether one top-level item of `body` is a valid block, and its size. */
export function checkBlock(block: unknown): BlockCheck {
  if (!(block instanceof Y.XmlElement)) return { problem: 'content that is not a block', size: 0 };
  const json = elementJSON(block);
  return { problem: planTextBlockProblem(json), size: planTextSize(json) };
}

/** Any shared type: they differ only in the type of their events. */
type AnyType = Y.AbstractType<any>;

function topLevelAncestor(type: AnyType, body: Y.XmlFragment): AnyType | null {
  let current = type;
  for (;;) {
    const parent = current._item?.parent;
    if (parent === body) return current;
    if (!(parent instanceof Y.AbstractType)) return null;
    current = parent;
  }
}

/**
 * The top-level blocks of `body` that a finished (or finishing) transaction
 * changed or added, and whether it changed the list of blocks itself. Read from
 * the transaction's bookkeeping (`changed`, `beforeState`), so it works in any
 * of the document's events from `beforeObserverCalls` on. Blocks deleted in the
 * transaction are left out: they no longer show.
 */
export function changedBlocks(transaction: Y.Transaction, body: Y.XmlFragment): { blocks: Set<unknown>; listChanged: boolean } {
  const blocks = new Set<unknown>();
  let listChanged = false;
  for (const type of transaction.changed.keys()) {
    if (type === (body as AnyType)) {
      listChanged = true;
      continue;
    }
    const block = topLevelAncestor(type, body);
    if (block && !block._item?.deleted) blocks.add(block);
  }
  if (listChanged) {
    // New blocks were created in this transaction: their insides caused no change events of their own.
    let item = body._start;
    for (; item !== null; item = item.right) {
      if (item.deleted) continue;
      const clockBefore = transaction.beforeState.get(item.id.client) ?? 0;
      if (item.id.clock >= clockBefore) {
        const content = item.content;
        blocks.add(content instanceof Y.ContentType ? content.type : content);
      }
    }
  }
  return { blocks, listChanged };
}
