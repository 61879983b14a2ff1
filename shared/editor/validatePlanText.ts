/**
 * Whether plan text (Tiptap JSON) fits the plan-text schema: node and mark
 * names the editor knows, attributes it knows with values in their bounds
 * (`planTextRules.ts`), the schema's structure (`Node.check()`), bounded
 * nesting and size. Each function answers with the first problem found, in
 * words for a log line, or `null` when the text fits.
 */
import type { JSONContent } from '@tiptap/core';
import { planTextSchema } from './planTextSchema';
import {
  MARK_RULES,
  MAX_BODY_SIZE,
  MAX_DEPTH,
  MAX_ROW_WIDTH,
  NODE_RULES,
  hasOwn,
  type AttributeRule,
} from './planTextRules';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function attributesProblem(owner: string, attrs: unknown, rules: Readonly<Record<string, AttributeRule>>): string | null {
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.required && !(isRecord(attrs) && hasOwn(attrs, name))) return `${owner}: attribute "${name}" missing`;
  }
  if (attrs === undefined) return null;
  if (!isRecord(attrs)) return `${owner}: attributes are not an object`;
  for (const [name, value] of Object.entries(attrs)) {
    const rule = hasOwn(rules, name) ? rules[name] : undefined;
    if (!rule) return `${owner}: unknown attribute "${name.slice(0, 40)}"`;
    if (!rule.valid(value)) return `${owner}: attribute "${name}" out of bounds`;
  }
  return null;
}

function marksProblem(marks: unknown): string | null {
  if (marks === undefined) return null;
  if (!Array.isArray(marks)) return 'marks are not a list';
  for (const mark of marks) {
    if (!isRecord(mark) || typeof mark.type !== 'string') return 'a mark without a type';
    const rules = hasOwn(MARK_RULES, mark.type) ? MARK_RULES[mark.type] : undefined;
    if (!rules) return `unknown mark "${mark.type.slice(0, 40)}"`;
    const problem = attributesProblem(`mark ${mark.type}`, mark.attrs, rules);
    if (problem) return problem;
  }
  return null;
}

function rowWidth(row: JSONContent): number {
  return (row.content ?? []).reduce((sum, cell) => sum + (typeof cell?.attrs?.colspan === 'number' ? cell.attrs.colspan : 1), 0);
}

/** Names, attributes and nesting. */
function nodeProblem(node: unknown, depth: number): string | null {
  if (!isRecord(node) || typeof node.type !== 'string') return 'a node without a type';
  const rules = hasOwn(NODE_RULES, node.type) ? NODE_RULES[node.type] : undefined;
  if (!rules) return `unknown node "${node.type.slice(0, 40)}"`;
  if (depth > MAX_DEPTH) return 'nested too deeply';
  const problem = attributesProblem(node.type, node.attrs, rules);
  if (problem) return problem;
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') return 'a text node without text';
    return marksProblem(node.marks);
  }
  if (node.text !== undefined || node.marks !== undefined) return `${node.type}: text or marks on a node that is not text`;
  if (node.content === undefined) return null;
  if (!Array.isArray(node.content)) return `${node.type}: content is not a list`;
  if (node.type === 'tableRow' && rowWidth(node as JSONContent) > MAX_ROW_WIDTH) return 'a table row too wide';
  for (const child of node.content) {
    const childProblem = nodeProblem(child, depth + 1);
    if (childProblem) return childProblem;
  }
  return null;
}

/** The schema's own structure rules, on JSON that has passed `nodeProblem`. */
function structureProblem(json: JSONContent): string | null {
  try {
    planTextSchema().nodeFromJSON(json).check();
    return null;
  } catch (error) {
    return `does not fit the schema: ${(error as Error).message.slice(0, 200)}`;
  }
}

/** A single top-level block of the plan text (a paragraph, a list, a table …). */
export function planTextBlockProblem(block: unknown): string | null {
  const problem = nodeProblem(block, 1) ?? structureProblem(block as JSONContent);
  if (problem) return problem;
  const type = planTextSchema().nodes[(block as JSONContent).type as string];
  return type && planTextSchema().topNodeType.contentMatch.matchType(type) ? null : `"${type?.name}" cannot stand at the top level`;
}

/** The size of a block as it counts against `MAX_BODY_SIZE`. */
export function planTextSize(json: unknown): number {
  return JSON.stringify(json)?.length ?? 0;
}

/**
 * A whole plan text (`{type:'doc', content:[…]}`). An empty document is valid:
 * it is how a new plan's text starts in Yjs, and the editor fills it.
 */
export function planTextProblem(json: unknown): string | null {
  if (!isRecord(json) || json.type !== 'doc') return 'not a plan-text document';
  if (json.attrs !== undefined && attributesProblem('doc', json.attrs, NODE_RULES.doc ?? {})) return 'doc: unknown attributes';
  if (json.content === undefined) return null;
  if (!Array.isArray(json.content)) return 'doc: content is not a list';
  for (const block of json.content) {
    const problem = planTextBlockProblem(block);
    if (problem) return problem;
  }
  return planTextSize(json) > MAX_BODY_SIZE ? 'the plan text is too long' : null;
}
