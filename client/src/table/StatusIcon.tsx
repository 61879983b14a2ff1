import type { Status } from '../../../shared/plan';
import done from './icons/status-done.svg';
import notStarted from './icons/status-not-started.svg';
import started from './icons/status-started.svg';
import unassessed from './icons/status-unassessed.svg';

const IMAGES: Record<Status, string> = { done, started, 'not-started': notStarted, unassessed };

/**
 * The traffic light of a status as a shape as well as a colour, so that it
 * reads without colour vision too: a tick (done), a half-filled circle
 * (started), a cross (not started), a dashed ring with a dash (not assessed).
 * Every edge against white meets 3:1; the status word is always beside it.
 * A small SVG file (which Vite inlines as a data: address) rather than inline
 * SVG: one element instead of three with a dozen attributes, in each of a
 * table's hundreds of rows; like the inline SVG it prints, and keeps its
 * colours in forced colours mode.
 */
export function StatusIcon({ status, size = 18 }: { status: Status; size?: number }) {
  return <img className={`status-icon status-icon--${status}`} src={IMAGES[status]} width={size} height={size} alt="" />;
}
