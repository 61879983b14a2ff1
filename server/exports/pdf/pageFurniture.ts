/** What every page but the title page carries: the plan's title and "Sivu n / N", as artifacts that readers skip. */
import type { Line, RunStyle, Typesetter } from './lines';
import type { Marks } from './pdfDocument';
import { FOOTER_OFFSET, LINE_HEIGHT, MARGIN, MUTED } from './styles';

const FOOTER: RunStyle = { font: 'regular', size: 8, color: MUTED };

/** The text cut to `width` with an ellipsis, for a title too long for the footer line. */
function fitted(set: Typesetter, text: string, width: number): string {
  if (set.width(text, FOOTER) <= width) return text;
  let cut = text;
  while (cut.length > 0 && set.width(`${cut}…`, FOOTER) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function line(set: Typesetter, text: string): Line {
  return { segments: [{ text, style: FOOTER, width: set.width(text, FOOTER) }], height: FOOTER.size * LINE_HEIGHT, spaceBefore: 0 };
}

export function drawFooters(doc: PDFKit.PDFDocument, set: Typesetter, marks: Marks, title: string): void {
  const { start, count } = doc.bufferedPageRange();
  // The title page carries no footer.
  for (let index = start + 1; index < start + count; index++) {
    const page = doc.switchToPage(index);
    const pageLabel = line(set, `Sivu ${index - start + 1} / ${count}`);
    const labelWidth = pageLabel.segments[0]!.width;
    const width = page.width - 2 * MARGIN;
    const y = page.height - MARGIN + FOOTER_OFFSET;
    marks.artifact(() => {
      set.drawPlainLine(line(set, fitted(set, title, width - labelWidth - 12)), MARGIN, y);
      set.drawPlainLine(pageLabel, MARGIN + width - labelWidth, y);
    }, 'Pagination');
  }
}
