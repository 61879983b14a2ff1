import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the server, for network faults: `stall` stops
 * forwarding in both directions (a frozen Wi-Fi), `cut` drops every
 * connection (the network is gone), `heal` lets traffic flow again.
 */
export class TcpProxy {
  private readonly pairs = new Set<[Socket, Socket]>();
  private stalled = false;
  private server: Server | null = null;
  port = 0;

  constructor(private readonly targetPort: number) {}

  /** `port`: listen on that port again after `stop` (the same origin for a browser); a free one by default. */
  async start(port = 0): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      const pair: [Socket, Socket] = [client, upstream];
      this.pairs.add(pair);
      client.pipe(upstream);
      upstream.pipe(client);
      if (this.stalled) this.pause(pair);
      const close = () => {
        client.destroy();
        upstream.destroy();
        this.pairs.delete(pair);
      };
      client.on('error', close).on('close', close);
      upstream.on('error', close).on('close', close);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  private pause([client, upstream]: [Socket, Socket]) {
    client.pause();
    upstream.pause();
  }

  stall(): void {
    this.stalled = true;
    for (const pair of this.pairs) this.pause(pair);
  }

  cut(): void {
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  heal(): void {
    this.stalled = false;
    for (const [client, upstream] of this.pairs) {
      client.resume();
      upstream.resume();
    }
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
