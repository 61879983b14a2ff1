/** The look of the PDF export: colours, A4 geometry and the grid of its tables. */

export const ACCENT = '#1F4E79';
export const GRID = '#8A8A8A';
export const MUTED = '#595959';
/** A4 in points. */
export const A4_WIDTH = 595.28;
export const A4_HEIGHT = 841.89;
export const MARGIN = 57;
export const LANDSCAPE_MARGIN = 42;

export const hex = (color: string) => `#${color}`;

export const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => GRID,
  vLineColor: () => GRID,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
