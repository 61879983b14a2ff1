import { Piscina } from 'piscina';
import { moduleLogger } from '../logging/logger';
import { workerFile } from '../runtimeFiles';
import type { ExportFormat } from '../../shared/api/exports';
import type { Minutes, MinutesFileFormat } from '../meetings/minutes/minutesModel';
import type { ExportInput, RenderedFile } from './types';
import { isRenderStarted, type RenderRequest, type RenderResult, type RenderTask } from './renderProtocol';

const log = moduleLogger('exports');

export interface ExportPoolOptions {
  /** Renders running at once, each on its own thread. */
  threads: number;
  /** The most time one render may take on its thread. */
  timeoutMs: number;
  /** Exports that may wait for a thread; more are refused at once. */
  queueSize: number;
  /** Heap limit of one render thread. */
  memoryMb: number;
}

/** Why an export was not made, for the route to answer with its status. */
export class ExportRefused extends Error {
  constructor(
    readonly reason: 'busy' | 'timeout' | 'memory' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

/** A thread that met no export for this long leaves; the next export starts one again. */
const IDLE_THREAD_MS = 10 * 60_000;

interface PendingRender {
  /** Aborting the task removes it from the queue, or terminates the thread that runs it. */
  abort: AbortController;
  /** Starts the render's clock once its thread has begun it. */
  started(): void;
}

/**
 * Renders exports on a small pool of worker threads: laying out a PDF or a
 * Word file of a large plan takes hundreds of milliseconds of CPU, which on
 * the main thread would stall every live editor.
 *
 * A render that runs past its time is stopped by terminating its thread
 * (piscina does so for an aborted task), so one hung render holds one thread
 * for a bounded time and never the others. The clock starts when the thread
 * begins the render, not while the export waits or a thread starts: the
 * queue is bounded instead, so the wait is too. A render that outgrows its
 * heap limit ends its thread, not the server. Threads start on first use.
 */
export class ExportPool {
  private readonly pool: Piscina<RenderRequest, RenderResult>;
  /** Exports rendering or waiting, by render id: counted here so that a full queue is refused before anything starts. */
  private readonly pending = new Map<number, PendingRender>();
  private nextRenderId = 1;

  constructor(private readonly options: ExportPoolOptions) {
    this.pool = new Piscina({
      // The threads inherit the parent's execArgv: the TypeScript loader, when the server runs from source.
      filename: workerFile('exports/renderThread').href,
      minThreads: 0,
      maxThreads: options.threads,
      idleTimeout: IDLE_THREAD_MS,
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    });
    this.pool.on('message', (message: unknown) => {
      if (isRenderStarted(message)) this.pending.get(message.renderStarted)?.started();
    });
    // A thread that fails before it can take a task (a broken build): nothing queued would ever start.
    this.pool.on('error', (error: Error) => {
      log.error({ alarm: true, err: error }, 'an export thread failed to start');
      for (const render of this.pending.values()) render.abort.abort('unavailable');
    });
  }

  render(format: ExportFormat, input: ExportInput): Promise<RenderedFile> {
    return this.run({ kind: 'export', format, input }, { format, planId: input.data.id });
  }

  /** A meeting's minutes as Word or PDF: the same threads, limits and refusals as an export. */
  renderMinutes(format: MinutesFileFormat, minutes: Minutes): Promise<RenderedFile> {
    return this.run({ kind: 'minutes', format, minutes }, { format, render: 'minutes' });
  }

  private async run(task: RenderTask, about: Record<string, string>): Promise<RenderedFile> {
    if (this.pending.size >= this.options.threads + this.options.queueSize) {
      throw new ExportRefused('busy', 'Too many exports are being made; try again in a moment');
    }
    const renderId = this.nextRenderId++;
    const abort = new AbortController();
    let clock: NodeJS.Timeout | undefined;
    this.pending.set(renderId, {
      abort,
      started: () => {
        clock = setTimeout(() => abort.abort('timeout'), this.options.timeoutMs);
      },
    });
    try {
      const file = await this.pool.run({ ...task, renderId } satisfies RenderRequest, { signal: abort.signal });
      const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
      return { bytes, contentType: file.contentType, fileName: file.fileName };
    } catch (error) {
      throw this.refusal(error, abort.signal, about);
    } finally {
      clearTimeout(clock);
      this.pending.delete(renderId);
    }
  }

  /** The pool's failures that are not a fault in the export code, as refusals; anything else as it is. */
  private refusal(error: unknown, signal: AbortSignal, about: Record<string, string>): unknown {
    if (signal.reason === 'timeout') {
      log.warn({ ...about, timeoutMs: this.options.timeoutMs }, 'export stopped at its time limit');
      return new ExportRefused('timeout', `The export took longer than ${this.options.timeoutMs / 1000} s and was stopped`);
    }
    if (signal.reason === 'unavailable') return new ExportRefused('unavailable', 'Exports are not available right now');
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      log.error({ alarm: true, ...about, memoryMb: this.options.memoryMb }, 'export ran out of memory');
      return new ExportRefused('memory', 'The plan is too large to export in this format');
    }
    return error;
  }

  /** Stops every thread at once: a render still running is abandoned, as its request ends with the server. */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
