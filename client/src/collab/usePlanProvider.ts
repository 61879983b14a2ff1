import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { collabUrl, planDocumentName } from './collabUrl';

/** What other participants see of us: the presence list and caret labels read it. */
export interface AwarenessUser {
  id: string;
  name: string;
  color: string;
}

export interface PlanConnection {
  provider: HocuspocusProvider;
  /** The server let us in read-only (the user's role may not edit this plan). */
  readOnly: boolean;
}

/**
 * One Y.Doc and Hocuspocus provider per open plan, torn down when the plan is
 * left. The socket carries the session cookie, so the token is a placeholder
 * the server recognises as "use the cookie".
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

  useEffect(() => {
    const provider = new HocuspocusProvider({
      url: collabUrl(),
      name: planDocumentName(planId),
      token: 'cookie',
      document: new Y.Doc(),
      onAuthenticated: ({ scope }) => setConnection({ provider, readOnly: scope === 'readonly' }),
      onAuthenticationFailed: () => onFailedRef.current(),
    });
    provider.setAwarenessField('user', { id, name, color } satisfies AwarenessUser);
    setConnection({ provider, readOnly: false });
    return () => {
      setConnection(null);
      provider.destroy();
      provider.document.destroy();
    };
  }, [planId, id, name, color]);

  return connection;
}
