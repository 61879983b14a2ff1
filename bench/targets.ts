// The servers the benchmark drives, each a separate process on loopback.
import { freePort } from '../tests/support/serverProcess';
import { spawnSync } from 'node:child_process';
import { cpuMeter, ROOT, rssBytes, startProcess, type StartedProcess, type StartOptions } from './processes';
import { sleep } from './stats';

export const ADMIN = { email: 'bench@example.fi', password: 'bench-password-1' };

export type Target = 'hyte' | 'hocuspocus' | 'y-websocket' | 'relay';
export const TARGET_LABEL: Record<Target, string> = { hyte: 'hyte', hocuspocus: 'bare Hocuspocus', 'y-websocket': 'y-websocket server', relay: 'ws relay' };

interface Server {
  readonly process: StartedProcess;
  readonly pid: number;
  rss(): number;
  cpu(): ReturnType<typeof cpuMeter>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

abstract class BaseServer implements Server {
  constructor(readonly process: StartedProcess) {}
  get pid(): number {
    return this.process.child.pid!;
  }
  rss(): number {
    return rssBytes(this.pid);
  }
  cpu() {
    return cpuMeter(this.pid);
  }
  stop(signal?: NodeJS.Signals): Promise<void> {
    return this.process.stop(signal);
  }
}

export interface HyteMetrics {
  documentsLoaded: number;
  connections: number;
  rssBytes: number;
  heapUsedBytes: number;
}

/** Waits until a server holds at most `count` documents; the time it took in ms, or NaN after `timeoutMs`. */
async function untilDocumentsDownTo(metrics: () => Promise<{ documentsLoaded: number }>, count: number, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if ((await metrics()).documentsLoaded <= count) return performance.now() - started;
    await sleep(50);
  }
  return NaN;
}

/** Builds the compiled server once per benchmark process (a no-op when its sources did not change). */
let built = false;
function buildServerOnce(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs', 'server'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`server build failed:\n${result.stderr}`);
  built = true;
}

/** The real server compiled (`dist/server/main.js`) as `npm start` runs it, on its own DATA_DIR. */
export class HyteServer extends BaseServer {
  token = '';

  private constructor(
    process: StartedProcess,
    readonly port: number,
    readonly dataDir: string,
  ) {
    super(process);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get collabUrl(): string {
    return `ws://127.0.0.1:${this.port}/collab`;
  }

  static async start(dataDir: string, options: StartOptions & { port?: number; token?: string; env?: Record<string, string> } = {}): Promise<HyteServer> {
    const port = options.port ?? (await freePort());
    const env = {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ...options.env,
    };
    const health = () => fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    buildServerOnce();
    // As `npm start` runs it: without --enable-source-maps, the server maps its stacks on demand (server/logging/sourceMappedStacks.ts).
    const process = await startProcess('dist/server/main.js', env, health, options);
    const server = new HyteServer(process, port, dataDir);
    server.token = options.token ?? (await server.login());
    return server;
  }

  async login(): Promise<string> {
    const response = await fetch(`${this.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  }

  async api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  metrics(): Promise<HyteMetrics> {
    return this.api<HyteMetrics>('GET', '/metrics');
  }

  documentsDownTo(count: number, timeoutMs: number): Promise<number> {
    return untilDocumentsDownTo(() => this.metrics(), count, timeoutMs);
  }
}

/** Bare Hocuspocus 4: default settings, no hooks, memory only. */
export class BareServer extends BaseServer {
  private constructor(
    process: StartedProcess,
    readonly port: number,
  ) {
    super(process);
  }

  get collabUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  static async start(options: StartOptions = {}): Promise<BareServer> {
    const port = await freePort();
    const process = await startProcess('bench/bareHocuspocus.ts', { PORT: String(port) }, (o) => o.includes('ready'), { ...options, ipc: true, tsx: false });
    return new BareServer(process, port);
  }

  /** Asked over IPC, outside Hocuspocus (which has no hooks here). */
  metrics(): Promise<{ documentsLoaded: number; connections: number; heapUsedBytes: number }> {
    const child = this.process.child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('bare server did not answer')), 5000);
      child.once('message', (message) => {
        clearTimeout(timer);
        resolve(message as { documentsLoaded: number; connections: number; heapUsedBytes: number });
      });
      child.send('metrics');
    });
  }

  documentsDownTo(count: number, timeoutMs: number): Promise<number> {
    return untilDocumentsDownTo(() => this.metrics(), count, timeoutMs);
  }
}

/**
 * A server whose rooms are the URL's path, started from a script of its own: the floor (a bare ws
 * relay, `bench/wsRelay.ts`) or the y-websocket server (`@y/websocket-server`, `bench/yWebsocketServer.ts`).
 */
export class RoomServer extends BaseServer {
  private constructor(
    process: StartedProcess,
    readonly port: number,
  ) {
    super(process);
  }

  url(room: string): string {
    return `ws://127.0.0.1:${this.port}/${room}`;
  }

  static async start(script: 'bench/wsRelay.ts' | 'bench/yWebsocketServer.ts'): Promise<RoomServer> {
    const port = await freePort();
    return new RoomServer(await startProcess(script, { PORT: String(port) }, (o) => o.includes('ready'), { tsx: false }), port);
  }
}
