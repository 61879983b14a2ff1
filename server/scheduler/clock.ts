import { readFileSync } from 'node:fs';
import { moduleLogger } from '../logging/logger';

const log = moduleLogger('scheduler');

/** The time as the yearly cycle sees it: deadlines, reminders, link expiry and mail retries all ask this. */
export type Clock = () => Date;

/** How long a read offset is trusted before the file is read again. */
const REREAD_MS = 250;

/**
 * The real time, or, with `HYTE_CLOCK_OFFSET_FILE`, the real time moved by
 * the milliseconds written in that file (read again as it changes), so that
 * a reminder due in a week can be tried out now, on a running server,
 * without a route that changes the time. A missing or unreadable file is an
 * offset of zero.
 */
export function systemClock(offsetFile: string | null): Clock {
  if (!offsetFile) return () => new Date();
  let offset = 0;
  let readAt = -Infinity;
  return () => {
    const now = Date.now();
    if (now - readAt > REREAD_MS) {
      readAt = now;
      const next = readOffset(offsetFile);
      if (next !== offset) log.warn({ offsetMs: next }, 'the clock offset changed');
      offset = next;
    }
    return new Date(now + offset);
  };
}

function readOffset(file: string): number {
  try {
    const value = Number(readFileSync(file, 'utf8').trim());
    return Number.isFinite(value) ? value : 0;
  } catch {
    return 0;
  }
}
