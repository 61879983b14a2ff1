import type { CSSProperties } from 'react';

/** Line icons of the table's controls (after Lucide, ISC licence); names are on the buttons. */
const PATHS = {
  up: ['m18 15-6-6-6 6'],
  down: ['m6 9 6 6 6-6'],
  moveTo: ['M15 10l5 5-5 5', 'M4 4v7a4 4 0 0 0 4 4h12'],
  delete: [
    'M3 6h18',
    'M19 6v14a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V6',
    'M8 6V4a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2',
    'M10 11v6',
    'M14 11v6',
  ],
  add: ['M12 5v14', 'M5 12h14'],
  undo: ['M9 14 4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'],
  redo: ['m15 14 5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13'],
  comment: ['M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z', 'M8 9h8', 'M8 13h5'],
  history: ['M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8', 'M3 3v5h5', 'M12 7v5l4 2'],
  grip: [
    'M9 5h.01', 'M9 12h.01', 'M9 19h.01',
    'M15 5h.01', 'M15 12h.01', 'M15 19h.01',
  ],
} as const;

export type TableIconName = keyof typeof PATHS;

/** Each icon as an image that CSS draws in the text colour (a mask), built once. */
const IMAGES = Object.fromEntries(
  Object.entries(PATHS).map(([name, paths]) => {
    const width = name === 'grip' ? 3 : 2;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="black" stroke-width="${width}" ` +
      `stroke-linecap="round" stroke-linejoin="round">${paths.map((d) => `<path d="${d}"/>`).join('')}</svg>`;
    return [name, `url("data:image/svg+xml,${encodeURIComponent(svg)}")`];
  }),
) as Record<TableIconName, string>;

/**
 * An icon of the table's controls. Drawn by CSS rather than as inline SVG:
 * a table of hundreds of rows has thousands of them, and each inline SVG is
 * a piece of its own for the browser to paint and composite on every frame.
 */
export function TableIcon({ name, size = 18 }: { name: TableIconName; size?: number }) {
  const style = { '--mt-icon': IMAGES[name], width: size, height: size } as CSSProperties;
  return <span className="mt-icon" style={style} aria-hidden="true" />;
}
