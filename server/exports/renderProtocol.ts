/**
 * What passes between the export pool (`exportPool.ts`, main thread) and its
 * render threads (`renderThread.ts`). Its own module so that the main thread
 * never loads the render code.
 */
import type { ExportFormat } from '../../shared/api/exports';
import type { Minutes, MinutesFileFormat } from '../meetings/minutes/minutesModel';
import type { ExportInput } from './types';

/** What a thread renders: a plan export, or a meeting's minutes (server/meetings/minutes). */
export type RenderTask = { kind: 'export'; format: ExportFormat; input: ExportInput } | { kind: 'minutes'; format: MinutesFileFormat; minutes: Minutes };

export type RenderRequest = RenderTask & {
  /** The pool's id of this render, named back in `RenderStarted`. */
  renderId: number;
};

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
