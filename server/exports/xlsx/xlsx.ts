/**
 * The measure table as an Excel workbook: what the coordinator filters, sorts
 * and sends on. A bold frozen header row with an autofilter, wrapped text,
 * statuses shaded in their colours, A4 landscape pages with the header row
 * repeated. Cells are written as text, so a formula a user typed stays text.
 */
import ExcelJS from 'exceljs';
import { documentInfo } from '../common/documentInfo';
import { MEASURE_TABLE_TITLE, STATUS_SHADES } from '../common/measureTable';
import { SHEET_COLUMNS, sheetRows } from '../common/sheetRows';
import type { ExportInput } from '../types';

const STATUS_COLUMN = SHEET_COLUMNS.findIndex((column) => column.header === 'Tila') + 1;

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
      fgColor: { argb: `FF${STATUS_SHADES[measure.status].fill}` },
    };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SHEET_COLUMNS.length } };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
