import { UPLOAD_LIMITS } from './limits';
import { unreadable } from './tableFileError';
import type { XmlHandler } from './xmlScanner';

/**
 * Handlers for the workbook's parts other than sheets: relationships (which
 * file is which), the workbook (its sheets in order), the shared strings and
 * the styles (which cells are dates).
 */

export interface Relationship {
  type: string;
  target: string;
}

/** `xl/_rels/workbook.xml.rels` and its kind: targets resolved against the part they belong to. */
export class RelationshipsReader implements XmlHandler {
  readonly byId = new Map<string, Relationship>();

  constructor(private readonly baseFolder: string) {}

  open(name: string, attributes: Record<string, string>): void {
    if (name !== 'Relationship' || !attributes.Id || !attributes.Target || attributes.TargetMode === 'External') return;
    this.byId.set(attributes.Id, { type: attributes.Type ?? '', target: resolvePath(this.baseFolder, attributes.Target) });
  }

  close(): void {}
  text(): void {}

  ofType(suffix: string): Relationship | undefined {
    return [...this.byId.values()].find((relationship) => relationship.type.endsWith(suffix));
  }
}

/** `a/b` + `../c/d.xml` → `a/c/d.xml`; a target starting with `/` is from the package root. */
export function resolvePath(baseFolder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseFolder.split('/').filter(Boolean);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

export class WorkbookReader implements XmlHandler {
  /** The sheets by relationship id and name, in the workbook's order. */
  readonly sheets: Array<{ id: string; name: string }> = [];
  date1904 = false;

  open(name: string, attributes: Record<string, string>): void {
    if (name === 'sheet' && attributes.id) this.sheets.push({ id: attributes.id, name: attributes.name ?? '' });
    if (name === 'workbookPr') this.date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
  }

  close(): void {}
  text(): void {}
}

/** The shared string table: each `<si>`'s text runs joined, phonetic guides (`<rPh>`) left out. */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  private current: string | null = null;
  private capturing = false;
  private phoneticDepth = 0;

  open(name: string): void {
    if (name === 'si') {
      if (this.strings.length >= UPLOAD_LIMITS.sharedStrings) throw unreadable(`The XLSX file has more than ${UPLOAD_LIMITS.sharedStrings} different texts`);
      this.current = '';
    } else if (name === 'rPh') this.phoneticDepth++;
    else if (name === 't') this.capturing = this.current !== null && this.phoneticDepth === 0;
  }

  text(text: string): void {
    if (!this.capturing || this.current === null) return;
    this.current += text;
    if (this.current.length > UPLOAD_LIMITS.cellCharacters) throw unreadable(`A text in the XLSX file has more than ${UPLOAD_LIMITS.cellCharacters} characters`);
  }

  close(name: string): void {
    if (name === 't') this.capturing = false;
    else if (name === 'rPh') this.phoneticDepth--;
    else if (name === 'si' && this.current !== null) {
      this.strings.push(this.current);
      this.current = null;
    }
  }
}

/** Excel's built-in number formats that show a date (ids 14–22, 45–47 and their East Asian variants). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format shows a date if it has day or year codes outside quoted text and [colour] brackets. */
const isDateFormat = (code: string) => /[dy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** The indexes of the cell styles (`<cellXfs>`) whose number format is a date. */
export class StylesReader implements XmlHandler {
  private readonly customDateFormats = new Set<number>();
  private readonly cellFormats: number[] = [];
  private inCellFormats = false;

  open(name: string, attributes: Record<string, string>): void {
    if (name === 'numFmt' && isDateFormat(attributes.formatCode ?? '')) this.customDateFormats.add(Number(attributes.numFmtId));
    else if (name === 'cellXfs') this.inCellFormats = true;
    else if (name === 'xf' && this.inCellFormats) this.cellFormats.push(Number(attributes.numFmtId ?? 0));
  }

  close(name: string): void {
    if (name === 'cellXfs') this.inCellFormats = false;
  }

  text(): void {}

  dateStyles(): Set<number> {
    const styles = new Set<number>();
    this.cellFormats.forEach((format, index) => {
      if (BUILT_IN_DATE_FORMATS.has(format) || this.customDateFormats.has(format)) styles.add(index);
    });
    return styles;
  }
}
