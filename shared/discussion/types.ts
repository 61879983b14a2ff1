import type { PersonRef } from '../people';

/** Where a thread is anchored: a measure of the table, or a passage of the plan text. */
export interface TextAnchor {
  /** Base64 of `Y.encodeRelativePosition` in the plan's `body`: survives edits around and inside the passage. */
  start: string;
  end: string;
}

export interface Message {
  id: string;
  author: PersonRef;
  text: string;
  /** User ids mentioned with @ in the text (members of the plan's group). */
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  /** A deleted message keeps its place in the thread, without its text. */
  deleted: boolean;
}

/** Who resolved a thread, and when. */
export interface Resolution {
  by: PersonRef;
  at: string;
}

/** An agenda item of one of the plan's meetings (shared/meeting): what a coordinator comments on in the meeting. */
export interface AgendaItemRef {
  meetingId: string;
  itemId: string;
}

export interface Thread {
  threadId: string;
  measureId: string | null;
  anchor: TextAnchor | null;
  /** A thread on a meeting's agenda item (its `quote` the item's title then); absent on threads about measures and the text. */
  agendaItem?: AgendaItemRef;
  /** The words the passage held when the thread was opened. */
  quote: string;
  resolved: boolean;
  resolvedBy: PersonRef | null;
  resolvedAt: string | null;
  createdAt: string;
  messages: Message[];
}
