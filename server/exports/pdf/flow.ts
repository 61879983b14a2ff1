/**
 * Where the next thing goes: the text area of the current page and the
 * cursor in it. Pages are portrait for the text and landscape for the
 * measure table; a new page closes the open marked content first, so every
 * sequence ends on the page it began on.
 */
import { A4_HEIGHT, A4_WIDTH, LANDSCAPE_MARGIN, MARGIN } from './styles';
import type { Marks } from './pdfDocument';
import type { Typesetter } from './lines';

export type Orientation = 'portrait' | 'landscape';

export class PageFlow {
  y = 0;
  private orientation: Orientation = 'portrait';

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly marks: Marks,
    readonly set: Typesetter,
  ) {}

  private get margin(): number {
    return this.orientation === 'portrait' ? MARGIN : LANDSCAPE_MARGIN;
  }

  get left(): number {
    return this.margin;
  }

  get width(): number {
    return (this.orientation === 'portrait' ? A4_WIDTH : A4_HEIGHT) - 2 * this.margin;
  }

  get top(): number {
    return this.margin;
  }

  get bottom(): number {
    return (this.orientation === 'portrait' ? A4_HEIGHT : A4_WIDTH) - this.margin;
  }

  /** At the top of a page, nothing drawn on it yet. */
  get atTop(): boolean {
    return this.y <= this.top;
  }

  newPage(orientation: Orientation = this.orientation): void {
    this.marks.close();
    this.orientation = orientation;
    this.doc.addPage({ size: 'A4', layout: orientation, margin: 0 });
    this.y = this.top;
  }

  /** A new page unless `height` still fits on this one (or this page is empty, where nothing fits better). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.atTop) this.newPage();
  }
}
