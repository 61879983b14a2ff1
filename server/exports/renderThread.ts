// Runs in a thread of the export pool (`exportPool.ts`): renders one export per call.
import { parentPort } from 'node:worker_threads';
import { renderMinutesFile } from '../meetings/minutes/renderMinutes';
import { renderExport } from './exportDocument';
import type { RenderRequest, RenderResult, RenderStarted } from './renderProtocol';
import { mapStacksOnDemand } from '../logging/sourceMappedStacks';

// A thread's errors reach the server's log with their stacks mapped, as the main thread's.
mapStacksOnDemand();

/** The thread's task (piscina calls the default export); a thrown error rejects the export. */
export default async function renderInThread(request: RenderRequest): Promise<RenderResult> {
  parentPort?.postMessage({ renderStarted: request.renderId } satisfies RenderStarted);
  const file = request.kind === 'minutes' ? await renderMinutesFile(request.format, request.minutes) : await renderExport(request.format, request.input);
  const bytes = new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  return { bytes, contentType: file.contentType, fileName: file.fileName };
}
