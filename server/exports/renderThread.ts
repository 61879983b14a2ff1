// Runs in a worker thread: renders one export at a time for `exportWorker.ts`.
import { parentPort } from 'node:worker_threads';
import { renderExport, type ExportFormat, type ExportInput } from './exportDocument';

export interface RenderRequest {
  id: number;
  format: ExportFormat;
  input: ExportInput;
}

export type RenderResponse =
  | { id: number; bytes: Uint8Array; contentType: string; fileName: string }
  | { id: number; error: string };

parentPort?.on('message', async ({ id, format, input }: RenderRequest) => {
  try {
    const file = await renderExport(format, input);
    const bytes = new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    parentPort?.postMessage({ id, bytes, contentType: file.contentType, fileName: file.fileName } satisfies RenderResponse);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies RenderResponse);
  }
});
