import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../support/serverProcess';

/**
 * Debian's PostgreSQL and Redis servers, started on loopback for a test file
 * and thrown away after it. `.ci/run` installs the packages (`postgresql`,
 * `redis-server`); without them these helpers fail with a message that says
 * so, and the suites that need them fail instead of passing silently. Set
 * `HYTE_SKIP_SCALEOUT=1` to skip those suites on purpose (never in CI).
 */

const run = promisify(execFile);

export const skipScaleout = process.env.HYTE_SKIP_SCALEOUT === '1' && !process.env.CI;
if (process.env.HYTE_SKIP_SCALEOUT === '1' && process.env.CI) {
  console.warn('HYTE_SKIP_SCALEOUT=1 is ignored in CI: the scale-out suites run there.');
}

const INSTALL_HINT = 'install the Debian packages postgresql and redis-server (.ci/run does), or set HYTE_SKIP_SCALEOUT=1 to skip these suites on purpose';

function postgresBinDir(): string {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return join(root, versions[0], 'bin');
  throw new Error(`PostgreSQL server binaries (initdb, pg_ctl) not found under ${root}: ${INSTALL_HINT}`);
}

/** Runs a PostgreSQL tool as the `postgres` user when this process is root (initdb refuses root). */
async function asPostgresUser(binary: string, args: string[]): Promise<string> {
  const isRoot = process.getuid?.() === 0;
  const [command, commandArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  try {
    const { stdout } = await run(command, commandArgs, { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${binary} ${args.join(' ')} failed: ${e.stderr || e.message}`);
  }
}

export class PostgresServer {
  private constructor(
    private readonly dir: string,
    private readonly bin: string,
    readonly port: number,
  ) {}

  /** initdb into a temporary folder and start on a free loopback port, unix socket in the same folder. */
  static async start(): Promise<PostgresServer> {
    const bin = postgresBinDir();
    const dir = await mkdtemp(join(tmpdir(), 'hyte-pg-'));
    const server = new PostgresServer(dir, bin, await freePort());
    try {
      await mkdir(join(dir, 'socket'));
      if (process.getuid?.() === 0) {
        const { stdout } = await run('id', ['-u', 'postgres']).catch(() => {
          throw new Error(`Running as root, and there is no postgres user to run PostgreSQL as: ${INSTALL_HINT}`);
        });
        const uid = Number(stdout.trim());
        const { stdout: gidOut } = await run('id', ['-g', 'postgres']);
        const gid = Number(gidOut.trim());
        await chown(dir, uid, gid);
        await chown(join(dir, 'socket'), uid, gid);
      }
      await asPostgresUser(join(bin, 'initdb'), [
        '-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--data-checksums', '--no-sync',
      ]);
      await server.resume();
    } catch (error) {
      const log = await readFile(join(dir, 'server.log'), 'utf8').catch(() => '');
      await server.stop();
      throw new Error(`PostgreSQL could not be started: ${(error as Error).message}${log ? `\n${log}` : ''}`);
    }
    return server;
  }

  /** Starts the (stopped) server again on the same port and data. */
  async resume(): Promise<void> {
    await asPostgresUser(join(this.bin, 'pg_ctl'), [
      '-D', join(this.dir, 'data'), '-l', join(this.dir, 'server.log'), '-w', '-t', '60',
      '-o', `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${join(this.dir, 'socket')} -c max_connections=200`,
      'start',
    ]);
  }

  /** Stops the server (fast shutdown: connections are cut), keeping its data for `resume`. */
  async pause(): Promise<void> {
    await asPostgresUser(join(this.bin, 'pg_ctl'), ['-D', join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']);
  }

  url(database = 'postgres'): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** A new empty database on this server. */
  async createDatabase(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  async stop(): Promise<void> {
    if (existsSync(join(this.dir, 'data', 'postmaster.pid'))) {
      await asPostgresUser(join(this.bin, 'pg_ctl'), ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']).catch((error: Error) =>
        console.error(error.message),
      );
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}

export class RedisServer {
  private child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.resume();
    return server;
  }

  /** Starts (again) on the same port; Redis keeps no data between starts here. */
  async resume(): Promise<void> {
    const binary = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) => existsSync(path));
    if (!binary) throw new Error(`redis-server not found: ${INSTALL_HINT}`);
    const child = spawn(binary, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 15_000;
    while (!output.includes('Ready to accept connections')) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`redis-server could not be started on port ${this.port}:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    this.child = child;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Kills the server (as a crash would). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  pause(): Promise<void> {
    return this.stop();
  }
}
