import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';

/**
 * Follows the browser's own knowledge of the network. When it goes offline
 * the socket is closed at once, so the page says that changes are not saved
 * yet (instead of writing into a dead socket until a timeout notices); when
 * it comes back, the socket connects at once instead of waiting for its next
 * back-off attempt, and the sync that follows sends every edit made meanwhile.
 */
export function followNetwork(socket: HocuspocusProviderWebsocket): () => void {
  const offline = () => socket.disconnect();
  const online = () => void socket.connect();
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return () => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  };
}
