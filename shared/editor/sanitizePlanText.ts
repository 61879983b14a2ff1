/**
 * Plan text repaired for readers (`/data?include=body`, exports, an editor
 * that must show a text it may not edit): whatever a damaged or hostile
 * document holds, the result passes `planTextProblem`. Nothing readable is
 * dropped when it can be kept: attributes out of bounds take the nearest valid
 * value or their default, unknown marks and unsafe links leave their text
 * plain, unknown nodes give way to their content, content missing where the
 * schema requires some is filled in (an empty table cell gets its paragraph),
 * and what still does not fit becomes paragraphs of its text.
 */
import type { JSONContent } from '@tiptap/core';
import { Fragment, Mark, type Node, type NodeType } from '@tiptap/pm/model';
import { MARK_RULES, MAX_BODY_SIZE, MAX_DEPTH, NODE_RULES, hasOwn, type AttributeRule } from './planTextRules';
import { planTextSchema } from './planTextSchema';
import { planTextBlockProblem, planTextProblem, planTextSize } from './validatePlanText';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Known attributes with valid values; `null` when a required one is missing or cannot be repaired (the mark or node is then dropped). */
function repairAttributes(attrs: unknown, rules: Readonly<Record<string, AttributeRule>>): Record<string, unknown> | null {
  const repaired: Record<string, unknown> = {};
  if (isRecord(attrs)) {
    for (const [name, value] of Object.entries(attrs)) {
      const rule = hasOwn(rules, name) ? rules[name] : undefined;
      if (!rule) continue;
      const kept = rule.valid(value) ? value : rule.repair(value);
      if (kept !== undefined) repaired[name] = kept;
      else if (name === 'href') return null;
    }
  }
  return Object.entries(rules).some(([name, rule]) => rule.required && !hasOwn(repaired, name)) ? null : repaired;
}

/** Known marks with valid attributes, as a set the schema accepts (no duplicates, no bold inside code). */
function repairMarks(marks: unknown): readonly Mark[] {
  if (!Array.isArray(marks)) return Mark.none;
  let set: readonly Mark[] = Mark.none;
  for (const mark of marks) {
    if (!isRecord(mark) || typeof mark.type !== 'string' || !hasOwn(MARK_RULES, mark.type)) continue;
    const attrs = repairAttributes(mark.attrs, MARK_RULES[mark.type] ?? {});
    if (attrs) set = planTextSchema().mark(mark.type, attrs).addToSet(set);
  }
  return set;
}

/** Children that fit `type`: marks it does not allow are removed; `null` if the content still does not fit. */
function fitContent(type: NodeType, attrs: Record<string, unknown>, children: Node[]): Node | null {
  const content = Fragment.fromArray(children.map((child) => (type.allowsMarks(child.marks) ? child : child.mark(child.marks.filter((m) => type.allowsMarkType(m.type))))));
  if (type.validContent(content)) return type.create(attrs, content);
  return type.createAndFill(attrs, content);
}

/**
 * The node as valid schema nodes: itself with repaired attributes and
 * content, or (when it is unknown, too deep, or its content cannot be made to
 * fit) its repaired children in its place.
 */
function repairNode(node: unknown, depth: number): Node[] {
  if (!isRecord(node)) return [];
  const schema = planTextSchema();
  if (typeof node.text === 'string' || node.type === 'text') {
    return typeof node.text === 'string' && node.text !== '' ? [schema.text(node.text, repairMarks(node.marks))] : [];
  }
  const children = (Array.isArray(node.content) ? node.content : []).flatMap((child) => repairNode(child, depth + 1));
  const known = typeof node.type === 'string' && node.type !== 'doc' && hasOwn(NODE_RULES, node.type);
  if (!known || depth > MAX_DEPTH) return children;
  const attrs = repairAttributes(node.attrs, NODE_RULES[node.type as string] ?? {});
  if (!attrs) return children;
  const repaired = fitContent(schema.nodes[node.type as string] as NodeType, attrs, children);
  return repaired ? [repaired] : children;
}

/** Top-level blocks from what repairing gave: inline runs become paragraphs, list items and cells give up their blocks. */
function asBlocks(nodes: Node[]): Node[] {
  const schema = planTextSchema();
  const blocks: Node[] = [];
  let inline: Node[] = [];
  const endParagraph = () => {
    const paragraph = schema.nodes.paragraph as NodeType;
    if (inline.length > 0) blocks.push(fitContent(paragraph, {}, inline) ?? paragraph.create());
    inline = [];
  };
  for (const node of nodes) {
    if (node.isInline) {
      inline.push(node);
      continue;
    }
    endParagraph();
    if (schema.topNodeType.contentMatch.matchType(node.type)) blocks.push(node);
    else node.forEach((child) => blocks.push(...asBlocks([child])));
  }
  endParagraph();
  return blocks;
}

/** The texts of the innermost blocks, as paragraphs, for a block that breaks a rule beyond the schema (a row too wide). */
function asParagraphs(block: Node): JSONContent[] {
  const paragraphs: JSONContent[] = [];
  block.descendants((node) => {
    if (!node.isTextblock) return true;
    if (node.textContent !== '') paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: node.textContent }] });
    return false;
  });
  return paragraphs;
}

/** A copy of `json` that fits the plan-text schema (an empty document for anything that is not one). */
export function sanitizePlanText(json: unknown): JSONContent {
  if (planTextProblem(json) === null) return json as JSONContent;
  if (!isRecord(json) || !Array.isArray(json.content)) return { type: 'doc', content: [] };
  const blocks: JSONContent[] = [];
  let size = 0;
  for (const node of asBlocks(json.content.flatMap((child) => repairNode(child, 1)))) {
    const block = node.toJSON() as JSONContent;
    for (const kept of planTextBlockProblem(block) === null ? [block] : asParagraphs(node)) {
      size += planTextSize(kept) + 1;
      // Only a text stored before the limit existed can be longer; readers get its beginning.
      if (size > MAX_BODY_SIZE - 100) return { type: 'doc', content: blocks };
      blocks.push(kept);
    }
  }
  return { type: 'doc', content: blocks };
}
