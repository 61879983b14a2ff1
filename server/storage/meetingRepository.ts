import type { PersonRef } from '../../shared/people';
import type { MeetingState } from '../../shared/meeting';

/**
 * The index of the steering groups' meetings, beside their documents
 * (`meeting:<id>`, in the DocumentStore): which group and plan a meeting
 * belongs to, for access and lists without opening documents, and its state,
 * which the server alone sets. `openedAt`/`closedAt` bound the status changes
 * the minutes list as made in the meeting. Once approved, `approvedState` is
 * the meeting document's Yjs state at that moment: the approved minutes are
 * rendered from it, never again from the live document.
 */
export interface MeetingRecord {
  id: string;
  groupId: string;
  planId: string;
  title: string;
  startsAt: string;
  state: MeetingState;
  createdBy: string;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  approvedAt: string | null;
  approvedBy: PersonRef | null;
}

export type MeetingChanges = Partial<Pick<MeetingRecord, 'title' | 'startsAt' | 'state' | 'openedAt' | 'closedAt'>>;

export interface MeetingRepository {
  findById(id: string): Promise<MeetingRecord | undefined>;
  /** Oldest first. */
  ofGroup(groupId: string): Promise<MeetingRecord[]>;
  /** The plan's meetings in state `open`. */
  openOfPlan(planId: string): Promise<MeetingRecord[]>;
  create(meeting: MeetingRecord): Promise<void>;
  update(id: string, changes: MeetingChanges): Promise<void>;
  /**
   * Marks the meeting approved with the document state to render its minutes
   * from. Only once: resolves `false`, changing nothing, when it already was.
   */
  approve(id: string, approval: { approvedAt: string; approvedBy: PersonRef; state: Uint8Array }): Promise<boolean>;
  /** The state stored by `approve`; undefined before. */
  approvedState(id: string): Promise<Uint8Array | undefined>;
}
