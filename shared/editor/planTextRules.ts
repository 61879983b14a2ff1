/**
 * What the plan text may hold beyond the ProseMirror schema's own structure
 * rules: every node, mark and attribute the editor knows, each attribute with
 * the values it may take. The schema alone accepts any value for an attribute
 * (a `colspan` of 1e9 makes every editor's table code throw and the document
 * vanish on screen), and a node name it does not know makes the editor's Yjs
 * binding delete that node; so the server refuses, and readers repair, what
 * falls outside these rules. `planTextRules.test.ts` keeps this table in step
 * with `planTextExtensions()`.
 */

import { isEntityId } from '../plan/ids';

/** A table cell spans at most this many columns or rows (Word's own limit is 63 columns). */
export const MAX_SPAN = 50;
/** Columns of one table row, spans counted: the editor's table map is width × height. */
export const MAX_ROW_WIDTH = 100;
export const MAX_COLUMN_WIDTH_PX = 5000;
export const MAX_HREF_LENGTH = 2048;
/** Link titles, classes, targets and relations: short labels, never documents. */
export const MAX_LABEL_LENGTH = 1000;
export const MAX_LIST_START = 1_000_000;
/** Nesting of nodes; readers walk the text recursively. */
export const MAX_DEPTH = 40;
/** The whole plan text, in JSON characters: about 250 times the Porvoo plan's 18 KB (and so at most some 250 000 nodes). */
export const MAX_BODY_SIZE = 5_000_000;

export interface AttributeRule {
  valid(value: unknown): boolean;
  /** A valid value close to `value`, or `undefined` when the attribute should fall back to its default. */
  repair(value: unknown): unknown;
  /** The node means nothing without a valid value (a chart of no indicator): one that lacks it is refused, and left out by repairs. */
  required?: boolean;
}

function integer(min: number, max: number): AttributeRule {
  return {
    valid: (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
    repair: (value) => {
      const number = typeof value === 'string' ? Number.parseInt(value, 10) : value;
      return typeof number === 'number' && Number.isFinite(number) ? Math.min(max, Math.max(min, Math.round(number))) : undefined;
    },
  };
}

function nullableChoice(choices: readonly string[]): AttributeRule {
  const valid = (value: unknown) => value === null || (typeof value === 'string' && choices.includes(value));
  return { valid, repair: (value) => (valid(value) ? value : null) };
}

function nullableLabel(maxLength: number, pattern?: RegExp): AttributeRule {
  const valid = (value: unknown) =>
    value === null || (typeof value === 'string' && value.length <= maxLength && (!pattern || pattern.test(value)));
  return { valid, repair: (value) => (valid(value) ? value : null) };
}

const columnWidth = integer(0, MAX_COLUMN_WIDTH_PX);

const columnWidths: AttributeRule = {
  valid: (value) => value === null || (Array.isArray(value) && value.length <= MAX_SPAN && value.every((w) => columnWidth.valid(w))),
  repair: (value) => (Array.isArray(value) ? value.slice(0, MAX_SPAN).map((w) => columnWidth.repair(w) ?? 0) : null),
};

/** The protocols Tiptap's link extension accepts by default; `javascript:`, `data:` and the like are not among them. */
const LINK_PROTOCOLS = ['http', 'https', 'ftp', 'ftps', 'mailto', 'tel', 'callto', 'sms', 'cid', 'xmpp'];
// Browsers ignore these inside a URL, so "java\tscript:" must be caught as "javascript:".
const IGNORED_IN_URL = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;
const ALLOWED_URL = new RegExp(`^(?:(?:${LINK_PROTOCOLS.join('|')}):|[^a-z]|[a-z0-9+.-]+(?:[^a-z+.:-]|$))`, 'i');

/**
 * A link target the editor may hold: of bounded length, and either relative or
 * of a known harmless protocol (the rule of Tiptap's link extension, which the
 * editor is configured with, so that what it writes the server accepts).
 */
export function isSafeLinkHref(href: unknown): href is string {
  return typeof href === 'string' && href !== '' && href.length <= MAX_HREF_LENGTH && ALLOWED_URL.test(href.replace(IGNORED_IN_URL, ''));
}

/** An id of the plan document's entities (shared/plan/ids.ts): URL-safe, 1–64 characters. */
const entityId: AttributeRule = { valid: isEntityId, repair: () => undefined, required: true };

const linkHref: AttributeRule = { valid: isSafeLinkHref, repair: () => undefined };

const cellAttributes = {
  colspan: integer(1, MAX_SPAN),
  rowspan: integer(1, MAX_SPAN),
  colwidth: columnWidths,
  align: nullableChoice(['left', 'center', 'right']),
};

/** Every node type of the plan text and the attributes it may carry. */
export const NODE_RULES: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
  doc: {},
  paragraph: {},
  text: {},
  hardBreak: {},
  horizontalRule: {},
  blockquote: {},
  bulletList: {},
  listItem: {},
  heading: { level: integer(1, 6) },
  codeBlock: { language: nullableLabel(64, /^[\w.#+-]*$/) },
  orderedList: { start: integer(0, MAX_LIST_START), type: nullableChoice(['1', 'a', 'A', 'i', 'I']) },
  table: {},
  tableRow: {},
  tableCell: cellAttributes,
  tableHeader: cellAttributes,
  indicatorChart: { indicatorId: entityId },
};

/** Every mark of the plan text and its attributes. */
export const MARK_RULES: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
  bold: {},
  italic: {},
  strike: {},
  underline: {},
  code: {},
  link: {
    href: linkHref,
    target: nullableLabel(MAX_LABEL_LENGTH),
    rel: nullableLabel(MAX_LABEL_LENGTH),
    class: nullableLabel(MAX_LABEL_LENGTH),
    title: nullableLabel(MAX_LABEL_LENGTH),
  },
};

export const hasOwn = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
