/**
 * What passes between the upload pool (`tableFilePool.ts`, main thread) and
 * its parse threads (`tableFileThread.ts`). Its own module so that the main
 * thread never loads the parsers.
 */
import type { MeasureTableInput } from '../../../shared/plan';
import type { TableFileFormat } from '../tableFile';

export interface ParseRequest {
  parseId: number;
  format: TableFileFormat;
  bytes: Uint8Array;
}

/** The table read, or why the file was refused (a refusal is an answer, not a failure of the thread). */
export type ParseResult = { table: MeasureTableInput } | { status: 400 | 413; error: string };

/** Posted by a thread as it begins a parse: the time limit counts from here. */
export interface ParseStarted {
  parseStarted: number;
}

export function isParseStarted(message: unknown): message is ParseStarted {
  return typeof message === 'object' && message !== null && typeof (message as ParseStarted).parseStarted === 'number';
}
