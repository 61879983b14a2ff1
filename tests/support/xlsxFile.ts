import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * XLSX files written by hand, byte by byte, so that tests can build what no
 * spreadsheet program would: a sheet of hundreds of megabytes of XML in a
 * megabyte of zip (a "zip bomb"), or a zip whose headers lie about how big
 * its contents are.
 */

interface ZipEntry {
  name: string;
  compressed: Buffer;
  crc: number;
  size: number;
  /** The uncompressed size written into the headers; the true size unless a test wants them to lie. */
  declaredSize: number;
}

function deflated(name: string, text: string): ZipEntry {
  const data = Buffer.from(text);
  return { name, compressed: deflateRawSync(data), crc: crc32(data), size: data.length, declaredSize: data.length };
}

/**
 * Deflates text that arrives in pieces, never holding all of it: the pieces
 * of a bomb add up to hundreds of MB. Each piece is its own run of deflate
 * blocks (flushed, not final), so a piece equal to the one before reuses its
 * compressed bytes and a bomb of identical rows costs milliseconds to build.
 */
function deflatedPieces(name: string, pieces: Iterable<string>): ZipEntry {
  const output: Buffer[] = [];
  let crc = 0;
  let size = 0;
  let previous: { piece: string; compressed: Buffer } | undefined;
  for (const piece of pieces) {
    const data = Buffer.from(piece);
    crc = crc32(data, crc);
    size += data.length;
    if (previous?.piece !== piece) previous = { piece, compressed: deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH }) };
    output.push(previous.compressed);
  }
  output.push(deflateRawSync(Buffer.alloc(0))); // the final, empty block
  const compressed = Buffer.concat(output);
  return { name, compressed, crc, size, declaredSize: size };
}

function zipArchive(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, entry.compressed);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(entry.crc >>> 0, 16);
    header.writeUInt32LE(entry.compressed.length, 20);
    header.writeUInt32LE(entry.declaredSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Toimenpiteet" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const columnName = (index: number) => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/**
 * One sheet row of inline strings. The row and cell references are optional
 * in SpreadsheetML; without them, rows repeat byte for byte and compress
 * without limit.
 */
function sheetRow(rowNumber: number | null, cells: string[]): string {
  const xml = cells.map((text, i) => `<c${rowNumber === null ? '' : ` r="${columnName(i)}${rowNumber}"`} t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`);
  return `<row${rowNumber === null ? '' : ` r="${rowNumber}"`}>${xml.join('')}</row>`;
}

const PIECE_ROWS = 8192;

/** The sheet's XML in pieces of whole rows, so that pieces of identical rows are identical too. */
function* sheetXml(rowCount: number, rowCells: (rowNumber: number) => string[], references: boolean): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  yield sheetRow(references ? 1 : null, rowCells(1));
  let last = { key: '', xml: '' };
  for (let first = 2; first <= rowCount; first += PIECE_ROWS) {
    const rows: string[] = [];
    for (let n = first; n < Math.min(first + PIECE_ROWS, rowCount + 1); n++) {
      const cells = rowCells(n);
      const key = references ? '' : cells.join('\u0000');
      // Without references, equal cells make equal rows: written once, not three million times.
      if (references || key !== last.key) last = { key, xml: sheetRow(references ? n : null, cells) };
      rows.push(last.xml);
    }
    yield rows.join('');
  }
  yield '</sheetData></worksheet>';
}

export interface SheetFile {
  bytes: Buffer;
  /** Bytes of the sheet's XML once unpacked. */
  sheetXmlBytes: number;
}

/**
 * A one-sheet XLSX with `rowCount` rows of `rowCells(n)`. With
 * `declaredSheetSize` the zip's headers claim the sheet is that big
 * (whatever it really is); with `references: false` rows and cells carry no
 * `r` attribute.
 */
export function xlsxWithRows(
  rowCount: number,
  rowCells: (rowNumber: number) => string[],
  options: { declaredSheetSize?: number; references?: boolean } = {},
): SheetFile {
  const sheet = deflatedPieces('xl/worksheets/sheet1.xml', sheetXml(rowCount, rowCells, options.references ?? true));
  if (options.declaredSheetSize !== undefined) sheet.declaredSize = options.declaredSheetSize;
  const bytes = zipArchive([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', ROOT_RELS),
    deflated('xl/workbook.xml', WORKBOOK),
    deflated('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    sheet,
  ]);
  return { bytes, sheetXmlBytes: sheet.size };
}
