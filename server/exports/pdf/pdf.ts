/**
 * The plan as a tagged PDF, made on the server with PDFKit: the same pages as
 * the Word export, with Roboto embedded (subset) so ä, ö and å print on any
 * machine, bookmarks for every heading, the title, author and language in the
 * document's metadata, and a structure tree (headings, paragraphs, lists,
 * tables with their header cells) in the order the pages read, so that a
 * screen reader gets the document and not a flat stream of text. Page
 * numbers, rules, cell fills and the repeated table header are artifacts.
 *
 * The document's setup and tagging (`pdfDocument.ts`), line setting
 * (`lines.ts`), pages (`flow.ts`), the text (`textBlocks.ts`), tables
 * (`tableLayout.ts`), the measure table (`measureTable.ts`) and the footers
 * (`pageFurniture.ts`) have their modules beside this one.
 */
import { documentInfo, type DocumentInfo } from '../common/documentInfo';
import { MEASURE_TABLE_TITLE, measureRows } from '../common/measureTable';
import { planTextTopBlocks, topSectionLevel } from '../common/planText';
import type { ExportInput } from '../types';
import { PageFlow } from './flow';
import { Typesetter, type RunStyle } from './lines';
import { drawLegend, drawMeasureTable } from './measureTable';
import { indicatorExportSection } from '../../indicators/exportSection';
import { drawIndicatorBlock } from './indicatorBlock';
import { drawIndicatorSection } from './indicatorSection';
import { drawFooters } from './pageFurniture';
import { Marks, createTaggedDocument, documentBytes, documentRoot } from './pdfDocument';
import { ACCENT, HEADINGS } from './styles';
import { Outline, drawLines, renderBlocks, textContext, type TextContext } from './textBlocks';

function titlePage(ctx: TextContext, info: DocumentInfo): void {
  const { flow } = ctx;
  const line = (text: string, style: RunStyle) => flow.set.wrap([{ text, style }], ctx.width);
  flow.y += 200;
  if (info.municipality) drawLines(ctx, 'P', line(info.municipality, { font: 'bold', size: 18, color: ACCENT }), 24);
  drawLines(ctx, 'H1', line(info.title, { font: 'bold', size: 28, color: ACCENT }), 18);
  if (info.versionLabel) drawLines(ctx, 'P', line(info.versionLabel, { font: 'regular', size: 16, color: '#404040' }), 10);
  drawLines(ctx, 'P', line(info.date, { font: 'regular', size: 13, color: '#404040' }), 0);
}

export async function renderPdf(input: ExportInput): Promise<Buffer> {
  const info = documentInfo(input);
  const doc = createTaggedDocument({
    title: info.title,
    author: info.municipality,
    subject: [MEASURE_TABLE_TITLE, info.versionLabel].filter(Boolean).join(' – '),
    creationDate: input.date,
  });
  const marks = new Marks(doc);
  const flow = new PageFlow(doc, marks, new Typesetter(doc));
  const root = documentRoot(doc);
  const outline = new Outline(doc.outline);
  const blocks = planTextTopBlocks(input.data.body, info.title);
  const tableLevel = topSectionLevel(blocks);
  const indicators = await indicatorExportSection(input.indicators);

  flow.newPage('portrait');
  titlePage(textContext(flow, root, outline), info);
  if (blocks.length > 0) {
    flow.newPage('portrait');
    const text = textContext(flow, root, outline);
    for (const block of blocks) {
      if (block.kind === 'indicatorChart') drawIndicatorBlock(text, indicators, block);
      else renderBlocks([block], text);
    }
  }

  flow.newPage('landscape');
  const ctx = textContext(flow, root, outline);
  const look = HEADINGS[tableLevel];
  outline.add(tableLevel, MEASURE_TABLE_TITLE);
  drawLines(ctx, `H${tableLevel}`, flow.set.wrap([{ text: MEASURE_TABLE_TITLE, style: { font: 'bold', size: look.size, color: look.color } }], ctx.width), look.below);
  drawMeasureTable(flow, root, measureRows(input.data));
  drawLegend(ctx);
  if (indicators) drawIndicatorSection(textContext(flow, root, outline), indicators, tableLevel);

  marks.close();
  drawFooters(doc, flow.set, marks, info.title);
  root.el.end();
  return documentBytes(doc);
}
