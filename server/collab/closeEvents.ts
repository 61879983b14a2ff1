/**
 * Every way the collaboration server ends a client's session on the socket,
 * with what `@hocuspocus/provider` (v4) does about it. There are three kinds:
 *
 * - Closing the whole WebSocket (`peer.close`, `webSocket.close`): the
 *   provider reconnects with back-off whatever the code, authenticates again
 *   and sends every change the server has not acknowledged. Use it for
 *   passing trouble only.
 * - Closing one document's connection on a socket (`connection.close(event)`,
 *   or throwing a `CloseError` from a hook): Hocuspocus sends that document
 *   a Close message carrying only the reason (the code stays on the server,
 *   in `onDisconnect`). The provider stops syncing that document, keeps the
 *   socket and its other documents, and tries again only when the socket
 *   itself reconnects or the page is reloaded: it gives up, for now.
 * - Refusing authentication (throwing from `onAuthenticate`): a
 *   permission-denied message; the provider gives up for good
 *   (`onAuthenticationFailed`).
 *
 * Not ours but seen on the wire: the ws library closes with 1009 a frame over
 * `MAX_FRAME_BYTES`; Hocuspocus itself uses 4205 (reset, on a message it
 * cannot decode), 4401 (unauthorized) and 4408 (no authentication in time).
 */
export interface CloseEvent {
  code: number;
  reason: string;
}

/** Whole socket, on a clean stop (SIGTERM): the client retries and finds this or another instance. */
export const SERVER_SHUTTING_DOWN: CloseEvent = { code: 1001, reason: 'Server shutting down' };

/** Whole socket, when an update could not be made durable (disk full, database away): the client retries and resends it. */
export const STORAGE_UNAVAILABLE: CloseEvent = { code: 1011, reason: 'Changes cannot be stored right now' };

/** Whole socket, when authentication or loading failed for a passing reason (PostgreSQL or Redis away): the client retries. */
export const TRY_AGAIN_LATER: CloseEvent = { code: 1013, reason: 'Temporarily unavailable' };

/** One document, for an update that is not a Yjs update: refused, not stored; the client gives up (resending it would not help). */
export const INVALID_UPDATE: CloseEvent = { code: 4400, reason: 'Refused: the update is not a valid Yjs update' };

/** One document, for an update after which the plan text would not fit its schema: refused, not stored; the client gives up. */
export const PLAN_TEXT_REFUSED: CloseEvent = { code: 4422, reason: 'Refused: the plan text would not fit its schema' };

/** One document, for a single update larger than `MAX_UPDATE_BYTES`: refused, not stored; the client gives up. */
export const UPDATE_TOO_LARGE: CloseEvent = { code: 4413, reason: 'Refused: the update is too large' };

/** One document, when its session was signed out or ended: the client gives up (a reconnect would be denied). */
export const SESSION_ENDED: CloseEvent = { code: 4403, reason: 'Session ended' };

/** One document, when the user lost access to the plan: the client gives up (a reconnect would be denied). */
export const ACCESS_REMOVED: CloseEvent = { code: 4403, reason: 'Access removed' };

/**
 * Thrown from a Hocuspocus message hook (`beforeSync`, `beforeHandleMessage`):
 * Hocuspocus drops the message unapplied and closes that document's
 * connection with this code and reason (it reads both fields of the error).
 */
export class CloseError extends Error implements CloseEvent {
  readonly code: number;
  readonly reason: string;

  constructor(event: CloseEvent) {
    super(event.reason);
    this.name = 'CloseError';
    this.code = event.code;
    this.reason = event.reason;
  }
}
