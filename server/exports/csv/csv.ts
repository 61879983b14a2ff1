/** The measure table as CSV, for any spreadsheet or script: the columns and rows of the XLSX export. */
import { SHEET_COLUMNS, sheetRows } from '../common/sheetRows';
import type { ExportInput } from '../types';

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
