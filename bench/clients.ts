import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface BenchClient {
  doc: Y.Doc;
  /** Present for Hocuspocus clients: its `unsyncedChanges` tell what the server acknowledged. */
  provider?: HocuspocusProvider;
  destroy(): void;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A real provider client, as a browser tab would be. */
export async function hocuspocusClient(url: string, name: string, token: string, initial?: Uint8Array): Promise<BenchClient> {
  const doc = new Y.Doc();
  if (initial) Y.applyUpdate(doc, initial);
  const websocketProvider = new HocuspocusProviderWebsocket({ url });
  const provider = new HocuspocusProvider({ websocketProvider, name, token, document: doc });
  provider.attach();
  await until(() => provider.isSynced, `sync of ${name}`);
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
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
  return { doc, destroy: () => socket.close() };
}

/** Times from one client's edit until every other client has applied it, in milliseconds. */
export async function measurePropagation(
  clients: BenchClient[],
  edit: (doc: Y.Doc, iteration: number) => void,
  iterations: number,
): Promise<number[]> {
  const [writer, ...readers] = clients;
  if (!writer) throw new Error('no clients');
  const latencies: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const arrivals = readers.map(
      (reader) =>
        new Promise<number>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('an update did not arrive within 10 s')), 10_000);
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
    for (const arrived of await Promise.all(arrivals)) latencies.push(arrived - sent);
    await new Promise((r) => setTimeout(r, 5));
  }
  return latencies;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
