// The y-websocket server's algorithm, implemented here because neither `@y/websocket-server` nor
// `y-websocket` is installed: one Y.Doc and one Awareness per room in memory; a new socket gets sync
// step 1 and the awareness states; every sync message is answered as y-protocols says (step 2, or the
// update applied), every document update and awareness change is sent to every socket of the room.
// No authentication, no validation, no storage: like the y-websocket server with no persistence.
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

interface Room {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  /** Each socket with the awareness client ids it announced (removed when it closes). */
  sockets: Map<WebSocket, Set<number>>;
}

const rooms = new Map<string, Room>();

function broadcast(room: Room, message: Uint8Array): void {
  for (const socket of room.sockets.keys()) if (socket.readyState === socket.OPEN) socket.send(message);
}

function roomFor(name: string): Room {
  let room = rooms.get(name);
  if (room) return room;
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  room = { doc, awareness, sockets: new Map() };
  const r = room;
  doc.on('update', (update: Uint8Array) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    broadcast(r, encoding.toUint8Array(encoder));
  });
  awareness.on('update', ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    const owned = r.sockets.get(origin as WebSocket);
    if (owned) for (const id of added) owned.add(id);
    if (owned) for (const id of removed) owned.delete(id);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, changed));
    broadcast(r, encoding.toUint8Array(encoder));
  });
  rooms.set(name, room);
  return room;
}

const server = new WebSocketServer({ port: Number(process.env.PORT), host: '127.0.0.1' });
server.on('connection', (socket, request) => {
  socket.binaryType = 'arraybuffer';
  const room = roomFor((request.url ?? '/').slice(1));
  room.sockets.set(socket, new Set());
  socket.on('message', (data: ArrayBuffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const encoder = encoding.createEncoder();
    const kind = decoding.readVarUint(decoder);
    if (kind === MESSAGE_SYNC) {
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.readSyncMessage(decoder, encoder, room.doc, socket);
      if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder));
    } else if (kind === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(room.awareness, decoding.readVarUint8Array(decoder), socket);
    }
  });
  socket.on('close', () => {
    awarenessProtocol.removeAwarenessStates(room.awareness, [...(room.sockets.get(socket) ?? [])], null);
    room.sockets.delete(socket);
  });
  const step1 = encoding.createEncoder();
  encoding.writeVarUint(step1, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(step1, room.doc);
  socket.send(encoding.toUint8Array(step1));
  const states = room.awareness.getStates();
  if (states.size > 0) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(room.awareness, [...states.keys()]));
    socket.send(encoding.toUint8Array(encoder));
  }
});
// Outside the protocol: the benchmark asks over the IPC channel (when it opened one) how many rooms are loaded.
process.on('message', (message: unknown) => {
  if (message === 'metrics') process.send?.({ documentsLoaded: rooms.size, heapUsedBytes: process.memoryUsage().heapUsed });
});
server.on('listening', () => console.log('ready'));
