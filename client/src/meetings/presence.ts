import type { HocuspocusProvider } from '@hocuspocus/provider';

/** What a participant publishes in the awareness field `meeting` (the server bounds it and lets only writers present). */
export interface MeetingPresence {
  presenting?: boolean;
  itemId?: string;
  measureId?: string;
  focusAreaId?: string;
  /** The presenter's client id this participant follows. */
  following?: number | null;
}

export interface MeetingParticipant {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
  meeting: MeetingPresence;
}

export function meetingParticipants(provider: HocuspocusProvider): MeetingParticipant[] {
  const awareness = provider.awareness;
  if (!awareness) return [];
  const list: MeetingParticipant[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = state.user as { name?: unknown; color?: unknown } | undefined;
    if (typeof user?.name !== 'string') continue;
    const meeting = typeof state.meeting === 'object' && state.meeting !== null ? (state.meeting as MeetingPresence) : {};
    list.push({ clientId, name: user.name, color: typeof user.color === 'string' ? user.color : '#666', isSelf: clientId === awareness.clientID, meeting });
  }
  return list.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** The one presenter others follow: of several, the one with the lowest client id, the same on every screen. */
export function presenterOf(participants: MeetingParticipant[]): MeetingParticipant | null {
  const presenting = participants.filter((p) => !p.isSelf && p.meeting.presenting === true);
  return presenting.sort((a, b) => a.clientId - b.clientId)[0] ?? null;
}
