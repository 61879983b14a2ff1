// A client of the y-websocket protocol (the y-websocket server, bench/yWebsocketServer.ts), as the `y-websocket` provider speaks
// it: sync step 1 on open, every answer per y-protocols, local updates sent as sync updates.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { BenchClient } from './clients';

const MESSAGE_SYNC = 0;

export async function yWebsocketClient(url: string, initial?: Uint8Array): Promise<BenchClient> {
  const doc = new Y.Doc();
  if (initial) Y.applyUpdate(doc, initial);
  const socket = new WebSocket(url);
  socket.binaryType = 'nodebuffer';
  const send = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    write(encoder);
    socket.send(encoding.toUint8Array(encoder));
  };
  const synced = new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      const kind = syncProtocol.readSyncMessage(decoder, encoder, doc, socket);
      if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder));
      if (kind === syncProtocol.messageYjsSyncStep2) resolve();
    });
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  send((encoder) => syncProtocol.writeSyncStep1(encoder, doc));
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== socket) send((encoder) => syncProtocol.writeUpdate(encoder, update));
  });
  await synced;
  return {
    doc,
    destroy: () => {
      socket.close();
      doc.destroy();
    },
  };
}

/** `count` clients of one room; the first brings `initial`, the others sync it from the server. */
export async function yWebsocketClients(url: string, initial: Uint8Array, count: number): Promise<BenchClient[]> {
  const clients = [await yWebsocketClient(url, initial)];
  for (let start = 1; start < count; start += 25) {
    clients.push(...(await Promise.all(Array.from({ length: Math.min(25, count - start) }, () => yWebsocketClient(url)))));
  }
  return clients;
}
