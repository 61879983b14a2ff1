/**
 * What passes between the export pool (`exportPool.ts`, main thread) and its
 * render threads (`renderThread.ts`). Its own module so that the main thread
 * never loads the render code.
 */
import type { ExportFormat } from '../../shared/api/exports';
import type { ExportInput } from './types';

export interface RenderRequest {
  /** The pool's id of this render, named back in `RenderStarted`. */
  renderId: number;
  format: ExportFormat;
  input: ExportInput;
}

export interface RenderResult {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

/** Posted by a thread as it begins a render: its time limit counts from here. */
export interface RenderStarted {
  renderStarted: number;
}

export function isRenderStarted(message: unknown): message is RenderStarted {
  return typeof message === 'object' && message !== null && typeof (message as RenderStarted).renderStarted === 'number';
}
