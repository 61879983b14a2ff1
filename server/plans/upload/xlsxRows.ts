import { UPLOAD_LIMITS } from './limits';
import type { TableRow } from './tableRow';
import { TableFileError, unreadable } from './tableFileError';
import { XlsxArchive } from './xlsxArchive';
import { RelationshipsReader, SharedStringsReader, StylesReader, WorkbookReader } from './xlsxParts';
import { SheetReader, type SheetContext } from './xlsxSheet';
import { XmlFormatError, XmlScanner, type XmlHandler } from './xmlScanner';

/**
 * The rows of an XLSX file's first sheet that holds anything, read as a
 * stream: the zip's directory is checked first (`XlsxArchive`), then the
 * workbook's small parts, then the shared strings and the sheet, each
 * stopped as soon as it goes past a limit.
 */
export async function readXlsxRows(bytes: Buffer): Promise<TableRow[]> {
  return (await readXlsxSheets(bytes)).rows;
}

/**
 * `readXlsxRows`, and also the rows of the sheet called `namedSheet` when the
 * workbook has one (hidden or not; null when it has none): the Excel round
 * trip's baseline sheet (server/exports/xlsx/roundTripSheet.ts). The named
 * sheet is never taken as the table.
 */
export async function readXlsxSheets(bytes: Buffer, namedSheet?: string): Promise<{ rows: TableRow[]; named: TableRow[] | null }> {
  const archive = await XlsxArchive.open(bytes);
  try {
    const workbookPath = await officeDocumentPath(archive);
    const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
    const workbook = await parseSmallPart(archive, workbookPath, new WorkbookReader());
    const relationships = await parseSmallPart(archive, `${folder}_rels/${workbookPath.slice(folder.length)}.rels`, new RelationshipsReader(folder));

    const context: SheetContext = { sharedStrings: [], dateStyles: new Set(), date1904: workbook.date1904 };
    const sharedStrings = relationships.ofType('/sharedStrings');
    if (sharedStrings && archive.has(sharedStrings.target)) {
      context.sharedStrings = (await parsePart(archive, sharedStrings.target, UPLOAD_LIMITS.partBytes, new SharedStringsReader())).strings;
    }
    const styles = relationships.ofType('/styles');
    if (styles && archive.has(styles.target)) context.dateStyles = (await parseSmallPart(archive, styles.target, new StylesReader())).dateStyles();

    let table: TableRow[] | null = null;
    let named: TableRow[] | null = null;
    for (const { id, name } of workbook.sheets) {
      const isNamed = namedSheet !== undefined && name === namedSheet;
      if (isNamed ? named !== null : table !== null) continue;
      const sheet = relationships.byId.get(id);
      if (!sheet || !sheet.type.endsWith('/worksheet') || !archive.has(sheet.target)) continue;
      const rows = (await parsePart(archive, sheet.target, UPLOAD_LIMITS.partBytes, new SheetReader(context))).finish();
      if (isNamed) named = rows;
      else if (rows.length > 0) table = rows;
    }
    if (!table) throw unreadable('The XLSX file has no rows');
    return { rows: table, named };
  } finally {
    archive.close();
  }
}

async function officeDocumentPath(archive: XlsxArchive): Promise<string> {
  if (!archive.has('_rels/.rels')) throw unreadable('The XLSX file cannot be read: it is not a spreadsheet (no _rels/.rels)');
  const root = await parseSmallPart(archive, '_rels/.rels', new RelationshipsReader(''));
  const document = root.ofType('/officeDocument');
  if (!document || !archive.has(document.target)) throw unreadable('The XLSX file cannot be read: it has no workbook');
  return document.target;
}

const parseSmallPart = <T extends XmlHandler>(archive: XlsxArchive, path: string, handler: T) => parsePart(archive, path, UPLOAD_LIMITS.smallPartBytes, handler);

async function parsePart<T extends XmlHandler>(archive: XlsxArchive, path: string, limit: number, handler: T): Promise<T> {
  const scanner = new XmlScanner(handler);
  try {
    await archive.stream(path, limit, (text) => scanner.write(text));
    scanner.end();
  } catch (error) {
    if (error instanceof TableFileError) throw error;
    if (error instanceof XmlFormatError) throw unreadable(`The XLSX file cannot be read: ${path} is not valid XML (${error.message})`);
    throw error;
  }
  return handler;
}
