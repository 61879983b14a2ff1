import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { messageYjsSyncStep1, messageYjsUpdate } from 'y-protocols/sync';

/** Hocuspocus message types and auth subtypes (the provider's wire protocol). */
const SYNC = 0;
const AUTH = 2;
const CLOSE = 7;
const AUTH_TOKEN = 0;
const AUTH_PERMISSION_DENIED = 1;
const AUTH_AUTHENTICATED = 2;

export type ServerMessage =
  | { document: string; kind: 'authenticated'; scope: string }
  | { document: string; kind: 'permission-denied'; reason: string }
  | { document: string; kind: 'closed'; reason: string }
  /** `syncType` as y-protocols numbers them (0 step 1, 1 step 2, 2 update); `bytes`, the payload's size. */
  | { document: string; kind: 'sync'; syncType: number; bytes: number }
  | { document: string; kind: 'other'; type: number };

function parse(data: Uint8Array): ServerMessage {
  const decoder = decoding.createDecoder(data);
  const document = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === AUTH) {
    const authType = decoding.readVarUint(decoder);
    const text = decoding.readVarString(decoder);
    if (authType === AUTH_AUTHENTICATED) return { document, kind: 'authenticated', scope: text };
    if (authType === AUTH_PERMISSION_DENIED) return { document, kind: 'permission-denied', reason: text };
  }
  if (type === SYNC) {
    const syncType = decoding.readVarUint(decoder);
    return { document, kind: 'sync', syncType, bytes: decoding.readVarUint8Array(decoder).length };
  }
  if (type === CLOSE) return { document, kind: 'closed', reason: decoding.readVarString(decoder) };
  return { document, kind: 'other', type };
}

/**
 * A WebSocket speaking the Hocuspocus protocol by hand, for what a real
 * provider would never send: crafted frames, odd headers. Every frame the
 * server sends is kept in `messages`; `socketClosed` is the WebSocket close.
 */
export class RawCollabSocket {
  readonly messages: ServerMessage[] = [];
  socketClosed: { code: number; reason: string } | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => this.messages.push(parse(new Uint8Array(data))));
    socket.on('close', (code, reason) => (this.socketClosed = { code, reason: reason.toString() }));
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<RawCollabSocket> {
    const socket = new WebSocket(url, { headers });
    const raw = new RawCollabSocket(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    socket.on('error', () => undefined);
    return raw;
  }

  /** Sends the auth message the provider sends and resolves with the server's answer. */
  async authenticate(document: string, token: string): Promise<ServerMessage> {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, document);
    encoding.writeVarUint(encoder, AUTH);
    encoding.writeVarUint(encoder, AUTH_TOKEN);
    encoding.writeVarString(encoder, token);
    this.socket.send(encoding.toUint8Array(encoder));
    return this.next((m) => m.document === document && (m.kind === 'authenticated' || m.kind === 'permission-denied'));
  }

  /** Sync step 1 of an empty document: the server answers with its whole state (sync step 2). */
  sendEmptySyncStep1(document: string): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, document);
    encoding.writeVarUint(encoder, SYNC);
    encoding.writeVarUint(encoder, messageYjsSyncStep1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
    this.socket.send(encoding.toUint8Array(encoder));
  }

  /** A Sync/Update frame carrying `payload` as if it were a Yjs update. */
  sendUpdate(document: string, payload: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, document);
    encoding.writeVarUint(encoder, SYNC);
    encoding.writeVarUint(encoder, messageYjsUpdate);
    encoding.writeVarUint8Array(encoder, payload);
    this.socket.send(encoding.toUint8Array(encoder));
  }

  /** Resolves with the first message (already received or coming) that matches; rejects on timeout or socket close. */
  async next(matches: (message: ServerMessage) => boolean, timeoutMs = 10_000): Promise<ServerMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(matches);
      if (found) return found;
      if (this.socketClosed) throw new Error(`socket closed (${this.socketClosed.code} ${this.socketClosed.reason}) before the expected message`);
      if (Date.now() > deadline) throw new Error(`no expected message within ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  close(): void {
    this.socket.terminate();
  }
}
