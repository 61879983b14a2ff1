import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { MeasureTableInput } from '../../shared/plan';
import { HttpError } from '../http/errors';

/**
 * Reads a measure table from the spreadsheets coordinators keep today: one
 * row per measure, with focus area and goal repeated or left blank under the
 * first row of their group (as merged cells come out of Excel).
 */

export type TableFileFormat = 'csv' | 'xlsx';

type Column = 'focusArea' | 'goal' | 'title' | 'responsible' | 'targetGroup' | 'indicator' | 'schedule' | 'status' | 'statusNote';

/** Header names in Finnish, Swedish and English, compared without case, punctuation or spacing. */
const HEADER_ALIASES: Record<Column, string[]> = {
  focusArea: ['painopiste', 'painopistealue', 'yhteinen painopistealue', 'painopistealueet', 'fokusområde', 'fokusomrade', 'insatsområde', 'focus area', 'focusarea'],
  goal: ['tavoite', 'tavoitteet', 'mål', 'mal', 'goal', 'goals'],
  title: ['toimenpide', 'toimenpiteet', 'åtgärd', 'åtgärder', 'measure', 'measures', 'action'],
  responsible: ['vastuutaho', 'vastuutahot', 'vastuu', 'moniammatillinen vastuu', 'vastuuhenkilö', 'ansvarig', 'ansvar', 'responsible'],
  targetGroup: ['kohderyhmä', 'väestöryhmä', 'ikäryhmä', 'målgrupp', 'target group', 'targetgroup'],
  indicator: ['mittari', 'mittarit', 'indikaattori', 'indikator', 'indicator'],
  schedule: ['aikataulu', 'aikataulutus', 'tidtabell', 'schedule'],
  status: ['tila', 'liikennevalo', 'status', 'tilanne'],
  statusNote: ['tilan kuvaus', 'tilan selite', 'arvio', 'arviointi', 'huomiot', 'kommentti', 'lägesbeskrivning', 'status note', 'statusnote'],
};

const normalizeHeader = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const ALIAS_TO_COLUMN = new Map<string, Column>(
  Object.entries(HEADER_ALIASES).flatMap(([column, aliases]) => aliases.map((a) => [normalizeHeader(a), column as Column])),
);
const MAX_ROWS = 20_000;

export async function readMeasureTableFile(bytes: Buffer, format: TableFileFormat): Promise<MeasureTableInput> {
  const rows = format === 'csv' ? readCsvRows(bytes) : await readXlsxRows(bytes);
  return rowsToTable(rows);
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV" in Finnish Windows is Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsvRows(bytes: Buffer): string[][] {
  try {
    return parseCsv(decodeText(bytes), {
      bom: true,
      delimiter: [';', ',', '\t'],
      relax_column_count: true,
      skip_empty_lines: true,
      to: MAX_ROWS + 50,
    }) as string[][];
  } catch (error) {
    throw new HttpError(400, `The CSV file cannot be read: ${(error as Error).message}`);
  }
}

async function readXlsxRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new HttpError(400, `The XLSX file cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new HttpError(400, 'The XLSX file has no rows');
  if (sheet.actualRowCount > MAX_ROWS + 50) throw new HttpError(400, `The file has more than ${MAX_ROWS} rows`);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      // A merged cell's value lives in its master cell; the others read as blank, like the paper table.
      cells.push(cell.isMerged && cell.master !== cell ? '' : cell.text);
    }
    rows.push(cells);
  });
  return rows;
}

interface GoalRows {
  title: string;
  measures: Record<Exclude<Column, 'focusArea' | 'goal'>, string>[];
}

interface FocusAreaRows {
  title: string;
  goals: GoalRows[];
}

function rowsToTable(rows: string[][]): MeasureTableInput {
  const headerIndex = rows.findIndex((row) => columnsOf(row).has('title'));
  if (headerIndex < 0) {
    throw new HttpError(400, 'No header row with a "Toimenpide" (measure) column was found');
  }
  const columns = columnsOf(rows[headerIndex]!);
  if (!columns.has('focusArea') || !columns.has('goal')) {
    throw new HttpError(400, 'The header row needs the columns "Painopiste" (focus area) and "Tavoite" (goal)');
  }
  const cell = (row: string[], column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (row[index] ?? '').trim();
  };

  const table: { focusAreas: FocusAreaRows[] } = { focusAreas: [] };
  let focusArea: FocusAreaRows | undefined;
  let goal: GoalRows | undefined;
  const dataRows = rows.slice(headerIndex + 1);
  if (dataRows.length > MAX_ROWS) throw new HttpError(400, `The file has more than ${MAX_ROWS} rows`);
  dataRows.forEach((row, i) => {
    const rowNumber = headerIndex + i + 2;
    const focusTitle = cell(row, 'focusArea');
    const goalTitle = cell(row, 'goal');
    if (focusTitle && focusTitle !== focusArea?.title) {
      focusArea = { title: focusTitle, goals: [] };
      table.focusAreas.push(focusArea);
      goal = undefined;
    }
    if (goalTitle && goalTitle !== goal?.title) {
      if (!focusArea) throw new HttpError(400, `Row ${rowNumber}: a goal before any focus area`);
      goal = { title: goalTitle, measures: [] };
      focusArea.goals.push(goal);
    }
    const title = cell(row, 'title');
    if (!title) return;
    if (!goal) throw new HttpError(400, `Row ${rowNumber}: a measure before any goal`);
    goal.measures.push({
      title,
      responsible: cell(row, 'responsible'),
      targetGroup: cell(row, 'targetGroup'),
      indicator: cell(row, 'indicator'),
      schedule: cell(row, 'schedule'),
      status: cell(row, 'status'),
      statusNote: cell(row, 'statusNote'),
    });
  });
  if (table.focusAreas.length === 0) throw new HttpError(400, 'The file has no measures');
  return table;
}

function columnsOf(row: string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  row.forEach((text, index) => {
    const column = ALIAS_TO_COLUMN.get(normalizeHeader(text ?? ''));
    if (column && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}
