import type { BareServer, HyteServer, RoomServer } from './targets';

/** What every section of the benchmark shares: the servers of the main run and the demo plan. */
export interface BenchContext {
  quick: boolean;
  hyte: HyteServer;
  bare: BareServer;
  relay: RoomServer;
  yWebsocket: RoomServer;
  /** The Porvoo demo plan on the real server. */
  demoId: string;
  /** Its state as the real server holds it: what the bare servers are given, so all hold the same document. */
  demoState: Uint8Array;
  log(message: string): void;
}
