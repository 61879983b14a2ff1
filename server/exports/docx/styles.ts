/**
 * The look of the Word export: fonts, colours, page geometry and the
 * document's paragraph styles (Word's own Title and Heading 1–4, so that the
 * navigation pane, a table of contents and screen readers work).
 */
import { BorderStyle, HeadingLevel, LineRuleType, type IStylesOptions } from 'docx';
import type { HeadingLevel as Level } from '../common/planText';

export const FONT = 'Calibri';
export const CODE_FONT = 'Consolas';
export const ACCENT = '1F4E79';
export const GRID = '8A8A8A';

/** A4 in twentieths of a point, given portrait; `docx` swaps them for landscape sections. */
export const A4 = { width: 11906, height: 16838 };
export const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
export const LANDSCAPE_MARGIN = { top: 851, bottom: 851, left: 851, right: 851 };
/** The measure table fills the landscape page between its margins. */
export const TABLE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

export const HEADINGS: Record<Level, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};

export const CELL_BORDERS = {
  top: { style: BorderStyle.SINGLE, size: 4, color: GRID },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: GRID },
  left: { style: BorderStyle.SINGLE, size: 4, color: GRID },
  right: { style: BorderStyle.SINGLE, size: 4, color: GRID },
};
export const CELL_MARGINS = { top: 57, bottom: 57, left: 85, right: 85 };

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, language: { value: 'fi-FI' } },
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: FONT, size: 56, bold: true, color: ACCENT },
      paragraph: { spacing: { after: 360 } },
    },
    heading1: {
      run: { font: FONT, size: 36, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 480, after: 160 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: 30, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { font: FONT, size: 26, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 240, after: 100 }, keepNext: true },
    },
    heading4: {
      run: { font: FONT, size: 23, bold: true, color: '262626' },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
    },
    hyperlink: { run: { color: '0563C1', underline: {} } },
  },
};
