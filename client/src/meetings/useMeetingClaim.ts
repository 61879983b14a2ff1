import { useEffect, useState } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { meetingClaimPayload, parseMeetingClaimAnswer } from '../../../shared/meeting';

/** Whether the server counts this page's edits of the plan as the meeting's: not asked, asked, yes, or no. */
export type MeetingClaimState = 'none' | 'pending' | 'in' | 'refused';

/**
 * Tells the server, on the plan's connection, that this page is in the
 * meeting while it is open (again after every reconnect, which is a new
 * connection to the server), and leaves it when the page goes or the meeting
 * closes. The server checks the claim and says whether it holds
 * (server/meetings/meetingClaims.ts); it also ends it when the meeting closes.
 */
export function useMeetingClaim(provider: HocuspocusProvider | null, meetingId: string, open: boolean): MeetingClaimState {
  const [state, setState] = useState<MeetingClaimState>('none');
  useEffect(() => {
    if (!provider || !open) return;
    const onStateless = ({ payload }: { payload: string }) => {
      const answer = parseMeetingClaimAnswer(payload);
      if (answer?.meetingId === meetingId) setState(answer.accepted ? 'in' : 'refused');
    };
    const claim = () => {
      setState('pending');
      provider.sendStateless(meetingClaimPayload(meetingId));
    };
    provider.on('stateless', onStateless);
    provider.on('authenticated', claim);
    if (provider.isAuthenticated) claim();
    return () => {
      provider.off('stateless', onStateless);
      provider.off('authenticated', claim);
      if (provider.isAuthenticated) provider.sendStateless(meetingClaimPayload(null));
      setState('none');
    };
  }, [provider, meetingId, open]);
  return state;
}
