import { Worker } from 'node:worker_threads';
import type { ExportFormat, ExportInput } from './exportDocument';
import type { RenderRequest, RenderResponse } from './renderThread';

interface RenderedFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * Renders exports on a worker thread: laying out a PDF or a Word file of a
 * large plan takes hundreds of milliseconds of CPU, which on the main thread
 * would stall every live editor. One worker, started on first use, renders
 * requests in turn; a crashed worker is replaced.
 */
export class ExportWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (file: RenderedFile) => void; reject: (error: Error) => void }>();

  render(format: ExportFormat, input: ExportInput): Promise<RenderedFile> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ensureWorker().postMessage({ id, format, input } satisfies RenderRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // The worker inherits the parent's execArgv, so the TypeScript loader that runs the server runs it too.
    const worker = new Worker(new URL('./renderThread.ts', import.meta.url));
    worker.unref();
    worker.on('message', (response: RenderResponse) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!waiting) return;
      if ('error' in response) waiting.reject(new Error(`Export failed: ${response.error}`));
      else waiting.resolve({ bytes: Buffer.from(response.bytes), contentType: response.contentType, fileName: response.fileName });
    });
    const fail = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.worker === worker) fail(new Error(`Export worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
