import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { percentile } from './stats';

export { percentile } from './stats';

export interface BenchClient {
  doc: Y.Doc;
  /** Present for Hocuspocus clients: its `unsyncedChanges` tell what the server acknowledged. */
  provider?: HocuspocusProvider;
  destroy(): void;
}

export interface ClientOptions {
  /** A socket shared with other providers (multiplexed); the client then does not own it. */
  socket?: HocuspocusProviderWebsocket;
  /** Needed when several providers of the same document share one socket. */
  sessionAwareness?: boolean;
  /** Give up waiting for the first sync after this long. */
  timeoutMs?: number;
}

function waitFor(emitter: HocuspocusProvider, event: 'synced', condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(event, check);
      reject(new Error(`timed out: ${what}`));
    }, timeoutMs);
    const check = () => {
      if (!condition()) return;
      clearTimeout(timer);
      emitter.off(event, check);
      resolve();
    };
    emitter.on(event, check);
  });
}

/** A provider socket on `ws` (the same WebSocket implementation as the relay's clients). */
export function providerSocket(url: string): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
}

/** A real provider client, as a browser tab would be. */
export async function hocuspocusClient(
  url: string,
  name: string,
  token: string,
  initial?: Uint8Array,
  options: ClientOptions = {},
): Promise<BenchClient> {
  const doc = new Y.Doc();
  if (initial) Y.applyUpdate(doc, initial);
  const ownSocket = options.socket ? null : providerSocket(url);
  const websocketProvider = options.socket ?? ownSocket!;
  const provider = new HocuspocusProvider({ websocketProvider, name, token, document: doc, sessionAwareness: options.sessionAwareness ?? false });
  provider.attach();
  try {
    await waitFor(provider, 'synced', () => provider.isSynced, `sync of ${name}`, options.timeoutMs ?? 60_000);
  } catch (error) {
    provider.destroy();
    ownSocket?.destroy();
    throw error;
  }
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      ownSocket?.destroy();
      doc.destroy();
    },
  };
}

/**
 * `count` provider clients of one document, `perSocket` of them sharing a
 * socket (1: a socket each, as browser tabs have). The first one brings
 * `initial` (to fill a bare server that has no storage); the others connect
 * after it has synced, `concurrency` at a time.
 */
export async function hocuspocusClients(
  url: string,
  name: string,
  token: string,
  count: number,
  options: { initial?: Uint8Array; perSocket?: number; concurrency?: number } = {},
): Promise<BenchClient[]> {
  const perSocket = Math.max(1, options.perSocket ?? 1);
  const sockets: HocuspocusProviderWebsocket[] = [];
  const socketFor = (i: number) => {
    if (perSocket === 1) return undefined;
    const index = Math.floor(i / perSocket);
    return (sockets[index] ??= providerSocket(url));
  };
  const shared = perSocket > 1;
  const clients: BenchClient[] = [];
  try {
    clients.push(await hocuspocusClient(url, name, token, options.initial, { socket: socketFor(0), sessionAwareness: shared }));
    const concurrency = options.concurrency ?? 25;
    for (let start = 1; start < count; start += concurrency) {
      const batch = Array.from({ length: Math.min(concurrency, count - start) }, (_, k) =>
        hocuspocusClient(url, name, token, undefined, { socket: socketFor(start + k), sessionAwareness: shared }),
      );
      clients.push(...(await Promise.all(batch)));
    }
  } catch (error) {
    clients.forEach((c) => c.destroy());
    sockets.forEach((s) => s.destroy());
    throw error;
  }
  if (!shared) return clients;
  // The shared sockets go with the last client.
  const last = clients.at(-1)!;
  const destroyLast = last.destroy.bind(last);
  last.destroy = () => {
    destroyLast();
    sockets.forEach((s) => s.destroy());
  };
  return clients;
}

/** The floor: Yjs updates sent as raw frames through the relay, applied on arrival. */
export async function relayClient(url: string, initial: Uint8Array): Promise<BenchClient> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, initial);
  const socket = new WebSocket(url);
  socket.binaryType = 'nodebuffer';
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const remote = Symbol('remote');
  socket.on('message', (data: Buffer) => Y.applyUpdate(doc, new Uint8Array(data), remote));
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== remote) socket.send(update);
  });
  return {
    doc,
    destroy: () => {
      socket.close();
      doc.destroy();
    },
  };
}

export async function relayClients(url: string, initial: Uint8Array, count: number): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let start = 0; start < count; start += 25) {
    clients.push(...(await Promise.all(Array.from({ length: Math.min(25, count - start) }, () => relayClient(url, initial)))));
  }
  return clients;
}

export interface Propagation {
  /** Every arrival at every other client, ms. */
  arrivals: number[];
  /** Per edit: until the last other client had it, ms. */
  all: number[];
  /** Arrivals that did not come within 10 s. */
  lost: number;
}

/** Times from one client's edit until every other client has applied it, in milliseconds. */
export async function measurePropagation(
  clients: BenchClient[],
  edit: (doc: Y.Doc, iteration: number) => void,
  iterations: number,
): Promise<number[]> {
  return (await measurePropagationDetailed(clients, edit, iterations)).arrivals;
}

export async function measurePropagationDetailed(
  clients: BenchClient[],
  edit: (doc: Y.Doc, iteration: number) => void,
  iterations: number,
  pauseMs = 5,
): Promise<Propagation> {
  const [writer, ...readers] = clients;
  if (!writer) throw new Error('no clients');
  const result: Propagation = { arrivals: [], all: [], lost: 0 };
  for (let i = 0; i < iterations; i++) {
    const arrivals = readers.map(
      (reader) =>
        new Promise<number>((resolve) => {
          // A lost update must not end the whole run: it is counted and left out of the percentiles.
          const timer = setTimeout(() => {
            reader.doc.off('update', onUpdate);
            resolve(NaN);
          }, 10_000);
          const onUpdate = () => {
            clearTimeout(timer);
            reader.doc.off('update', onUpdate);
            resolve(performance.now());
          };
          reader.doc.on('update', onUpdate);
        }),
    );
    const sent = performance.now();
    edit(writer.doc, i);
    let last = 0;
    for (const arrived of await Promise.all(arrivals)) {
      if (Number.isNaN(arrived)) {
        result.lost++;
        continue;
      }
      result.arrivals.push(arrived - sent);
      last = Math.max(last, arrived - sent);
    }
    result.all.push(last);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  return result;
}

/**
 * Counts, for sustained load, every edit of every writer as it arrives at
 * every other client, and its latency. An edit is known by its writer's
 * client id and the clock its writer's state reached with it; a receiving
 * document's transaction tells which clocks it brought (beforeState →
 * afterState), however the server bundled the updates.
 */
export class DeliveryTracker {
  private readonly sent = new Map<number, { clocks: number[]; times: number[] }>();
  readonly latencies: number[] = [];
  delivered = 0;
  edits = 0;
  private readonly detachers: (() => void)[] = [];

  constructor(readonly clients: BenchClient[]) {
    for (const client of clients) {
      const handler = (transaction: Y.Transaction) => {
        if (transaction.local) return;
        const now = performance.now();
        for (const [clientId, after] of transaction.afterState) {
          const before = transaction.beforeState.get(clientId) ?? 0;
          if (after <= before) continue;
          const record = this.sent.get(clientId);
          if (!record) continue;
          // Edits whose end clock lies in (before, after]: binary search for the first.
          let lo = 0;
          let hi = record.clocks.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (record.clocks[mid]! <= before) lo = mid + 1;
            else hi = mid;
          }
          for (let k = lo; k < record.clocks.length && record.clocks[k]! <= after; k++) {
            this.latencies.push(now - record.times[k]!);
            this.delivered++;
          }
        }
      };
      client.doc.on('afterTransaction', handler);
      this.detachers.push(() => client.doc.off('afterTransaction', handler));
    }
  }

  /** Makes one edit on `client` and records it if it changed the document. */
  edit(client: BenchClient, change: (doc: Y.Doc) => void): void {
    const id = client.doc.clientID;
    const before = Y.getState(client.doc.store, id);
    const sentAt = performance.now();
    change(client.doc);
    const after = Y.getState(client.doc.store, id);
    if (after === before) return;
    let record = this.sent.get(id);
    if (!record) this.sent.set(id, (record = { clocks: [], times: [] }));
    record.clocks.push(after);
    record.times.push(sentAt);
    this.edits++;
  }

  get expected(): number {
    return this.edits * (this.clients.length - 1);
  }

  detach(): void {
    this.detachers.forEach((d) => d());
  }

  summary() {
    return {
      edits: this.edits,
      expected: this.expected,
      delivered: this.delivered,
      p50: percentile(this.latencies, 50),
      p99: percentile(this.latencies, 99),
    };
  }
}
