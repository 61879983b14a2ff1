import { useEffect, useRef, useState } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { AgendaItem } from '../../../shared/meeting';
import { focusPlanRow } from './planFocus';
import { meetingParticipants, presenterOf, type MeetingParticipant, type MeetingPresence } from './presence';

/** Where an agenda item points in the plan. */
export function targetOf(item: AgendaItem | undefined): Pick<MeetingPresence, 'measureId' | 'focusAreaId'> {
  if (item?.kind === 'measure' && item.targetId) return { measureId: item.targetId };
  if (item?.kind === 'focusArea' && item.targetId) return { focusAreaId: item.targetId };
  return {};
}

/**
 * Presenting and following on awareness. The presenter publishes the open
 * item; a follower opens it, and the plan table scrolls to its measure. Any
 * input of the follower's own (wheel, key, pointer, touch) outside the
 * follow controls stops following; a new presenter starts it again.
 */
export function useFollow(provider: HocuspocusProvider, agenda: AgendaItem[], selected: string | null, select: (itemId: string) => void) {
  const [participants, setParticipants] = useState<MeetingParticipant[]>(() => meetingParticipants(provider));
  const [presenting, setPresenting] = useState(false);
  const [following, setFollowing] = useState(true);
  const presenter = presenting ? null : presenterOf(participants);
  const presenterId = presenter?.clientId ?? null;
  const lastPresenter = useRef<number | null>(null);

  useEffect(() => {
    const update = () => setParticipants(meetingParticipants(provider));
    provider.on('awarenessChange', update);
    update();
    return () => {
      provider.off('awarenessChange', update);
    };
  }, [provider]);

  // Someone starts presenting: follow by default.
  useEffect(() => {
    if (presenterId !== null && presenterId !== lastPresenter.current) setFollowing(true);
    lastPresenter.current = presenterId;
  }, [presenterId]);

  const followed = following && presenter ? presenter.meeting : null;
  useEffect(() => {
    if (!followed?.itemId) return;
    if (agenda.some((item) => item.id === followed.itemId)) select(followed.itemId);
    focusPlanRow(followed);
  }, [followed?.itemId, followed?.measureId, followed?.focusAreaId, agenda, select]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!following || presenterId === null) return;
    const stop = (event: Event) => {
      if ((event.target as Element | null)?.closest?.('[data-follow-control]')) return;
      setFollowing(false);
    };
    const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, stop, { capture: true, passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, stop, { capture: true });
    };
  }, [following, presenterId]);

  const item = agenda.find((i) => i.id === selected);
  useEffect(() => {
    const meeting: MeetingPresence = presenting
      ? { presenting: true, ...(selected ? { itemId: selected } : {}), ...targetOf(item) }
      : { presenting: false, following: following ? presenterId : null };
    provider.setAwarenessField('meeting', meeting);
    if (presenting) focusPlanRow(targetOf(item));
  }, [provider, presenting, selected, item?.kind, item?.targetId, following, presenterId]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    participants,
    presenter,
    presenting,
    following: following && presenter !== null,
    startPresenting: () => setPresenting(true),
    stopPresenting: () => setPresenting(false),
    follow: () => setFollowing(true),
  };
}
