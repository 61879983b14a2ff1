// Run as `node --import tsx tests/support/tableFilePoolRun.ts <file> <format> '<pool options JSON>'`: reads
// the file through a real TableFilePool with those options in a process of its own (its threads load
// TypeScript through the loader this process was started with) and prints the outcome as one JSON line.
import { readFileSync } from 'node:fs';
import { TableFilePool, type TableFilePoolOptions } from '../../server/plans/upload/tableFilePool';
import type { TableFileFormat } from '../../server/plans/tableFile';

const [file, format, options] = process.argv.slice(2) as [string, TableFileFormat, string];
const pool = new TableFilePool(JSON.parse(options) as TableFilePoolOptions);
const started = Date.now();
try {
  const table = await pool.read(format, async () => readFileSync(file));
  const measures = table.focusAreas.flatMap((focusArea) => focusArea.goals ?? []).reduce((sum, goal) => sum + (goal.measures?.length ?? 0), 0);
  process.stdout.write(`${JSON.stringify({ measures, ms: Date.now() - started })}\n`);
} catch (error) {
  const { status, message } = error as { status?: number; message: string };
  process.stdout.write(`${JSON.stringify({ status, error: message, ms: Date.now() - started })}\n`);
} finally {
  await pool.close();
}
