/** The look of the PDF export: colours, A4 geometry, type sizes and the grid of its tables. */

export const ACCENT = '#1F4E79';
export const GRID = '#8A8A8A';
export const MUTED = '#595959';
export const TEXT = '#000000';
export const LINK = '#0563C1';
export const CODE_FILL = '#F2F2F2';
/** A4 in points. */
export const A4_WIDTH = 595.28;
export const A4_HEIGHT = 841.89;
export const MARGIN = 57;
export const LANDSCAPE_MARGIN = 42;
/** Where the footer line sits, below the text area of every page. */
export const FOOTER_OFFSET = 20;

export const BODY_SIZE = 10.5;
export const TABLE_SIZE = 8.5;
export const TEXT_TABLE_SIZE = 9.5;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;

export const CELL_PADDING = { x: 4, y: 3 };
export const GRID_WIDTH = 0.5;

export const HEADINGS = {
  1: { size: 18, color: ACCENT, above: 18, below: 8 },
  2: { size: 15, color: ACCENT, above: 16, below: 6 },
  3: { size: 13, color: ACCENT, above: 12, below: 4 },
  4: { size: 11.5, color: '#262626', above: 10, below: 4 },
} as const;

export const hex = (color: string) => `#${color}`;
