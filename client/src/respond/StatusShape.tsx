import type { Status } from '../../../shared/plan/status';
import './statusShape.css';

/**
 * The traffic light's colour with a shape of its own (circle, triangle,
 * square, dash), so that the choice reads without colour too; the words
 * beside it carry the meaning, the shape is decoration for the eye.
 */
export function StatusShape({ status }: { status: Status }) {
  return (
    <svg className={`status-shape status-shape--${status}`} width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      {status === 'done' && <circle cx="9" cy="9" r="8" />}
      {status === 'started' && <path d="M9 1.5 17 16.5H1z" />}
      {status === 'not-started' && <rect x="1.5" y="1.5" width="15" height="15" rx="1.5" />}
      {status === 'unassessed' && <rect x="1.5" y="7" width="15" height="4" rx="1" />}
    </svg>
  );
}
