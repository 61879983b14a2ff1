/**
 * Text set into lines by the export itself rather than by PDFKit's flowing
 * text: every line's height is known before it is drawn, so the layout
 * decides page breaks (a table row kept on one page, a heading kept with its
 * text), and each line is drawn inside the marked content of its element.
 */
import { CODE_FILL, LINE_HEIGHT, LINK } from './styles';
import type { FontKey, Marks, StructNode } from './pdfDocument';

export interface RunStyle {
  font: FontKey;
  size: number;
  color: string;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  /** A safe absolute URL (planText keeps no other). */
  href?: string;
}

/** Text in one style; `\n` is a line break. */
export interface Run {
  text: string;
  style: RunStyle;
}

export interface Segment {
  text: string;
  style: RunStyle;
  width: number;
}

export interface Line {
  segments: Segment[];
  height: number;
  /** Space above the line: the gap between two paragraphs of one cell. */
  spaceBefore: number;
}

export interface WrapOptions {
  /** Code keeps its spaces, leading ones too. */
  preserveSpaces?: boolean;
  /** The font size of a line with no text. */
  emptySize?: number;
}

export class Typesetter {
  private readonly widths = new Map<string, number>();

  constructor(readonly doc: PDFKit.PDFDocument) {}

  width(text: string, style: Pick<RunStyle, 'font' | 'size'>): number {
    const key = `${style.font}|${style.size}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.font(style.font).fontSize(style.size).widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  /** The runs as lines no wider than `width`: broken at spaces, a word wider than a line broken between its letters. */
  wrap(runs: Run[], width: number, options: WrapOptions = {}): Line[] {
    const lines: Line[] = [];
    let segments: Segment[] = [];
    let lineWidth = 0;
    let size = 0;
    // A line broken at a space keeps the space (invisible at its end): text read from the tags then has words, not "kaupunginhyvinvointi…".
    const finish = (atSpace = false) => {
      if (!options.preserveSpaces && !atSpace) {
        while (segments.length > 0 && segments.at(-1)!.text.trim() === '') segments.pop();
        const last = segments.at(-1);
        if (last) last.text = last.text.trimEnd();
      }
      lines.push({ segments, height: (size || options.emptySize || 10) * LINE_HEIGHT, spaceBefore: 0 });
      segments = [];
      lineWidth = 0;
      size = 0;
    };
    const append = (text: string, style: RunStyle, w: number) => {
      const last = segments.at(-1);
      if (last && last.style === style) {
        last.text += text;
        last.width += w;
      } else segments.push({ text, style, width: w });
      lineWidth += w;
      size = Math.max(size, style.size);
    };
    runs.forEach((run) => {
      run.text.split('\n').forEach((piece, p) => {
        if (p > 0) finish();
        const tokens = options.preserveSpaces ? piece.split(/( +)/) : piece.split(/(\s+)/);
        for (const raw of tokens) {
          if (raw === '') continue;
          const space = raw.trim() === '';
          if (space && segments.length === 0 && !options.preserveSpaces) continue;
          const token = space && !options.preserveSpaces ? ' ' : raw;
          const w = this.width(token, run.style);
          if (!space && lineWidth + w > width && segments.length > 0) finish(true);
          if (!space && w > width) {
            for (const chunk of this.breakWord(token, run.style, width)) {
              if (lineWidth > 0) finish();
              append(chunk.text, run.style, chunk.width);
            }
          } else append(token, run.style, w);
        }
      });
    });
    if (runs.length > 0 || options.emptySize) finish();
    return lines;
  }

  private breakWord(word: string, style: RunStyle, width: number): Array<{ text: string; width: number }> {
    const chunks: Array<{ text: string; width: number }> = [];
    let text = '';
    for (const char of word) {
      if (text !== '' && this.width(text + char, style) > width) {
        chunks.push({ text, width: this.width(text, style) });
        text = '';
      }
      text += char;
    }
    if (text !== '') chunks.push({ text, width: this.width(text, style) });
    return chunks;
  }

  /**
   * One line at (x, y), its text in `node`'s marked content; a link's text in
   * a Link element of its own (`linkNode`) with its annotation.
   */
  drawLine(line: Line, x: number, y: number, marks: Marks, node: StructNode, linkNode: (href: string) => StructNode): void {
    let left = x;
    for (const segment of line.segments) {
      const { href } = segment.style;
      // A Link element joins its paragraph's children when first used: the paragraph's text before it is closed first, to keep their order.
      if (href) marks.close();
      const target = href ? linkNode(href) : node;
      marks.into(target);
      this.drawSegment(segment, left, y, line.height);
      if (href) this.doc.link(left, y, segment.width, line.height, href, { structParent: target.el } as object);
      left += segment.width;
    }
  }

  /** A line outside the structure tree (inside an artifact the caller opened), optionally in another colour. */
  drawPlainLine(line: Line, x: number, y: number, color?: string): void {
    let left = x;
    for (const segment of line.segments) {
      this.drawSegment(segment, left, y, line.height, color);
      left += segment.width;
    }
  }

  private drawSegment(segment: Segment, x: number, y: number, lineHeight: number, color?: string): void {
    const { style } = segment;
    const { doc } = this;
    const fill = color ?? (style.href ? LINK : style.color);
    const top = y + (lineHeight - style.size * LINE_HEIGHT) / 2;
    if (style.code) doc.rect(x, y, segment.width, lineHeight).fill(CODE_FILL);
    doc.font(style.font).fontSize(style.size).fillColor(fill).text(segment.text, x, top, { lineBreak: false });
    // Drawn here rather than by PDFKit, whose underline needs a text width that unwrapped text has not.
    const rules = [style.underline || style.href ? 1.02 : 0, style.strike ? 0.62 : 0].filter((at) => at > 0);
    for (const at of rules) {
      const ruleY = top + style.size * at;
      doc.save().lineWidth(style.size / 16).strokeColor(fill).moveTo(x, ruleY).lineTo(x + segment.width, ruleY).stroke().restore();
    }
  }
}

/** One Link element per address within an element (a link that wraps onto the next line stays one link). */
export function linkNodes(create: (href: string) => StructNode): (href: string) => StructNode {
  const nodes = new Map<string, StructNode>();
  return (href) => {
    let node = nodes.get(href);
    if (!node) nodes.set(href, (node = create(href)));
    return node;
  };
}

export const linesHeight = (lines: Line[]) => lines.reduce((sum, line) => sum + line.spaceBefore + line.height, 0);
