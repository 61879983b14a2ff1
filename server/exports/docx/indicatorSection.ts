/**
 * The indicators section of the Word document, a landscape section after
 * the measure table: the summary as a Word table (its header row repeated on
 * every page), the source line with the cache's date and the stale notice,
 * then per indicator its heading, its chart as a picture with the chart in
 * words as its alternative text (`chartImage.ts`), its source, and right after
 * them the same figures as a table, so a screen reader gets the numbers.
 */
import { LineRuleType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { ExportedIndicator, IndicatorExportSection } from '../../indicators/exportSection';
import type { HeadingLevel } from '../common/planText';
import { chartParagraph, type ChartImages } from './chartImage';
import { ACCENT, CELL_BORDERS, CELL_MARGINS, HEADINGS, TABLE_WIDTH } from './styles';
import { textRuns } from './textBlocks';

const TABLE_FONT_SIZE = 18; // 9 pt in half-points
const MUTED = '595959';
const STALE = 'A4410E';

function cell(text: string, width: number, options: { bold?: boolean; header?: boolean } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: textRuns(text, { size: TABLE_FONT_SIZE, bold: options.bold || options.header || undefined, color: options.header ? 'FFFFFF' : undefined }),
        spacing: { after: 0, line: 252, lineRule: LineRuleType.AUTO },
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: CELL_MARGINS,
    shading: options.header ? { type: ShadingType.CLEAR, fill: ACCENT, color: 'auto' } : undefined,
  });
}

/** A table whose first row heads its columns and is repeated on each page, its first column in bold heading its rows. */
function table(widths: number[], header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text, i) => cell(text, widths[i]!, { header: true })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, widths[i]!, { bold: i === 0 })) })),
    ],
  });
}

const paragraph = (text: string, style: { size?: number; color?: string; bold?: boolean } = {}, after = 120) =>
  new Paragraph({ children: textRuns(text, style), spacing: { after } });

/** The indicator's figures as a table with its caption, at most `width` twips wide (also under a chart in the text). */
export function figuresTable(section: IndicatorExportSection, item: ExportedIndicator, width = TABLE_WIDTH): Array<Paragraph | Table> {
  const { table: figures } = item;
  if (figures.rows.length === 0) return [];
  const [year, ...lines] = figures.columns;
  const yearWidth = 900;
  const lineWidth = Math.min(2600, Math.floor((width - yearWidth) / Math.max(lines.length, 1)));
  return [
    new Paragraph({ children: textRuns(figures.caption, { bold: true, size: TABLE_FONT_SIZE }), spacing: { before: 120, after: 60 }, keepNext: true }),
    table(
      [yearWidth, ...lines.map(() => lineWidth)],
      [year!.label, ...lines.map((line) => line.label)],
      figures.rows.map((row) => [String(row.year), ...lines.map((line) => section.figure(row[line.key] ?? null, figures.decimals))]),
    ),
  ];
}

/** The section's content, its headings at `level` and the one below it, with the charts of `images`. */
export function indicatorSectionDocx(section: IndicatorExportSection, level: HeadingLevel, images: ChartImages): Array<Paragraph | Table> {
  const { words, report } = section;
  const sub = Math.min(level + 1, 4) as HeadingLevel;
  const shares = [0.25, 0.1, 0.17, 0.15, 0.13, 0.2];
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HEADINGS[level], children: [new TextRun(words.sectionTitle)] }),
    paragraph(words.sectionIntro),
  ];
  if (report.staleNote) children.push(paragraph(report.staleNote, { bold: true, color: STALE }));
  children.push(
    table(
      shares.map((share) => Math.floor(share * TABLE_WIDTH)),
      section.summaryColumns,
      report.rows.map((row) => section.summaryCells(row)),
    ),
  );
  if (report.sourceLine) children.push(paragraph(report.sourceLine, { size: TABLE_FONT_SIZE, color: MUTED }, 240));
  for (const item of section.indicators) {
    children.push(new Paragraph({ heading: HEADINGS[sub], children: textRuns(item.row.title), keepNext: true }));
    const chart = chartParagraph(images, item, TABLE_WIDTH);
    if (chart) children.push(chart);
    else if (item.row.problem) children.push(paragraph(item.row.problem));
    const source = [item.row.sourceLine, item.row.staleNote].filter(Boolean).join(' ');
    // The source goes with its chart, and both with the table's first rows.
    if (source) children.push(new Paragraph({ children: textRuns(source, { size: TABLE_FONT_SIZE, color: MUTED }), spacing: { after: 120 }, keepNext: true }));
    children.push(...figuresTable(section, item));
  }
  return children;
}
