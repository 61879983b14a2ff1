/**
 * The plan text (`body`, a Y.XmlFragment) as Tiptap JSON. Conversions always
 * name the field and use the editor's own schema (`planTextExtensions()`), so
 * the other top-level types of the plan document and tables stay intact.
 */
import type { JSONContent } from '@tiptap/core';
import { TiptapTransformer } from '@hocuspocus/transformer';
import * as Y from 'yjs';
import { BODY_FIELD, planTextExtensions } from '../editor/planTextExtensions';
import { planTextSchema } from '../editor/planTextSchema';
import { PlanDocError } from './doc';

const EMPTY_BODY: JSONContent = { type: 'doc', content: [] };

/** The plan text as Tiptap JSON (`{type:'doc', content:[]}` when empty or unreadable). */
export function readBodyJSON(doc: Y.Doc): JSONContent {
  try {
    const json = TiptapTransformer.fromYdoc(doc, BODY_FIELD) as JSONContent | undefined;
    if (!json || json.type !== 'doc') return structuredClone(EMPTY_BODY);
    return { ...json, content: Array.isArray(json.content) ? json.content : [] };
  } catch {
    return structuredClone(EMPTY_BODY);
  }
}

/**
 * Checks that `json` is a document of the plan text's schema; throws a
 * `PlanDocError` ('invalid') otherwise.
 */
export function checkBodyJSON(json: unknown): asserts json is JSONContent {
  if (!json || typeof json !== 'object' || (json as JSONContent).type !== 'doc') {
    throw new PlanDocError('invalid', 'the plan text must be a Tiptap JSON document ({type:"doc"})');
  }
  try {
    planTextSchema().nodeFromJSON(json).check();
  } catch (error) {
    throw new PlanDocError('invalid', `invalid plan text: ${(error as Error).message}`);
  }
}

/**
 * Writes Tiptap JSON into the (empty) `body` of an existing plan document, in
 * one local transaction with `origin`. The JSON is converted with
 * `TiptapTransformer.toYdoc(json, BODY_FIELD, planTextExtensions())` into a
 * temporary document whose nodes are then copied into `body`; the content is
 * authored by `doc`'s own client, so this also works inside a caller's
 * transaction (applying the temporary document's update there would turn
 * that transaction into a remote one).
 * Throws a `PlanDocError`: 'conflict' if the body already has content,
 * 'invalid' if the JSON does not fit the schema.
 */
export function writeBodyJSON(doc: Y.Doc, json: JSONContent, origin?: unknown): void {
  checkBodyJSON(json);
  if (doc.getXmlFragment(BODY_FIELD).length > 0) {
    throw new PlanDocError('conflict', 'the plan text is not empty');
  }
  const temp = TiptapTransformer.toYdoc(json, BODY_FIELD, planTextExtensions());
  try {
    const nodes = temp
      .getXmlFragment(BODY_FIELD)
      .toArray()
      .flatMap((node) => (node instanceof Y.XmlElement || node instanceof Y.XmlText ? [node.clone()] : []));
    doc.transact(() => doc.getXmlFragment(BODY_FIELD).insert(0, nodes), origin);
  } finally {
    temp.destroy();
  }
}

/** The sections THL recommends for a well-being report and plan. */
export const THL_TEMPLATE_SECTIONS = [
  '1 Tiivistelmä',
  '2 Tausta, tarkoitus ja tavoitteet',
  '3 Väestön hyvinvoinnin, terveydentilan ja palvelujen kuvaus',
  '4 Vahvuudet ja kehittämiskohteet',
  '5 Hyvinvointisuunnitelma',
  '6 Liitteet',
] as const;

function heading(level: number, text: string): JSONContent {
  const node: JSONContent = { type: 'heading', attrs: { level } };
  if (text !== '') node.content = [{ type: 'text', text }];
  return node;
}

/**
 * The plan text of a brand-new plan: its title (level-1 heading), then THL's
 * recommended sections (level-2 headings), each followed by an empty paragraph.
 */
export function newPlanTemplateBody(title: string): JSONContent {
  const content: JSONContent[] = [heading(1, title.trim())];
  for (const section of THL_TEMPLATE_SECTIONS) {
    content.push(heading(2, section), { type: 'paragraph' });
  }
  return { type: 'doc', content };
}
