/**
 * The parts of the Word document around its content: the title page and the
 * footer with the plan's title and page numbers.
 */
import { BorderStyle, Footer, HeadingLevel, PageNumber, Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { DocumentInfo } from '../common/documentInfo';
import { ACCENT, GRID } from './styles';

/** `around`: comment markers of threads that found no other place. */
export function titlePage(info: DocumentInfo, around: [ParagraphChild[], ParagraphChild[]] = [[], []]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (info.municipality) {
    paragraphs.push(
      new Paragraph({
        children: [new TextRun({ text: info.municipality, size: 36, bold: true, color: ACCENT })],
        spacing: { before: 3600, after: 480 },
      }),
    );
  }
  paragraphs.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [...around[0], new TextRun(info.title), ...around[1]] }));
  if (info.versionLabel) {
    paragraphs.push(
      new Paragraph({ children: [new TextRun({ text: info.versionLabel, size: 32, color: '404040' })], spacing: { after: 240 } }),
    );
  }
  paragraphs.push(new Paragraph({ children: [new TextRun({ text: info.date, size: 26, color: '404040' })] }));
  return paragraphs;
}

/** The plan's title and `Sivu 3 / 12` under a thin rule; `width` puts the page number at the right margin. */
export function footer(info: DocumentInfo, width: number): Footer {
  const style = { size: 16, color: '595959' };
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: GRID, space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [
          new TextRun({ text: info.title, ...style }),
          new TextRun({ children: ['\tSivu ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], ...style }),
        ],
      }),
    ],
  });
}
