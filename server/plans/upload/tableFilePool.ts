import { Piscina } from 'piscina';
import type { MeasureTableInput } from '../../../shared/plan';
import { HttpError } from '../../http/errors';
import { moduleLogger } from '../../logging/logger';
import { workerFile } from '../../runtimeFiles';
import type { TableFileFormat } from '../tableFile';
import { UPLOAD_LIMITS } from './limits';
import type { RoundTripRead } from '../roundTrip/roundTripFile';
import { isParseStarted, type ParseRequest, type ParseResult } from './parseProtocol';

const log = moduleLogger('plans');

export interface TableFilePoolOptions {
  /** Parses running at once, each on its own thread. */
  threads: number;
  /** Uploads that may wait for a thread; more are answered 503 at once. */
  queueSize: number;
  /** The most time one parse may take on its thread. */
  timeoutMs: number;
  /** Heap limit of one parse thread. */
  memoryMb: number;
}

const DEFAULT_OPTIONS: TableFilePoolOptions = {
  threads: UPLOAD_LIMITS.parallelParses,
  queueSize: UPLOAD_LIMITS.waitingParses,
  timeoutMs: UPLOAD_LIMITS.parseMs,
  memoryMb: UPLOAD_LIMITS.parseHeapMb,
};

const IDLE_THREAD_MS = 60_000;

/** Every thread busy and the queue full: a 503 whose `Retry-After` the route sends. */
export class ImportsBusy extends HttpError {
  readonly retryAfterSeconds = 5;

  constructor() {
    super(503, 'Too many files are being imported; try again in a moment');
  }
}

/**
 * Reads uploaded measure tables on a small pool of worker threads, so that
 * no file, however crafted, holds up the event loop that serves every live
 * editor or grows the server's own heap. The readers check sizes, rows and
 * cells as they go (see `limits.ts`); behind them, each thread has its own
 * heap limit and a parse past its time is stopped by terminating its thread.
 * Uploads are counted from before their body is read, so a crowd of them is
 * refused (503) before it costs memory.
 */
export class TableFilePool {
  private readonly pool: Piscina<ParseRequest, ParseResult>;
  private readonly pending = new Map<number, { abort: AbortController; running: boolean; started(): void }>();
  private nextParseId = 1;

  constructor(private readonly options: TableFilePoolOptions = DEFAULT_OPTIONS) {
    this.pool = new Piscina({
      // The threads inherit the parent's execArgv: the TypeScript loader, when the server runs from source.
      filename: workerFile('plans/upload/tableFileThread').href,
      minThreads: 0,
      maxThreads: options.threads,
      idleTimeout: IDLE_THREAD_MS,
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    });
    this.pool.on('message', (message: unknown) => {
      if (isParseStarted(message)) this.pending.get(message.parseStarted)?.started();
    });
    this.pool.on('error', (error: NodeJS.ErrnoException) => {
      // A thread that ran out of heap does not always reject its own parse: the parses it may
      // have held end here, answered 413 (below), whichever comes first.
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        for (const parse of this.pending.values()) if (parse.running) parse.abort.abort('memory');
        return;
      }
      log.error({ alarm: true, err: error }, 'an upload parse thread failed to start');
      for (const parse of this.pending.values()) parse.abort.abort('unavailable');
    });
  }

  /** Reads the table in the file that `readBody` delivers; refusals are `HttpError`s (400, 413, 503; `ImportsBusy` when full). */
  async read(format: TableFileFormat, readBody: () => Promise<Buffer>): Promise<MeasureTableInput> {
    const result = await this.parse({ format }, readBody);
    if (!('table' in result)) throw new Error('the parse thread answered a table request with no table');
    return result.table;
  }

  /**
   * Reads an XLSX export of the plan `planId` coming back (the Excel round
   * trip), with the same limits and refusals as `read`; the problems of a
   * file it cannot use are an answer, not a refusal.
   */
  async readRoundTrip(planId: string, readBody: () => Promise<Buffer>): Promise<RoundTripRead> {
    const result = await this.parse({ format: 'xlsx', roundTripOf: planId }, readBody);
    if (!('roundTrip' in result)) throw new Error('the parse thread answered a round-trip request with no file');
    return result.roundTrip;
  }

  private async parse(request: Omit<ParseRequest, 'parseId' | 'bytes'>, readBody: () => Promise<Buffer>): Promise<ParseResult> {
    const { format } = request;
    if (this.pending.size >= this.options.threads + this.options.queueSize) {
      throw new ImportsBusy();
    }
    const parseId = this.nextParseId++;
    const abort = new AbortController();
    let clock: NodeJS.Timeout | undefined;
    const parse = {
      abort,
      running: false,
      started: () => {
        parse.running = true;
        clock = setTimeout(() => abort.abort('timeout'), this.options.timeoutMs);
      },
    };
    this.pending.set(parseId, parse);
    try {
      const bytes = await readBody();
      const result = await this.pool.run({ ...request, parseId, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { signal: abort.signal });
      if ('error' in result) throw new HttpError(result.status, result.error);
      return result;
    } catch (error) {
      throw this.refusal(error, abort.signal, { format });
    } finally {
      clearTimeout(clock);
      this.pending.delete(parseId);
    }
  }

  private refusal(error: unknown, signal: AbortSignal, about: { format: TableFileFormat }): unknown {
    if (signal.reason === 'timeout') {
      log.warn({ ...about, timeoutMs: this.options.timeoutMs }, 'upload parse stopped at its time limit');
      return new HttpError(413, `The file took longer than ${this.options.timeoutMs / 1000} s to read and was refused`);
    }
    if (signal.reason === 'memory' || (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      log.warn({ ...about, memoryMb: this.options.memoryMb }, 'upload parse ran out of memory');
      return new HttpError(413, `Reading the file needed more than ${this.options.memoryMb} MB of memory`);
    }
    if (signal.reason === 'unavailable') return new HttpError(503, 'Importing files is not available right now');
    return error;
  }

  /** Stops every thread at once: a parse still running is abandoned, as its request ends with the server. */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
