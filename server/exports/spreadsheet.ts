/**
 * The measure table as a spreadsheet, one row per measure: what the
 * coordinator filters, sorts and sends on. Focus area and goal repeat on
 * every row (merged cells break filtering), and the columns and words are
 * the ones the app's own CSV/XLSX import reads back.
 */
import ExcelJS from 'exceljs';
import type { FocusAreaData, GoalData, MeasureData, PlanData } from '../../shared/plan';
import { documentInfo } from './documentInfo';
import type { ExportInput } from './exportDocument';
import { MEASURE_TABLE_TITLE, STATUS_COLORS, statusLabel, targetGroupText } from './measureTable';

const SHEET_COLUMNS = [
  { header: 'Painopiste', width: 32 },
  { header: 'Tavoite', width: 38 },
  { header: 'Toimenpide', width: 52 },
  { header: 'Vastuutaho', width: 30 },
  { header: 'Kohderyhmä', width: 17 },
  { header: 'Mittari', width: 26 },
  { header: 'Aikataulu', width: 14 },
  { header: 'Tila', width: 30 },
  { header: 'Tilan kuvaus', width: 42 },
] as const;

const STATUS_COLUMN = SHEET_COLUMNS.findIndex((column) => column.header === 'Tila') + 1;

interface SheetRow {
  measure: MeasureData;
  cells: string[];
}

function sheetRows(data: PlanData): SheetRow[] {
  const row = (focusArea: FocusAreaData, goal: GoalData, measure: MeasureData): SheetRow => ({
    measure,
    cells: [
      focusArea.title,
      goal.title,
      measure.title,
      measure.responsible,
      targetGroupText(measure.targetGroup),
      measure.indicator,
      measure.schedule,
      statusLabel(measure.status),
      measure.statusNote,
    ],
  });
  return data.focusAreas.flatMap((focusArea) =>
    focusArea.goals.flatMap((goal) => goal.measures.map((measure) => row(focusArea, goal, measure))),
  );
}

export async function renderXlsx(input: ExportInput): Promise<Buffer> {
  const info = documentInfo(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = info.municipality ?? '';
  workbook.title = info.title;
  workbook.subject = [MEASURE_TABLE_TITLE, info.versionLabel].filter(Boolean).join(' – ');
  workbook.created = input.date;
  workbook.modified = input.date;

  const sheet = workbook.addWorksheet(MEASURE_TABLE_TITLE, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: `&L${info.title.replace(/&/g, '&&')}&RSivu &P / &N` },
  });
  sheet.columns = SHEET_COLUMNS.map((column) => ({ header: column.header, width: column.width }));
  // The header row on every printed page.
  sheet.pageSetup.printTitlesRow = '1:1';

  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
    cell.border = { bottom: { style: 'medium', color: { argb: 'FF1F4E79' } } };
  });

  for (const { measure, cells } of sheetRows(input.data)) {
    const row = sheet.addRow(cells);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(STATUS_COLUMN).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${STATUS_COLORS[measure.status].fill}` },
    };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SHEET_COLUMNS.length } };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A cell that a spreadsheet would run as a formula (= + - @, or a tab or
 * carriage return before one) gets a leading apostrophe: OWASP's guard
 * against CSV injection. The text stays readable.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180: fields with quotes or line breaks are quoted, quotes doubled.
 * Commas and tabs are quoted too, for readers that guess the separator
 * (the app's own import takes any of ; , and tab).
 */
function csvField(text: string): string {
  const value = guardFormula(text);
  return /[";,\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * UTF-8 with a byte-order mark and `;` between fields: what Excel with
 * Finnish settings opens straight into columns with ä and ö intact.
 */
export function renderCsv(input: ExportInput): Buffer {
  const lines = [SHEET_COLUMNS.map((column) => column.header), ...sheetRows(input.data).map((row) => row.cells)].map(
    (cells) => cells.map(csvField).join(';'),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
