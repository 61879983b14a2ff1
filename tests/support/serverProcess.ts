import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const ADMIN_EMAIL = 'admin@example.fi';
export const ADMIN_PASSWORD = 'correct horse battery staple';

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** The server from source, through the TypeScript loader: tests always run the code as it is now. */
const FROM_SOURCE = [process.execPath, '--import', 'tsx', 'server/main.ts'];

/**
 * The real server in a child process (so that it can really be killed) on a
 * free port with its own temporary DATA_DIR, which survives restarts.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  output = '';

  private constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly command: string[],
  ) {}

  /** `command` (run in the project folder) is for the compiled server's test; every other test runs the source. */
  static async start(env: Record<string, string> = {}, command = FROM_SOURCE): Promise<ServerProcess> {
    const server = new ServerProcess(await mkdtemp(join(tmpdir(), 'hyte-test-')), await freePort(), env, command);
    try {
      await server.spawn();
    } catch (error) {
      await server.destroy();
      throw error;
    }
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The running server's process id (to read its memory from /proc). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get collabUrl(): string {
    return `ws://127.0.0.1:${this.port}/collab`;
  }

  async spawn(): Promise<void> {
    const [executable, ...args] = this.command;
    const child = spawn(executable!, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    await this.waitForHealth(child);
  }

  private async waitForHealth(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`Server exited with ${child.exitCode}:\n${this.output}`);
      try {
        const response = await fetch(`${this.url}/api/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Server did not become healthy:\n${this.output}`);
  }

  /** Sends a signal and waits for the process to exit; returns its exit code. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill(signal);
    const code = await exited;
    this.child = null;
    return code;
  }

  async restart(): Promise<void> {
    await this.kill('SIGKILL');
    await this.spawn();
  }

  async destroy(): Promise<void> {
    await this.kill('SIGKILL');
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
