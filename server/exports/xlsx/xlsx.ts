/**
 * The measure table as an Excel workbook: what the coordinator filters, sorts
 * and sends on. A bold frozen header row with an autofilter, wrapped text,
 * statuses shaded in their colours, A4 landscape pages with the header row
 * repeated. Cells are written as text, so a formula a user typed stays text.
 * A hidden column of measure ids and a very hidden baseline sheet let the
 * file come back as changes to the same plan (`roundTripSheet.ts`).
 */
import ExcelJS from 'exceljs';
import { documentInfo } from '../common/documentInfo';
import { STATUSES } from '../../../shared/plan';
import { MEASURE_TABLE_TITLE, STATUS_SHADES, statusLabel } from '../common/measureTable';
import { SHEET_COLUMNS, sheetRows } from '../common/sheetRows';
import type { ExportInput } from '../types';
import { addBaselineSheet, ID_HEADER } from './roundTripSheet';

const STATUS_COLUMN = SHEET_COLUMNS.findIndex((column) => column.header === 'Tila') + 1;

/**
 * The status cell offers the four statuses as the sheet words them. A warning, not a stop: the
 * upload reads other wordings too ("vihreä", "Valmis") and names the row of one it cannot read.
 */
const STATUS_CHOICES: ExcelJS.DataValidation = {
  type: 'list',
  allowBlank: true,
  formulae: [`"${STATUSES.map(statusLabel).join(',')}"`],
  showErrorMessage: true,
  errorStyle: 'warning',
  errorTitle: 'Tila',
  error: 'Valitse tila luettelosta, niin tiedoston voi tuoda takaisin suunnitelmaan.',
};

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
  sheet.columns = [
    ...SHEET_COLUMNS.map((column) => ({ header: column.header, width: column.width })),
    { header: ID_HEADER, width: 24, hidden: true },
  ];
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
    const row = sheet.addRow([...cells, measure.id]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(STATUS_COLUMN).dataValidation = STATUS_CHOICES;
    row.getCell(STATUS_COLUMN).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${STATUS_SHADES[measure.status].fill}` },
    };
  }
  // The hidden id column is inside the filter's range: sorting by a column there moves every row's id with it.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SHEET_COLUMNS.length + 1 } };
  addBaselineSheet(workbook, input.data, {
    planId: input.data.id,
    planTitle: info.title,
    exportedAt: input.date.toISOString(),
    versionLabel: info.versionLabel ?? null,
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
