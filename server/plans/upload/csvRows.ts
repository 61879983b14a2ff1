import { parse, type InfoField, type InfoRecord } from 'csv-parse/sync';
import { UPLOAD_LIMITS } from './limits';
import { columnsOf, isHeaderRow } from './tableColumns';
import type { TableRow } from './tableRow';
import { TableFileError, unreadable } from './tableFileError';

/**
 * The rows of a CSV measure table. The separator is chosen once for the
 * whole file, from its header row: Finnish Excel writes `;` and leaves the
 * commas of "Sivistystoimi, nuorisopalvelut" unquoted, so splitting on every
 * separator at once would shift the columns. Every row under the header must
 * then have the header's number of fields, or the file is refused naming the
 * row, never read with its columns shifted.
 */

const SEPARATORS = [';', '\t', ','] as const;
const SEPARATOR_NAMES: Record<string, string> = { ';': 'semicolon (;)', '\t': 'tab', ',': 'comma (,)' };
const SAMPLE_LINES = 50;

export function readCsvRows(bytes: Buffer): TableRow[] {
  const text = decodeText(bytes);
  const separator = detectSeparator(text);
  let header: TableRow | undefined;
  return parseRows(text, separator, (row) => {
    if (!header) {
      if (isHeaderRow(row.cells)) header = row;
    } else if (row.cells.length !== header.cells.length) {
      throw unreadable(
        `Row ${row.number} has ${row.cells.length} fields where the header row has ${header.cells.length}: the file is read with the ${SEPARATOR_NAMES[separator]} between fields, so a cell holding one must be in quotes`,
      );
    }
  });
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV" in Finnish Windows is Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The separator under which the file's first lines have a header row naming
 * the most known columns; on a tie, the one under which the most rows below
 * the header have the header's number of fields.
 */
function detectSeparator(text: string): string {
  const sample = firstLines(text, SAMPLE_LINES);
  let best: { separator: string; columns: number; consistentRows: number } | undefined;
  for (const separator of SEPARATORS) {
    const rows = sampleRows(sample, separator);
    const headerIndex = rows.findIndex((row) => isHeaderRow(row.cells));
    if (headerIndex < 0) continue;
    const header = rows[headerIndex]!;
    const columns = columnsOf(header.cells).size;
    const consistentRows = rows.slice(headerIndex + 1).filter((row) => row.cells.length === header.cells.length).length;
    if (!best || columns > best.columns || (columns === best.columns && consistentRows > best.consistentRows)) {
      best = { separator, columns, consistentRows };
    }
  }
  if (!best) throw unreadable('No header row with a "Toimenpide" (measure) column was found (columns separated by ;, tab or ,)');
  return best.separator;
}

function firstLines(text: string, count: number): string {
  let end = -1;
  for (let line = 0; line < count; line++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text;
  }
  return text.slice(0, end + 1);
}

/** The sample's rows under one separator: a quoted cell cut off by the sample's end only loses what follows it. */
function sampleRows(sample: string, separator: string): TableRow[] {
  const rows: TableRow[] = [];
  try {
    parseRows(sample, separator, (row) => void rows.push(row));
  } catch {
    // rows read before the fault are enough to judge the separator
  }
  return rows;
}

/** Parses with one separator, checking every field and row against the limits while reading. */
function parseRows(text: string, separator: string, onRow: (row: TableRow) => void): TableRow[] {
  const rows: TableRow[] = [];
  try {
    parse(text, {
      bom: true,
      delimiter: separator,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: UPLOAD_LIMITS.cellCharacters,
      // Called per field as it is read: a line of a million separators stops at the limit, not after.
      cast: (value: string, context: InfoField) => {
        if (context.index >= UPLOAD_LIMITS.columns) throw unreadable(`Row ${context.lines}: more than ${UPLOAD_LIMITS.columns} columns`);
        return value;
      },
      on_record: (cells: string[], context: InfoRecord) => {
        const row = { number: context.lines, cells };
        if (cells.every((cell) => cell.trim() === '')) return null;
        if (rows.length >= UPLOAD_LIMITS.rows) throw unreadable(`The file has more than ${UPLOAD_LIMITS.measureRows} rows`);
        onRow(row);
        rows.push(row);
        return null;
      },
    });
  } catch (error) {
    if (error instanceof TableFileError) throw error;
    throw unreadable(`The CSV file cannot be read: ${(error as Error).message}`);
  }
  return rows;
}
