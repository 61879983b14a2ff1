// Runs in a thread of the upload pool (`tableFilePool.ts`): reads one uploaded measure table, or one export coming back, per call.
import { parentPort } from 'node:worker_threads';
import { parseMeasureTable } from '../../../shared/plan/import';
import { readRoundTripFile } from '../roundTrip/roundTripFile';
import { readMeasureTableFile } from '../tableFile';
import type { ParseRequest, ParseResult, ParseStarted } from './parseProtocol';
import { TableFileError } from './tableFileError';
import { mapStacksOnDemand } from '../../logging/sourceMappedStacks';

// A thread's errors reach the server's log with their stacks mapped, as the main thread's.
mapStacksOnDemand();

/** The thread's task (piscina calls the default export); an error other than a refusal rejects the upload as a fault. */
export default async function parseInThread({ parseId, format, bytes, roundTripOf }: ParseRequest): Promise<ParseResult> {
  parentPort?.postMessage({ parseStarted: parseId } satisfies ParseStarted);
  try {
    const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (roundTripOf !== undefined) return { roundTrip: await readRoundTripFile(file, roundTripOf) };
    const table = await readMeasureTableFile(file, format);
    // Validated here too, so that a bad table is refused without costing the main thread: 1 s for 20 000 measures.
    const validated = parseMeasureTable(table);
    return validated.success ? { table } : { status: 400, error: validated.error };
  } catch (error) {
    if (error instanceof TableFileError) return { status: error.status, error: error.message };
    throw error;
  }
}
