import './icons.css';

/** The line icons of the table's controls (after Lucide, ISC licence), in icons/; names are on the buttons. */
export type TableIconName = 'up' | 'down' | 'moveTo' | 'delete' | 'add' | 'undo' | 'redo' | 'comment' | 'history' | 'grip';

/**
 * An icon of the table's controls. Drawn by CSS rather than as inline SVG:
 * a table of hundreds of rows has thousands of them, and each inline SVG is
 * a piece of its own for the browser to paint and composite on every frame.
 * Named by class, so that a row holds no image of its own: the stylesheet
 * holds each icon once (icons.css).
 */
export function TableIcon({ name, size = 18 }: { name: TableIconName; size?: 16 | 18 }) {
  return <span className={size === 16 ? `mt-icon mt-icon--${name} mt-icon--small` : `mt-icon mt-icon--${name}`} aria-hidden="true" />;
}
