/**
 * Reads an uploaded XLSX export for the Excel round trip, on the upload
 * pool's parse thread (`upload/tableFileThread.ts`): the measure sheet's rows
 * with their hidden ids, and the baseline sheet the export wrote
 * (server/exports/xlsx/roundTripSheet.ts). Everything that makes the file
 * unusable is found here and listed with its row, so that one upload tells
 * the user every row to fix: a file of another plan, an id that the export
 * did not write (changed by hand) or that two rows share, a status that is
 * not one, a title emptied, a text too long.
 */
import { createHash } from 'node:crypto';
import { ROUND_TRIP_FIELDS, type RoundTripField, type RoundTripProblem, type RoundTripValues } from '../../../shared/api/tableFileRoundTrip';
import { MAX_TEXT_LENGTH, parseStatus } from '../../../shared/plan';
import { BASELINE_COLUMNS, ID_HEADER, ROUND_TRIP_FORMAT, ROUND_TRIP_MARKER, ROUND_TRIP_SHEET, type RoundTripMeta } from '../../exports/xlsx/roundTripSheet';
import { columnsOf, isHeaderRow, normalizeHeader, type Column } from '../upload/tableColumns';
import type { TableRow } from '../upload/tableRow';
import { readXlsxSheets } from '../upload/xlsxRows';

export interface RoundTripPlacedValues {
  values: RoundTripValues;
  focusArea: string;
  goal: string;
}

/** A measure row of the file: `id` null for a row the user added. */
export interface RoundTripFileRow extends RoundTripPlacedValues {
  number: number;
  id: string | null;
}

export interface RoundTripFile {
  meta: RoundTripMeta;
  rows: RoundTripFileRow[];
  /** Each exported measure's values as the export wrote them, by id. */
  baseline: Record<string, RoundTripPlacedValues>;
  /** SHA-256 of the file's bytes: part of the preview's token. */
  digest: string;
}

export type RoundTripRead = { file: RoundTripFile } | { problems: RoundTripProblem[] };

/** More problems than this and the user has the wrong file, or a sheet pasted over: these are enough to tell. */
const MAX_PROBLEMS = 50;

/** What the file's user meant by a cell: Excel's line breaks as `\n`, no surrounding space. */
export const cleanCell = (text: string | undefined) => (text ?? '').replace(/\r\n?/g, '\n').trim();

export async function readRoundTripFile(bytes: Buffer, planId: string): Promise<RoundTripRead> {
  const { rows, named } = await readXlsxSheets(bytes, ROUND_TRIP_SHEET);
  const head = named?.[0]?.cells;
  if (!named || !head || head[0] !== ROUND_TRIP_MARKER) return { problems: [{ kind: 'not-exported' }] };
  const format = Number(head[1]);
  if (!Number.isInteger(format) || format > ROUND_TRIP_FORMAT) return { problems: [{ kind: 'newer-format', format }] };
  const meta: RoundTripMeta = { planId: head[2] ?? '', planTitle: head[3] ?? '', exportedAt: head[4] ?? '', versionLabel: head[5] || null };
  if (meta.planId !== planId) return { problems: [{ kind: 'other-plan', planTitle: meta.planTitle, exportedAt: meta.exportedAt }] };
  const baseline = readBaseline(named);
  if (!baseline) return { problems: [{ kind: 'not-exported' }] };
  const measureRows = readMeasureRows(rows, baseline);
  if ('problems' in measureRows) return measureRows;
  return { file: { meta, rows: measureRows.rows, baseline, digest: createHash('sha256').update(bytes).digest('hex') } };
}

function readBaseline(rows: TableRow[]): Record<string, RoundTripPlacedValues> | null {
  const header = rows[1]?.cells ?? [];
  if (BASELINE_COLUMNS.some((key, index) => header[index] !== key)) return null;
  const baseline: Record<string, RoundTripPlacedValues> = Object.create(null);
  for (const { cells } of rows.slice(2)) {
    const at = (key: (typeof BASELINE_COLUMNS)[number]) => cleanCell(cells[BASELINE_COLUMNS.indexOf(key)]);
    const id = at('id');
    if (!id) continue;
    const values = Object.fromEntries(ROUND_TRIP_FIELDS.map((field) => [field, at(field)])) as RoundTripValues;
    baseline[id] = { values, focusArea: at('focusArea'), goal: at('goal') };
  }
  return baseline;
}

function readMeasureRows(rows: TableRow[], baseline: Record<string, RoundTripPlacedValues>): { rows: RoundTripFileRow[] } | { problems: RoundTripProblem[] } {
  const headerIndex = rows.findIndex((row) => isHeaderRow(row.cells));
  const header = rows[headerIndex]?.cells ?? [];
  const idColumn = header.findIndex((text) => normalizeHeader(text ?? '') === normalizeHeader(ID_HEADER));
  if (headerIndex < 0 || idColumn < 0) return { problems: [{ kind: 'no-id-column' }] };
  const columns = columnsOf(header);
  const cell = (row: TableRow, column: Column) => {
    const index = columns.get(column);
    return index === undefined ? undefined : cleanCell(row.cells[index]);
  };

  const problems: RoundTripProblem[] = [];
  const read: RoundTripFileRow[] = [];
  const firstRowOf = new Map<string, number>();
  // Group cells left blank under the first row of their group, as in any measure table.
  let focusArea = '';
  let goal = '';
  for (const row of rows.slice(headerIndex + 1)) {
    if (problems.length >= MAX_PROBLEMS) break;
    focusArea = cell(row, 'focusArea') || focusArea;
    goal = cell(row, 'goal') || goal;
    const id = cleanCell(row.cells[idColumn]) || null;
    const title = cell(row, 'title') ?? '';
    if (!id && !title) continue;
    if (id) {
      const first = firstRowOf.get(id);
      if (!(id in baseline)) problems.push({ kind: 'changed-id', row: row.number, value: id });
      else if (first !== undefined) problems.push({ kind: 'duplicate-id', row: row.number, firstRow: first });
      else firstRowOf.set(id, row.number);
    }
    // A column taken out of the file changes nothing: the values it had are the exported ones.
    const unchanged = id ? baseline[id]?.values : undefined;
    const values = {} as RoundTripValues;
    for (const field of ROUND_TRIP_FIELDS) values[field] = cell(row, field) ?? unchanged?.[field] ?? '';
    const status = parseStatus(values.status);
    if (status === undefined) problems.push({ kind: 'bad-status', row: row.number, value: values.status });
    else values.status = status;
    if (!values.title) problems.push({ kind: 'empty-title', row: row.number });
    const tooLong = ROUND_TRIP_FIELDS.find((field: RoundTripField) => values[field].length > MAX_TEXT_LENGTH);
    if (tooLong) problems.push({ kind: 'too-long', row: row.number, field: tooLong, max: MAX_TEXT_LENGTH });
    read.push({ number: row.number, id, values, focusArea, goal });
  }
  return problems.length > 0 ? { problems: problems.slice(0, MAX_PROBLEMS) } : { rows: read };
}
