import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { meetingDocumentName } from '../../../shared/documentNames';
import { readMeeting, type MeetingData } from '../../../shared/meeting';
import { collabUrl } from '../collab/collabUrl';
import type { AwarenessUser } from '../collab/usePlanProvider';

export interface MeetingConnection {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  data: MeetingData;
  readOnly: boolean;
}

/** The meeting document on its own socket, read again after every change (a meeting is a few KB). */
export function useMeetingProvider(meetingId: string, user: AwarenessUser, onRefused: () => void): MeetingConnection | null {
  const [connection, setConnection] = useState<MeetingConnection | null>(null);
  const { id, name, color } = user;
  useEffect(() => {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: collabUrl() });
    let readOnly = false;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: meetingDocumentName(meetingId),
      token: 'cookie',
      document: doc,
      onAuthenticated: ({ scope }) => {
        readOnly = scope === 'readonly';
        refresh();
      },
      onAuthenticationFailed: () => onRefused(),
    });
    const refresh = () => setConnection({ provider, doc, data: readMeeting(doc), readOnly });
    doc.on('update', refresh);
    provider.attach();
    provider.setAwarenessField('user', { id, name, color } satisfies AwarenessUser);
    provider.on('synced', refresh);
    return () => {
      doc.off('update', refresh);
      provider.destroy();
      socket.destroy();
      doc.destroy();
      setConnection(null);
    };
    // onRefused is called at most once; a new identity must not rebuild the socket.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meetingId, id, name, color]);
  return connection;
}
