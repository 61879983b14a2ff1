import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { discussionDocumentName, planDocumentName } from '../../../shared/documentNames';
import { collabUrl } from './collabUrl';
import { followNetwork } from './followNetwork';
import { keepOfflineCopy } from './offlineCopy';
import { useOfflineShell } from './offlineShell';

/** What other participants see of us: the presence list and caret labels read it. */
export interface AwarenessUser {
  id: string;
  name: string;
  color: string;
}

export interface PlanConnection {
  provider: HocuspocusProvider;
  /** The plan's comments (`plan:<id>:discussion`): read-only here, written through REST. */
  discussion: HocuspocusProvider;
  /** The server let us in read-only (the user's role may not edit this plan). */
  readOnly: boolean;
}

/**
 * One socket per open plan carrying two documents: the plan and its
 * discussion; torn down when the plan is left. The plan starts from this
 * browser's offline copy, so edits made offline before a reload are there
 * and go to the server with the first sync; the service worker's offline
 * shell lets the page itself load without a network. The socket carries the session
 * cookie, so the token is a placeholder the server recognises as "use the cookie".
 */
export function usePlanProvider(
  planId: string,
  user: AwarenessUser,
  onAuthenticationFailed: () => void,
): PlanConnection | null {
  const [connection, setConnection] = useState<PlanConnection | null>(null);
  // The callback may change identity on every render; the provider must not be rebuilt for it.
  const onFailedRef = useRef(onAuthenticationFailed);
  onFailedRef.current = onAuthenticationFailed;
  const { id, name, color } = user;
  // So that this plan also opens again from a cold start without a network.
  useOfflineShell(planId);

  useEffect(() => {
    const document = new Y.Doc();
    // The socket opens at once, while the offline copy loads: opening the plan then waits for
    // the slower of the two, not for both one after the other.
    const socket = new HocuspocusProviderWebsocket({ url: collabUrl() });
    const stopFollowing = followNetwork(socket);
    let teardown: (() => void) | null = null;
    let left = false;

    const connect = () => {
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: planDocumentName(planId),
        token: 'cookie',
        document,
        onAuthenticated: ({ scope }) => setConnection({ provider, discussion, readOnly: scope === 'readonly' }),
        onAuthenticationFailed: () => onFailedRef.current(),
      });
      // Presence travels with the plan; the discussion needs none.
      const discussion = new HocuspocusProvider({
        websocketProvider: socket,
        name: discussionDocumentName(planId),
        token: 'cookie',
        awareness: null,
      });
      provider.attach();
      discussion.attach();
      provider.setAwarenessField('user', { id, name, color } satisfies AwarenessUser);
      setConnection({ provider, discussion, readOnly: false });
      teardown = () => {
        provider.destroy();
        discussion.destroy();
        discussion.document.destroy();
      };
    };

    // Loaded before the provider listens, the copy's content is not sent as a new edit (which a
    // read-only connection would never see acknowledged): the first sync sends what the server lacks.
    void keepOfflineCopy(document, planId, id).then(() => {
      if (!left) connect();
    });
    return () => {
      left = true;
      setConnection(null);
      teardown?.();
      stopFollowing();
      socket.destroy();
      document.destroy();
    };
  }, [planId, id, name, color]);

  return connection;
}
