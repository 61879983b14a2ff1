/**
 * The minutes as a tagged PDF, drawn with the plan export's PDFKit modules
 * (server/exports/pdf): headings with bookmarks, paragraphs and lists through
 * its block renderer, the attendance and the guests as tables with header
 * cells (TH, scope Column for the column names and Row for each name), the
 * signature lines and page numbers as artifacts. Text objects only, never
 * markup, so nothing a person wrote can change the file's structure.
 * Rendered on an export thread.
 */
import { PageFlow } from '../../exports/pdf/flow';
import { Typesetter, type RunStyle } from '../../exports/pdf/lines';
import { drawFooters } from '../../exports/pdf/pageFurniture';
import { Marks, createTaggedDocument, documentBytes, documentRoot } from '../../exports/pdf/pdfDocument';
import { ACCENT, BODY_SIZE, GRID, TEXT } from '../../exports/pdf/styles';
import { drawTable, type CellSpec } from '../../exports/pdf/tableLayout';
import { Outline, drawLines, renderBlocks, textContext, type TextContext } from '../../exports/pdf/textBlocks';
import { safeHref, type Block, type HeadingLevel, type Inline } from '../../exports/common/planText';
import { SIGNATURES, WORDS, minutesFacts, minutesHeading, type Minutes } from './minutesModel';

const PLAIN = { bold: false, italic: false, strike: false, underline: false, code: false };

/** Text with its line breaks as inline breaks. */
function inlines(text: string, style: Partial<typeof PLAIN> & { href?: string } = {}): Inline[] {
  return text.split(/\r?\n/).flatMap((line, i): Inline[] => [...(i > 0 ? [{ kind: 'break' } as const] : []), { kind: 'text', text: line, ...PLAIN, ...style }]);
}

const heading = (level: HeadingLevel, text: string): Block => ({ kind: 'heading', level, inlines: inlines(text) });
const paragraph = (text: string, style?: Partial<typeof PLAIN> & { href?: string }): Block => ({ kind: 'paragraph', inlines: inlines(text, style) });
/** A paragraph per line: a line break inside one paragraph would run its words together in the text a screen reader gets. */
const paragraphs = (text: string): Block[] => {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.length ? lines.map((line) => paragraph(line)) : [paragraph('–')];
};
const bullets = (items: string[]): Block =>
  items.length ? { kind: 'list', ordered: false, start: 1, items: items.map((text) => [paragraph(text)]) } : paragraph('–');

function factLines(minutes: Minutes): Block[] {
  return minutesFacts(minutes).map(([term, value]): Block => {
    const href = term === 'Etäyhteys' ? safeHref(value) : undefined;
    return { kind: 'paragraph', inlines: [{ kind: 'text', text: `${term}: `, ...PLAIN, bold: true }, ...inlines(value, href ? { href } : {})] };
  });
}

const bodyStyle: RunStyle = { font: 'regular', size: BODY_SIZE, color: TEXT };

/** Names down the first column as row headers, the column names on top (repeated on every page the table runs over). */
function drawTwoColumns(ctx: TextContext, headers: [string, string], rows: Array<[string, string]>): void {
  const header: CellSpec[] = headers.map((text) => ({ paragraphs: [[{ text, style: { ...bodyStyle, font: 'bold', color: '#FFFFFF' } }]], scope: 'Column', fill: ACCENT }));
  const body = rows.map(([first, second]): CellSpec[] => [
    { paragraphs: [[{ text: first || '–', style: { ...bodyStyle, font: 'bold' } }]], scope: 'Row' },
    { paragraphs: [[{ text: second || '–', style: bodyStyle }]] },
  ]);
  drawTable(ctx.flow, ctx.parent, { left: ctx.x, widths: [ctx.width * 0.45, ctx.width * 0.55], header: [header], body });
  ctx.flow.y += 10;
}

/** Two signatures a row: a line to sign on (an artifact) and the role under it. */
function drawSignatures(ctx: TextContext): void {
  const { flow } = ctx;
  const gap = 28;
  const width = (ctx.width - gap) / 2;
  for (let i = 0; i < SIGNATURES.length; i += 2) {
    flow.ensure(48 + BODY_SIZE * 2);
    flow.y += 40;
    const top = flow.y;
    let bottom = top;
    for (const [column, role] of [SIGNATURES[i]!, SIGNATURES[i + 1]!].entries()) {
      const x = ctx.x + column * (width + gap);
      flow.marks.artifact(() => flow.doc.lineWidth(0.75).strokeColor(GRID).moveTo(x, top).lineTo(x + width, top).stroke(), 'Layout');
      flow.y = top + 3;
      drawLines({ ...ctx, x, width }, 'P', flow.set.wrap([{ text: role, style: bodyStyle }], width), 0);
      bottom = Math.max(bottom, flow.y);
    }
    flow.y = bottom;
  }
}

export async function renderMinutesPdf(minutes: Minutes): Promise<Buffer> {
  const title = minutesHeading(minutes);
  const doc = createTaggedDocument({ title, author: minutes.groupName, subject: minutes.planTitle, creationDate: new Date() });
  const marks = new Marks(doc);
  const flow = new PageFlow(doc, marks, new Typesetter(doc));
  const root = documentRoot(doc);
  const ctx = textContext(flow, root, new Outline(doc.outline));
  flow.newPage('portrait');

  renderBlocks([heading(1, title), paragraph(minutes.approved ? WORDS.approved : WORDS.draft, { italic: true }), ...factLines(minutes), heading(2, WORDS.attendance)], ctx);
  if (minutes.attendance.length) drawTwoColumns(ctx, [WORDS.name, WORDS.attended], minutes.attendance.map((r) => [r.name, r.attendance]));
  else renderBlocks([paragraph('–')], ctx);
  if (minutes.guests.length) {
    renderBlocks([heading(2, WORDS.guests)], ctx);
    drawTwoColumns(ctx, [WORDS.name, WORDS.guestNote], minutes.guests.map((g) => [g.name, g.note]));
  }
  for (const item of minutes.items) {
    renderBlocks(
      [
        heading(2, `§ ${item.number} ${item.title}`),
        ...(item.notes ? [heading(3, WORDS.notes), ...paragraphs(item.notes)] : []),
        heading(3, WORDS.decision),
        ...paragraphs(item.decision),
        ...(item.changes.length ? [heading(3, WORDS.changes), bullets(item.changes)] : []),
      ],
      ctx,
    );
  }
  if (minutes.otherChanges.length) renderBlocks([heading(2, WORDS.otherChanges), bullets(minutes.otherChanges)], ctx);
  renderBlocks([heading(2, WORDS.signatures)], ctx);
  drawSignatures(ctx);

  marks.close();
  drawFooters(doc, flow.set, marks, title);
  root.el.end();
  return documentBytes(doc);
}
