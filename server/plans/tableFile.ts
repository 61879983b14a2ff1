import type { MeasureTableInput } from '../../shared/plan';
import { readCsvRows } from './upload/csvRows';
import { UPLOAD_LIMITS } from './upload/limits';
import { columnsOf, isHeaderRow, type Column } from './upload/tableColumns';
import type { TableRow } from './upload/tableRow';
import { unreadable } from './upload/tableFileError';
import { readXlsxRows } from './upload/xlsxRows';

/**
 * Reads a measure table from the spreadsheets coordinators keep today: one
 * row per measure, with focus area and goal repeated or left blank under the
 * first row of their group (as merged cells come out of Excel). Runs on the
 * parse thread (`upload/parsePool.ts`); a refused file throws a
 * `TableFileError`.
 */

export type TableFileFormat = 'csv' | 'xlsx';

export async function readMeasureTableFile(bytes: Buffer, format: TableFileFormat): Promise<MeasureTableInput> {
  const rows = format === 'csv' ? readCsvRows(bytes) : await readXlsxRows(bytes);
  return rowsToTable(rows);
}

interface GoalRows {
  title: string;
  measures: Record<Exclude<Column, 'focusArea' | 'goal'>, string>[];
}

interface FocusAreaRows {
  title: string;
  goals: GoalRows[];
}

function rowsToTable(rows: TableRow[]): MeasureTableInput {
  const headerIndex = rows.findIndex((row) => isHeaderRow(row.cells));
  if (headerIndex < 0) {
    throw unreadable('No header row with a "Toimenpide" (measure) column was found');
  }
  const columns = columnsOf(rows[headerIndex]!.cells);
  if (!columns.has('focusArea') || !columns.has('goal')) {
    throw unreadable('The header row needs the columns "Painopiste" (focus area) and "Tavoite" (goal)');
  }
  const cell = (row: TableRow, column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };

  const table: { focusAreas: FocusAreaRows[] } = { focusAreas: [] };
  let focusArea: FocusAreaRows | undefined;
  let goal: GoalRows | undefined;
  const dataRows = rows.slice(headerIndex + 1);
  if (dataRows.length > UPLOAD_LIMITS.measureRows) throw unreadable(`The file has more than ${UPLOAD_LIMITS.measureRows} rows`);
  for (const row of dataRows) {
    const focusTitle = cell(row, 'focusArea');
    const goalTitle = cell(row, 'goal');
    if (focusTitle && focusTitle !== focusArea?.title) {
      focusArea = { title: focusTitle, goals: [] };
      table.focusAreas.push(focusArea);
      goal = undefined;
    }
    if (goalTitle && goalTitle !== goal?.title) {
      if (!focusArea) throw unreadable(`Row ${row.number}: a goal before any focus area`);
      goal = { title: goalTitle, measures: [] };
      focusArea.goals.push(goal);
    }
    const title = cell(row, 'title');
    if (!title) continue;
    if (!goal) throw unreadable(`Row ${row.number}: a measure before any goal`);
    goal.measures.push({
      title,
      responsible: cell(row, 'responsible'),
      targetGroup: cell(row, 'targetGroup'),
      // One project a line (names hold commas): split by the import like the other lists.
      project: cell(row, 'project'),
      indicator: cell(row, 'indicator'),
      schedule: cell(row, 'schedule'),
      status: cell(row, 'status'),
      statusNote: cell(row, 'statusNote'),
    });
  }
  if (table.focusAreas.length === 0) throw unreadable('The file has no measures');
  return table;
}
