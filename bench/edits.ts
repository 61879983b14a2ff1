// The edits the benchmark makes: what members do most, a status change in the measure table and a
// character typed into the plan text.
import type { JSONContent } from '@tiptap/core';
import { TiptapTransformer } from '@hocuspocus/transformer';
import * as Y from 'yjs';
import { BODY_FIELD, planTextExtensions } from '../shared/editor/planTextExtensions';
import { getBody, getMeasure, readPlanData, setMeasureField, STATUSES } from '../shared/plan';

export type EditKind = 'text' | 'status';
export const EDIT_KINDS: EditKind[] = ['status', 'text'];

/** Every measure's id, in display order (the same for every replica of one plan). */
export function measureIds(doc: Y.Doc): string[] {
  return readPlanData(doc, 'bench').focusAreas.flatMap((f) => f.goals.flatMap((g) => g.measures.map((m) => m.id)));
}

/** Indexes of the plan text's top-level blocks that start with text (paragraphs, headings). */
export function textBlocks(doc: Y.Doc): number[] {
  return getBody(doc)
    .toArray()
    .flatMap((node, index) => (node instanceof Y.XmlElement && node.get(0) instanceof Y.XmlText ? [index] : []));
}

/** Types one character at the start of the plan text's `block`-th block. */
export function typeInto(doc: Y.Doc, block: number, i: number): void {
  const element = getBody(doc).get(block);
  const text = element instanceof Y.XmlElement ? element.get(0) : null;
  if (text instanceof Y.XmlText) text.insert(0, String(i % 10));
}

/** Sets a measure's status to the one after its current one, so that every call is a change. */
export function nextStatus(doc: Y.Doc, measureId: string): void {
  const current = getMeasure(doc, measureId)?.get('status');
  const index = STATUSES.indexOf(current as (typeof STATUSES)[number]);
  setMeasureField(doc, measureId, 'status', STATUSES[(index + 1) % STATUSES.length]!);
}

/** The two propagation edits, made by one writer on a replica of `doc`'s plan. */
export function editsFor(doc: Y.Doc): Record<EditKind, (doc: Y.Doc, i: number) => void> {
  const measure = measureIds(doc)[0]!;
  const block = textBlocks(doc)[0]!;
  return {
    text: (d, i) => typeInto(d, block, i),
    status: (d) => nextStatus(d, measure),
  };
}

/** Top-level nodes of the plan text for `json`, built once and cloned into each document that needs them. */
export function bodyNodes(json: JSONContent): () => (Y.XmlElement | Y.XmlText)[] {
  const temp = TiptapTransformer.toYdoc(json, BODY_FIELD, planTextExtensions());
  const nodes = temp
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .flatMap((node) => (node instanceof Y.XmlElement || node instanceof Y.XmlText ? [node] : []));
  return () => nodes.map((node) => node.clone());
}

/** Replaces the plan text with `nodes` in one transaction, as a member pasting a whole text would. */
export function replaceBody(doc: Y.Doc, nodes: (Y.XmlElement | Y.XmlText)[]): void {
  doc.transact(() => {
    const body = getBody(doc);
    body.delete(0, body.length);
    body.insert(0, nodes);
  });
}

/** Appends `nodes` at the end of the plan text. */
export function appendBody(doc: Y.Doc, nodes: (Y.XmlElement | Y.XmlText)[]): void {
  doc.transact(() => {
    const body = getBody(doc);
    body.insert(body.length, nodes);
  });
}
