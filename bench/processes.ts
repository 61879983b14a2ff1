import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

export interface StartedProcess {
  child: ChildProcess;
  /** From spawn until `isReady` said so. */
  startMs: number;
  /** Everything the process printed so far. */
  output(): string;
  /** SIGTERM (or `signal`), then waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  /** Extra Node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** Opens an IPC channel (`child.send`, `process.on('message')`). */
  ipc?: boolean;
  /** Called as soon as the process exists, before it is ready (to time from spawn). */
  onSpawn?: (child: ChildProcess) => void;
  /**
   * Through the tsx loader (default for a `.ts` entry). The peers import only packages, so Node strips
   * their types itself: without tsx they carry none of its memory, and their start RSS compares with
   * the compiled server's.
   */
  tsx?: boolean;
}

/** Starts an entry point under this Node and waits until `isReady` says so. */
export async function startProcess(
  entry: string,
  env: Record<string, string>,
  isReady: (output: string) => boolean | Promise<boolean>,
  options: StartOptions = {},
): Promise<StartedProcess> {
  const started = performance.now();
  const loader = (options.tsx ?? entry.endsWith('.ts')) ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...loader, entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  options.onSpawn?.(child);
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 60_000;
  while (!(await isReady(output))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${entry} did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = performance.now() - started;
  return {
    child,
    startMs,
    output: () => output,
    stop: (signal: NodeJS.Signals = 'SIGTERM') =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.once('exit', () => {
          clearTimeout(force);
          done();
        });
        child.kill(signal);
      }),
  };
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux (`getconf CLK_TCK`)

/** CPU seconds (user + system) the process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces: the fields after it start past the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) ".
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** Resident memory of the process now, from /proc/<pid>/status VmRSS, in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : NaN;
}

/** Measures the CPU a process uses over an interval, as a share of one core (1.0 = one core busy). */
export function cpuMeter(pid: number): { stop(): { cpuSeconds: number; cores: number } } {
  const startCpu = cpuSeconds(pid);
  const start = performance.now();
  return {
    stop() {
      const used = cpuSeconds(pid) - startCpu;
      return { cpuSeconds: used, cores: used / ((performance.now() - start) / 1000) };
    },
  };
}
