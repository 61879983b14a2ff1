/**
 * What passes between the upload pool (`tableFilePool.ts`, main thread) and
 * its parse threads (`tableFileThread.ts`). Its own module so that the main
 * thread never loads the parsers.
 */
import type { MeasureTableInput } from '../../../shared/plan';
import type { RoundTripRead } from '../roundTrip/roundTripFile';
import type { TableFileFormat } from '../tableFile';

export interface ParseRequest {
  parseId: number;
  format: TableFileFormat;
  bytes: Uint8Array;
  /** Read as an export of this plan coming back (the Excel round trip), not as a new table. */
  roundTripOf?: string;
}

/**
 * The table read, the round trip's file or its problems, or why the file was
 * refused (a refusal is an answer, not a failure of the thread).
 */
export type ParseResult = { table: MeasureTableInput } | { roundTrip: RoundTripRead } | { status: 400 | 413; error: string };

/** Posted by a thread as it begins a parse: the time limit counts from here. */
export interface ParseStarted {
  parseStarted: number;
}

export function isParseStarted(message: unknown): message is ParseStarted {
  return typeof message === 'object' && message !== null && typeof (message as ParseStarted).parseStarted === 'number';
}
