/**
 * The plan text (Tiptap JSON of `shared/editor/planTextExtensions.ts`) read
 * once into a small block model that every format renders. Reading it here
 * keeps the renderers simple and puts the safety rules in one place: the text
 * is first repaired to the plan-text schema (`sanitizePlanText`: unknown nodes
 * give way to their content, attributes are clamped), only web, mail and phone
 * links survive, and nothing a peer wrote can make a renderer throw.
 */
import type { JSONContent } from '@tiptap/core';
import { MAX_SPAN } from '../../../shared/editor/planTextRules';
import { sanitizePlanText } from '../../../shared/editor/sanitizePlanText';

export interface TextStyle {
  bold: boolean;
  italic: boolean;
  strike: boolean;
  underline: boolean;
  code: boolean;
  /** A safe absolute URL (http, https, mailto, tel); links of any other kind are dropped. */
  href?: string;
}

export type Inline = ({ kind: 'text'; text: string } & TextStyle) | { kind: 'break' };

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface TableCell {
  header: boolean;
  colspan: number;
  rowspan: number;
  blocks: Block[];
}

export type Block =
  | { kind: 'heading'; level: HeadingLevel; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'table'; rows: TableCell[][] };

/**
 * A chart of one of the plan's indicators, where the text places it: only
 * between top-level blocks (the schema allows it nowhere else). It names the
 * indicator; each format draws it from the export's indicators, or says the
 * plan no longer has it.
 */
export interface IndicatorChartBlock {
  kind: 'indicatorChart';
  indicatorId: string;
}

/** What every format prints for a chart of an indicator the export does not have (the plan no longer has it). */
export const MISSING_INDICATOR_CHART = 'Kaavio: mittaria ei enää ole suunnitelmassa.';

/** A top-level block of the text: a block, or an indicator chart between blocks. */
export type TopBlock = Block | IndicatorChartBlock;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The link target if it is an absolute URL of a safe kind (never `javascript:` or `data:`). */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    // Relative or malformed: it points nowhere once the text leaves the app.
    return undefined;
  }
}

const children = (node: JSONContent): JSONContent[] => (Array.isArray(node.content) ? node.content : []);

function positiveInt(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? Math.min(value, max) : fallback;
}

function styleOf(node: JSONContent): TextStyle {
  const style: TextStyle = { bold: false, italic: false, strike: false, underline: false, code: false };
  for (const mark of Array.isArray(node.marks) ? node.marks : []) {
    switch (mark?.type) {
      case 'bold':
        style.bold = true;
        break;
      case 'italic':
        style.italic = true;
        break;
      case 'strike':
        style.strike = true;
        break;
      case 'underline':
        style.underline = true;
        break;
      case 'code':
        style.code = true;
        break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        if (href) style.href = href;
        break;
      }
    }
  }
  return style;
}

function readInlines(node: JSONContent): Inline[] {
  const inlines: Inline[] = [];
  for (const child of children(node)) {
    if (child.type === 'hardBreak') inlines.push({ kind: 'break' });
    else if (typeof child.text === 'string' && child.text !== '') {
      inlines.push({ kind: 'text', text: child.text, ...styleOf(child) });
    } else if (child.content) inlines.push(...readInlines(child));
  }
  return inlines;
}

/** All text of a node, for places that take plain text only (code blocks). */
function plainText(node: JSONContent): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  return children(node).map(plainText).join('');
}

function hasVisibleText(inlines: Inline[]): boolean {
  return inlines.some((inline) => inline.kind === 'text' && inline.text.trim() !== '');
}

function readTable(node: JSONContent): Extract<Block, { kind: 'table' }> {
  const rows: TableCell[][] = [];
  for (const row of children(node)) {
    if (row.type !== 'tableRow') continue;
    const cells = children(row)
      .filter((cell) => cell.type === 'tableCell' || cell.type === 'tableHeader')
      .map((cell) => ({
        header: cell.type === 'tableHeader',
        colspan: positiveInt(cell.attrs?.colspan, 1, MAX_SPAN),
        rowspan: positiveInt(cell.attrs?.rowspan, 1, MAX_SPAN),
        blocks: readBlocks(children(cell)),
      }));
    if (cells.length > 0) rows.push(cells);
  }
  return { kind: 'table', rows };
}

function readBlock(node: JSONContent): Block[] {
  switch (node.type) {
    case 'paragraph': {
      const inlines = readInlines(node);
      // Empty paragraphs are the editor's spacing (the template leaves one under each heading).
      return hasVisibleText(inlines) ? [{ kind: 'paragraph', inlines }] : [];
    }
    case 'heading': {
      const inlines = readInlines(node);
      const level = positiveInt(node.attrs?.level, 2, 4) as HeadingLevel;
      return hasVisibleText(inlines) ? [{ kind: 'heading', level, inlines }] : [];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = children(node)
        .map((item) => readBlocks(item.type === 'listItem' ? children(item) : [item]))
        .filter((blocks) => blocks.length > 0);
      if (items.length === 0) return [];
      const ordered = node.type === 'orderedList';
      return [{ kind: 'list', ordered, start: ordered ? positiveInt(node.attrs?.start, 1, 1_000_000) : 1, items }];
    }
    case 'blockquote': {
      const blocks = readBlocks(children(node));
      return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
    }
    case 'codeBlock': {
      const text = plainText(node);
      return text.trim() !== '' ? [{ kind: 'code', text }] : [];
    }
    case 'horizontalRule':
      return [{ kind: 'rule' }];
    case 'table': {
      const table = readTable(node);
      return table.rows.length > 0 ? [table] : [];
    }
    default:
      // Nothing else passes `sanitizePlanText` at the top level or inside blocks.
      return [];
  }
}

function readBlocks(nodes: JSONContent[]): Block[] {
  return nodes.flatMap((node) => (node && typeof node === 'object' ? readBlock(node) : []));
}

/** The text of inlines without styles (headings in outlines, comparisons). */
export function inlineText(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : ' ')).join('');
}

function readTopBlock(node: JSONContent): TopBlock[] {
  // `sanitizePlanText` leaves only charts of a valid indicator id, and only at the top level.
  if (node.type === 'indicatorChart') return typeof node.attrs?.indicatorId === 'string' ? [{ kind: 'indicatorChart', indicatorId: node.attrs.indicatorId }] : [];
  return readBlock(node);
}

/**
 * The plan text as top-level blocks, its indicator charts among them. A
 * leading heading that only repeats the plan's title is left out: every
 * format prints the title itself, on its title page.
 */
export function planTextTopBlocks(body: JSONContent | undefined, title: string): TopBlock[] {
  const nodes = body ? children(sanitizePlanText(body.type === 'doc' ? body : { type: 'doc', content: [body] })) : [];
  const blocks = nodes.flatMap((node) => (node && typeof node === 'object' ? readTopBlock(node) : []));
  const first = blocks[0];
  const norm = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (first?.kind === 'heading' && norm(inlineText(first.inlines)) === norm(title)) return blocks.slice(1);
  return blocks;
}

/**
 * The heading level of the plan's top sections, which the measure table's own
 * heading takes so that it sits beside them in the outline (2 when the text
 * has no headings: level 1 is the plan's title).
 */
export function topSectionLevel(blocks: readonly TopBlock[]): HeadingLevel {
  const levels = blocks.flatMap((block) => (block.kind === 'heading' ? [block.level] : []));
  return levels.length > 0 ? (Math.min(...levels) as HeadingLevel) : 2;
}
