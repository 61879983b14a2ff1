/**
 * The indicators section of the PDF, on landscape pages after the measure
 * table: the summary table (TH per column and per row), the source line with
 * the cache's date and the stale notice, then per indicator its heading, its
 * chart drawn as vectors from the server's SVG and tagged as a Figure with
 * the chart in words as its alternative text, and right after it the same
 * figures as a Table with header cells, so a screen reader gets the numbers.
 */
import { createRequire } from 'node:module';
import type { ExportedIndicator, IndicatorExportSection } from '../../indicators/exportSection';
import type { HeadingLevel } from '../common/planText';
import type { PageFlow } from './flow';
import { linesHeight, type RunStyle } from './lines';
import { child, type StructNode } from './pdfDocument';
import { drawTable, type CellSpec } from './tableLayout';
import { drawLines, type TextContext } from './textBlocks';
import { ACCENT, BODY_SIZE, HEADINGS, MUTED, TABLE_SIZE, TEXT } from './styles';

type SvgToPdf = (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options: Record<string, unknown>) => void;
/**
 * svg-to-pdfkit (MIT; CommonJS without types), which draws an SVG with
 * PDFKit's own operators, so the chart stays vectors with text that can be
 * searched and copied.
 */
const svgToPdf = createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;

/** Px of the chart's SVG to points: its axis and label text at 7.7 pt, so that a chart and its table share a page. */
const MAX_SCALE = 0.7;

const plain: RunStyle = { font: 'regular', size: TABLE_SIZE, color: TEXT };
const bold: RunStyle = { ...plain, font: 'bold' };
const cell = (text: string, style: RunStyle = plain, scope?: CellSpec['scope']): CellSpec => ({ paragraphs: [[{ text, style }]], ...(scope ? { scope } : {}) });
const headerCell = (text: string): CellSpec => ({ ...cell(text, { ...bold, color: '#FFFFFF' }, 'Column'), fill: ACCENT });

function paragraph(ctx: TextContext, text: string, style: Partial<RunStyle> = {}, below = 6): void {
  const run: RunStyle = { font: 'regular', size: BODY_SIZE, color: TEXT, ...style };
  drawLines(ctx, 'P', ctx.flow.set.wrap([{ text, style: run }], ctx.width), below);
}

function heading(ctx: TextContext, level: 2 | 3 | 4, text: string, keepWith: number): void {
  const { flow } = ctx;
  const look = HEADINGS[level];
  const lines = flow.set.wrap([{ text, style: { font: 'bold', size: look.size, color: look.color } }], ctx.width);
  // A heading goes over with what it heads: here the chart.
  flow.ensure(look.above + linesHeight(lines) + look.below + keepWith);
  if (!flow.atTop) flow.y += look.above;
  ctx.outline.add(level, text);
  drawLines(ctx, `H${level}`, lines, look.below);
}

function summaryTable(flow: PageFlow, parent: StructNode, section: IndicatorExportSection): void {
  const shares = [0.25, 0.1, 0.17, 0.15, 0.13, 0.2];
  drawTable(flow, parent, {
    widths: shares.map((share) => share * flow.width),
    header: [section.summaryColumns.map(headerCell)],
    body: section.report.rows.map((row) => {
      const [title, ...cells] = section.summaryCells(row);
      const assessment = cells.pop()!;
      return [cell(title!, bold, 'Row'), ...cells.map((text) => cell(text)), cell(assessment)];
    }),
  });
}

/** The SVG at `width` points: its own size attributes replaced, its viewBox kept, so it scales whole. */
function sized(svg: string, width: number): { svg: string; height: number } | null {
  const match = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  if (!match) return null;
  const height = (width * Number(match[2])) / Number(match[1]);
  return { svg: svg.replace(/^(<svg [^>]*?)width="[\d.]+" height="[\d.]+"/, `$1width="${width}" height="${height}"`), height };
}

function chartSize(flow: PageFlow, svg: string): number {
  const width = Number(/^<svg [^>]*?width="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return Math.min(flow.width, width * MAX_SCALE);
}

/** The chart as a Figure: everything it draws is the figure's marked content, its words the alternative text (also a chart in the text). */
export function drawFigure(ctx: TextContext, item: ExportedIndicator): void {
  const { flow } = ctx;
  const chart = item.svg ? sized(item.svg, chartSize(flow, item.svg)) : null;
  if (!chart) return;
  flow.ensure(chart.height);
  const figure = child(flow.doc, ctx.parent, 'Figure', { alt: item.alt });
  flow.marks.into(figure);
  svgToPdf(flow.doc, chart.svg, flow.left, flow.y, {
    assumePt: true,
    // The chart's sans-serif is the document's own Roboto, embedded like all its text.
    fontCallback: (_family: string, isBold: boolean) => (isBold ? 'bold' : 'regular'),
    warningCallback: () => undefined,
  });
  flow.marks.close();
  figure.el.end();
  flow.y += chart.height + 6;
}

/** The indicator's figures as a tagged table with its caption (also under a chart in the text). */
export function figuresTable(ctx: TextContext, section: IndicatorExportSection, item: ExportedIndicator): void {
  const { table } = item;
  if (table.rows.length === 0) return;
  const [year, ...lines] = table.columns;
  paragraph(ctx, table.caption, { font: 'bold', size: TABLE_SIZE }, 3);
  const yearWidth = 50;
  const lineWidth = Math.min(130, (ctx.flow.width - yearWidth) / Math.max(lines.length, 1));
  drawTable(ctx.flow, ctx.parent, {
    widths: [yearWidth, ...lines.map(() => lineWidth)],
    header: [[headerCell(year!.label), ...lines.map((line) => headerCell(line.label))]],
    body: table.rows.map((row) => [cell(String(row.year), bold, 'Row'), ...lines.map((line) => cell(section.figure(row[line.key] ?? null, table.decimals)))]),
  });
  ctx.flow.y += 6;
}

/** The section, its headings at `level` and the one below it; starts a landscape page. */
export function drawIndicatorSection(ctx: TextContext, section: IndicatorExportSection, level: HeadingLevel): void {
  const { flow } = ctx;
  const { words, report } = section;
  const sub = Math.min(level + 1, 4) as 2 | 3 | 4;
  flow.newPage('landscape');
  const top = HEADINGS[level];
  ctx.outline.add(level, words.sectionTitle);
  drawLines({ ...ctx, x: flow.left, width: flow.width }, `H${level}`, flow.set.wrap([{ text: words.sectionTitle, style: { font: 'bold', size: top.size, color: top.color } }], flow.width), top.below);
  const wide = { ...ctx, x: flow.left, width: flow.width };
  paragraph(wide, words.sectionIntro);
  if (report.staleNote) paragraph(wide, report.staleNote, { font: 'bold', color: '#A4410E' });
  summaryTable(flow, ctx.parent, section);
  flow.y += 6;
  if (report.sourceLine) paragraph(wide, report.sourceLine, { size: TABLE_SIZE, color: MUTED });

  for (const item of section.indicators) {
    const chart = item.svg ? sized(item.svg, chartSize(flow, item.svg)) : null;
    heading(wide, sub, item.row.title, chart?.height ?? BODY_SIZE * 3);
    if (chart) drawFigure(wide, item);
    else paragraph(wide, item.row.problem ?? '');
    const source = [item.row.sourceLine, item.row.staleNote].filter(Boolean).join(' ');
    if (source) paragraph(wide, source, { size: TABLE_SIZE, color: MUTED });
    figuresTable(wide, section, item);
  }
}
