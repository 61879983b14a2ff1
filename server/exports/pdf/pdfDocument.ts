/**
 * A tagged PDF document (PDFKit) and the two things every part of the export
 * draws through: the structure tree (`StructNode`, `child`) and `Marks`, which
 * puts each piece of drawn text into the marked content of its structure
 * element, or draws page furniture as an artifact that readers skip.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
/** The Roboto that pdfmake ships (and the export has always embedded): ä, ö and å print on any machine. */
const FONT_DIR = path.dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));

export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FONT_FILES: Record<FontKey, string> = {
  regular: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italic: 'Roboto-Italic.ttf',
  boldItalic: 'Roboto-MediumItalic.ttf',
};

export interface DocumentMeta {
  title: string;
  author?: string;
  subject?: string;
  creationDate: Date;
}

export function createTaggedDocument(meta: DocumentMeta): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    tagged: true,
    lang: 'fi-FI',
    displayTitle: true,
    pdfVersion: '1.7',
    // Pages are added by the layout, each with its orientation; the footers need the page count, so pages stay buffered.
    autoFirstPage: false,
    bufferPages: true,
    size: 'A4',
    margin: 0,
    // PDFKit reads every entry given (an undefined Author throws): only the known ones.
    info: Object.fromEntries(
      Object.entries({
        Title: meta.title,
        Author: meta.author,
        Subject: meta.subject,
        Creator: 'Hyte-työtila',
        Producer: 'Hyte-työtila (PDFKit)',
        CreationDate: meta.creationDate,
      }).filter(([, value]) => value !== undefined && value !== ''),
    ),
  });
  // Registered by name only (not also as the default font by its path): PDFKit would then see the same font under two keys and read the file again on every switch to it.
  for (const [key, file] of Object.entries(FONT_FILES)) doc.registerFont(key, path.join(FONT_DIR, file));
  return doc;
}

/** The finished file's bytes. */
export function documentBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** A structure element with its type, which its marked content is tagged with. */
export interface StructNode {
  el: PDFKit.PDFStructureElement;
  type: string;
}

export interface ChildOptions {
  alt?: string;
  lang?: string;
  /** Table header cells: whose header they are. */
  scope?: 'Column' | 'Row' | 'Both';
  rowSpan?: number;
  colSpan?: number;
}

/** The root of the document's structure tree. */
export function documentRoot(doc: PDFKit.PDFDocument): StructNode {
  const el = doc.struct('Document');
  doc.addStructure(el);
  return { el, type: 'Document' };
}

export function child(doc: PDFKit.PDFDocument, parent: StructNode, type: string, options: ChildOptions = {}): StructNode {
  const { scope, rowSpan, colSpan, ...rest } = options;
  const el = doc.struct(type, rest);
  if (scope || (rowSpan ?? 1) > 1 || (colSpan ?? 1) > 1) {
    // PDFKit writes Scope only; the spans belong in the same Table attribute dictionary.
    const data = (el as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
    data.A = {
      O: 'Table',
      ...(scope ? { Scope: scope } : {}),
      ...((rowSpan ?? 1) > 1 ? { RowSpan: rowSpan } : {}),
      ...((colSpan ?? 1) > 1 ? { ColSpan: colSpan } : {}),
    };
  }
  parent.el.add(el);
  return { el, type };
}

/**
 * The open marked-content sequence. Drawing switches it to the element the
 * text belongs to (a paragraph, then its link, then the paragraph again), and
 * closes it before a page ends, so no sequence spans pages.
 */
export class Marks {
  private open?: { node: StructNode; content: PDFKit.PDFStructureContent };

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  into(node: StructNode): void {
    if (this.open?.node === node) return;
    this.close();
    this.open = { node, content: this.doc.markStructureContent(node.type) };
  }

  close(): void {
    if (!this.open) return;
    this.doc.endMarkedContent();
    this.open.node.el.add(this.open.content);
    this.open = undefined;
  }

  /** Drawing that is not content: rules, cell fills and borders, repeated headers, page numbers. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    this.close();
    this.doc.markContent('Artifact', type ? { type } : undefined);
    draw();
    this.doc.endMarkedContent();
  }
}
