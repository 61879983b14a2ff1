import type { Status } from '../../../shared/plan';

/**
 * The traffic light of a status as a shape as well as a colour, so that it
 * reads without colour vision too: a tick (done), a half-filled circle
 * (started), a cross (not started), a dashed ring with a dash (not assessed).
 * Every edge against white meets 3:1; the status word is always beside it.
 */
export function StatusIcon({ status, size = 18 }: { status: Status; size?: number }) {
  return (
    <svg
      className={`status-icon status-icon--${status}`}
      viewBox="0 0 20 20"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      {status === 'done' && (
        <>
          <circle cx="10" cy="10" r="9" fill="#1e7a38" />
          <path
            d="M5.5 10.5l3 3 6-6.5"
            fill="none"
            stroke="#ffffff"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
      {status === 'started' && (
        <>
          <circle cx="10" cy="10" r="8.5" fill="#f6c644" stroke="#7a5200" strokeWidth="1.5" />
          <path d="M10 1.5a8.5 8.5 0 0 1 0 17z" fill="#7a5200" />
        </>
      )}
      {status === 'not-started' && (
        <>
          <circle cx="10" cy="10" r="9" fill="#c0392b" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="#ffffff" strokeWidth="2.2" strokeLinecap="round" />
        </>
      )}
      {status === 'unassessed' && (
        <>
          <circle cx="10" cy="10" r="8.25" fill="#ffffff" stroke="#5f6b78" strokeWidth="1.5" strokeDasharray="3 2.2" />
          <path d="M6.5 10h7" stroke="#5f6b78" strokeWidth="2" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
