import type { Extension, beforeHandleAwarenessPayload } from '@hocuspocus/server';
import type { ConnectionContext } from './authExtension';

/** One participant's presence: a name, a colour, a caret and the table cell being edited come to well under 1 KB. */
export const MAX_AWARENESS_STATE_BYTES = 16 * 1024;
/**
 * The fields the web app announces: `user` (presence list, caret labels),
 * `cursor` (the caret in the text, from the editor's Yjs binding) and
 * `editing` (the table cell being edited) and, in a meeting document, `meeting` (who presents
 * which agenda item, who follows: bounded by `meetingPresence`). Others are dropped.
 */
const KNOWN_FIELDS = ['user', 'cursor', 'editing', 'meeting'] as const;
/** A presenter's position is a few ids and a scroll hint. */
const MAX_MEETING_FIELD_BYTES = 1024;
/** A provider has one Yjs client id per document; a few more allow for a document recreated in the same tab. */
const MAX_CLIENTS_PER_CONNECTION = 4;

/** The state as others will see it: known fields only, `user` taken from the session; `null` when too large. */
function boundState(state: Record<string, unknown>, user: ConnectionContext['user'], mayWrite: boolean): Record<string, unknown> | null {
  const bound: Record<string, unknown> = {};
  for (const field of KNOWN_FIELDS) if (field in state) bound[field] = state[field];
  if ('meeting' in bound) bound.meeting = meetingPresence(bound.meeting, mayWrite);
  bound.user = { id: user.id, name: user.name, color: user.color };
  return JSON.stringify(bound).length <= MAX_AWARENESS_STATE_BYTES ? bound : null;
}

/**
 * Awareness (who is here, their carets) is relayed by the server to everyone
 * in the document, so it is bound to the connection that sends it: whatever a
 * client claims, its `user` is the signed-in user of that socket (a viewer
 * cannot appear as the chair), it may speak only for its own Yjs client ids
 * (not overwrite someone else's caret or presence), and a state larger than
 * `MAX_AWARENESS_STATE_BYTES` is not passed on at all. States relayed from
 * another server process (Redis) were bound there and pass as they are.
 */
export class AwarenessExtension implements Extension {
  readonly extensionName = 'awareness';

  async beforeHandleAwareness({ connection, context, document, states }: beforeHandleAwarenessPayload<ConnectionContext>): Promise<void> {
    if (!connection || !context?.user) return;
    const own = document.getClients(connection);
    const ownedElsewhere = (clientId: number) =>
      document.getConnections().some((other) => other !== connection && document.getClients(other).has(clientId));
    let newClients = 0;
    for (const [clientId, state] of states) {
      if (!own.has(clientId) && (ownedElsewhere(clientId) || own.size + ++newClients > MAX_CLIENTS_PER_CONNECTION)) {
        states.delete(clientId);
        continue;
      }
      const bound = boundState(state, context.user, !connection.readOnly);
      if (bound) states.set(clientId, bound);
      else states.delete(clientId);
    }
  }
}

/**
 * The `meeting` field: an object of at most `MAX_MEETING_FIELD_BYTES`, else dropped. Presenting
 * leads everyone who follows through the plan, so only a connection that may write the meeting
 * (chair, secretary, member) can present: a viewer's `presenting: true` is passed on as false.
 */
function meetingPresence(value: unknown, mayWrite: boolean): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (JSON.stringify(value).length > MAX_MEETING_FIELD_BYTES) return undefined;
  const presence = value as Record<string, unknown>;
  return presence.presenting === true && !mayWrite ? { ...presence, presenting: false } : presence;
}
