import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Extension, type WebSocketLike } from '@hocuspocus/server';
import crossws from 'crossws/adapters/node';
import { COLLAB_PATH } from '../../shared/api/http';
import { moduleLogger } from '../logging/logger';
import { SERVER_SHUTTING_DOWN, TRY_AGAIN_LATER } from './closeEvents';

const log = moduleLogger('collab');

/** Largest accepted socket frame: far above a whole plan, far below what would hurt the server. */
export const MAX_FRAME_BYTES = 8 * 1024 * 1024;

/**
 * Every connection's initial context. `dropSocket` lets a hook that fails for
 * a passing reason (PostgreSQL or Redis unreachable) close the socket, so the
 * provider reconnects by itself, instead of Hocuspocus answering "permission
 * denied", which tells the client to give up.
 */
export interface SocketContext {
  dropSocket?: () => void;
}

export interface CollabServer {
  hocuspocus: Hocuspocus;
  /** Stores every loaded document, closes every socket and releases the extensions. */
  shutdown(): Promise<void>;
}

interface PeerWithConnection {
  hocuspocusConnection?: ReturnType<Hocuspocus['handleConnection']>;
}

/**
 * Hocuspocus on the Express HTTP server's port: WebSocket upgrades to
 * `/collab` go through crossws to Hocuspocus, everything else is refused.
 */
export function attachCollabServer(httpServer: HttpServer, extensions: Extension[]): CollabServer {
  const hocuspocus = new Hocuspocus({
    extensions,
    quiet: true,
    // Before authentication a socket may queue only this much: enough for a large first sync.
    maxUnauthenticatedQueueSize: MAX_FRAME_BYTES,
    maxUnauthenticatedQueueMessages: 100,
  });
  const websockets = crossws({
    serverOptions: { maxPayload: MAX_FRAME_BYTES },
    hooks: {
      open(peer) {
        const context: SocketContext = { dropSocket: () => peer.close(TRY_AGAIN_LATER.code, TRY_AGAIN_LATER.reason) };
        (peer as PeerWithConnection).hocuspocusConnection = hocuspocus.handleConnection(
          peer.websocket as unknown as WebSocketLike,
          peer.request as Request,
          context,
        );
      },
      message(peer, message) {
        (peer as PeerWithConnection).hocuspocusConnection?.handleMessage(message.uint8Array());
      },
      close(peer, event) {
        (peer as PeerWithConnection).hocuspocusConnection?.handleClose({ code: event.code ?? 1005, reason: event.reason ?? "" });
      },
      error(peer, error) {
        log.warn({ err: error, peer: peer.id }, 'socket error');
      },
    },
  });

  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== COLLAB_PATH) {
      socket.destroy();
      return;
    }
    websockets.handleUpgrade(request, socket, head).catch((error: unknown) => {
      log.warn({ err: error }, 'upgrade failed');
      socket.destroy();
    });
  });

  return {
    hocuspocus,
    async shutdown() {
      hocuspocus.closeConnections();
      websockets.closeAll(SERVER_SHUTTING_DOWN.code, SERVER_SHUTTING_DOWN.reason);
      hocuspocus.flushPendingStores();
      // Stores run asynchronously after the flush; wait until every document is unloaded.
      const deadline = Date.now() + 15_000;
      while ((hocuspocus.documents.size > 0 || hocuspocus.unloadingDocuments.size > 0) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
  };
}
