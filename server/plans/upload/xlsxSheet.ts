import { UPLOAD_LIMITS } from './limits';
import type { TableRow } from './tableRow';
import { unreadable } from './tableFileError';
import type { XmlHandler } from './xmlScanner';

/** What a sheet's cells refer to: the workbook's shared strings and which cell styles are dates. */
export interface SheetContext {
  sharedStrings: string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

const MAX_SHEET_ROW = 1_048_576;
const EXCEL_DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** `AB12` → 27 (0-based column), or -1 if it is not a cell reference. */
export function columnOf(reference: string): number {
  const letters = /^([A-Z]{1,3})[0-9]*$/.exec(reference.toUpperCase())?.[1];
  if (!letters) return -1;
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

/**
 * Collects a worksheet's rows as its XML streams past (see `XmlScanner`):
 * only rows that hold something are kept, and reading stops with a 400 the
 * moment the sheet has more rows or columns, or a cell more characters,
 * than `UPLOAD_LIMITS` allow. Merged ranges come at the end of the sheet
 * XML; `finish` blanks the covered cells but the first, as Excel shows them.
 */
export class SheetReader implements XmlHandler {
  private readonly rows: TableRow[] = [];
  private readonly merges: string[] = [];
  private rowNumber = 0;
  private cells: string[] | null = null;
  private column = -1;
  private cell: { type: string; style: number; reference: string } | null = null;
  private value = '';
  private capturing = false;
  private inInlineString = false;
  private phoneticDepth = 0;

  constructor(private readonly context: SheetContext) {}

  open(name: string, attributes: Record<string, string>): void {
    switch (name) {
      case 'row': {
        this.rowNumber = attributes.r === undefined ? this.rowNumber + 1 : Number(attributes.r);
        if (!Number.isInteger(this.rowNumber) || this.rowNumber < 1 || this.rowNumber > MAX_SHEET_ROW) throw unreadable(`The XLSX sheet has a bad row number "${attributes.r}"`);
        this.cells = [];
        this.column = -1;
        break;
      }
      case 'c': {
        this.column = attributes.r === undefined ? this.column + 1 : columnOf(attributes.r);
        if (this.column < 0) throw unreadable(`The XLSX sheet has a bad cell reference "${attributes.r}"`);
        this.cell = { type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), reference: attributes.r ?? `row ${this.rowNumber}` };
        this.value = '';
        break;
      }
      case 'v':
        this.capturing = this.cell !== null;
        break;
      case 'is':
        this.inInlineString = true;
        break;
      case 't':
        this.capturing = this.inInlineString && this.phoneticDepth === 0;
        break;
      case 'rPh':
        this.phoneticDepth++;
        break;
      case 'mergeCell':
        if (this.merges.length >= UPLOAD_LIMITS.mergedRanges) throw unreadable(`The XLSX sheet has more than ${UPLOAD_LIMITS.mergedRanges} merged ranges`);
        if (attributes.ref) this.merges.push(attributes.ref);
        break;
    }
  }

  text(text: string): void {
    if (!this.capturing) return;
    this.value += text;
    if (this.value.length > UPLOAD_LIMITS.cellCharacters) {
      throw unreadable(`Cell ${this.cell?.reference}: more than ${UPLOAD_LIMITS.cellCharacters} characters`);
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.capturing = false;
        break;
      case 'is':
        this.inInlineString = false;
        break;
      case 'rPh':
        this.phoneticDepth--;
        break;
      case 'c':
        this.finishCell();
        break;
      case 'row':
        this.finishRow();
        break;
    }
  }

  /** The rows that hold something, merged ranges blanked but their first cell. */
  finish(): TableRow[] {
    const byNumber = new Map(this.rows.map((row) => [row.number, row]));
    for (const reference of this.merges) {
      const range = parseRange(reference);
      if (!range) continue;
      for (const row of rowsIn(range, byNumber, this.rows)) {
        for (let column = range.firstColumn; column <= Math.min(range.lastColumn, row.cells.length - 1); column++) {
          if (row.number !== range.firstRow || column !== range.firstColumn) row.cells[column] = '';
        }
      }
    }
    return this.rows;
  }

  private finishCell(): void {
    const cell = this.cell;
    this.cell = null;
    if (!cell || !this.cells) return;
    const text = this.cellText(cell.type, cell.style, this.value);
    if (text === '') return;
    if (this.column >= UPLOAD_LIMITS.columns) throw unreadable(`Cell ${cell.reference}: the sheet uses more than ${UPLOAD_LIMITS.columns} columns`);
    this.cells[this.column] = text;
  }

  private finishRow(): void {
    const cells = this.cells;
    this.cells = null;
    if (!cells || cells.length === 0) return;
    if (this.rows.length >= UPLOAD_LIMITS.rows) throw unreadable(`The file has more than ${UPLOAD_LIMITS.measureRows} rows`);
    this.rows.push({ number: this.rowNumber, cells: Array.from(cells, (text) => text ?? '') });
  }

  /** What Excel shows in the cell, as far as a measure table needs: text, numbers and dates (as d.m.yyyy). */
  private cellText(type: string, style: number, value: string): string {
    switch (type) {
      case 's':
        return this.context.sharedStrings[Number(value)] ?? '';
      case 'b':
        return value === '1' ? 'true' : value === '0' ? 'false' : value;
      case 'n': {
        const number = Number(value);
        return value !== '' && Number.isFinite(number) && this.context.dateStyles.has(style) ? this.formatDate(number) : value;
      }
      default:
        // inlineStr, str (a formula's text), e (an error such as #N/A), d (an ISO date)
        return value;
    }
  }

  private formatDate(serial: number): string {
    const date = new Date((this.context.date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * EXCEL_DAY_MS));
    return `${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()}`;
  }
}

interface CellRange {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

function parseRange(reference: string): CellRange | undefined {
  const match = /^([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)$/i.exec(reference);
  if (!match) return undefined;
  const [, fromColumn, fromRow, toColumn, toRow] = match as unknown as [string, string, string, string, string];
  return { firstRow: Number(fromRow), lastRow: Number(toRow), firstColumn: columnOf(fromColumn), lastColumn: columnOf(toColumn) };
}

/** The kept rows inside a range: looked up one by one for a short range, filtered for a long one (A1:A1048576). */
function rowsIn(range: CellRange, byNumber: Map<number, TableRow>, rows: TableRow[]): TableRow[] {
  if (range.lastRow - range.firstRow < rows.length) {
    const inRange: TableRow[] = [];
    for (let number = range.firstRow; number <= range.lastRow; number++) {
      const row = byNumber.get(number);
      if (row) inRange.push(row);
    }
    return inRange;
  }
  return rows.filter((row) => row.number >= range.firstRow && row.number <= range.lastRow);
}
