/**
 * Tables drawn and tagged: Table, TR, and TH (with its scope) or TD per cell,
 * row and column spans in the cells' attributes. A row stays on one page
 * unless it is taller than a page; a merged cell runs on over the page break
 * (its words repeated at the top of the next page as an artifact, for the
 * eye only); the header rows are repeated on every page, tagged once on the
 * first and an artifact after it, so a screen reader reads them once.
 */
import { child, type StructNode } from './pdfDocument';
import type { PageFlow } from './flow';
import { linesHeight, linkNodes, type Line, type Run } from './lines';
import { CELL_PADDING, GRID, GRID_WIDTH, MUTED } from './styles';

export interface CellSpec {
  paragraphs: Run[][];
  /** A header cell (TH) and what it heads; else a data cell (TD). */
  scope?: 'Column' | 'Row';
  rowspan?: number;
  colspan?: number;
  fill?: string;
  /** Space between the cell's paragraphs. */
  paragraphGap?: number;
  /** Repeated (as an artifact) where the cell runs on over a page break. */
  repeatOnNewPage?: boolean;
}

export interface TableSpec {
  /** The table's left edge: the text column's (indented in a list), else the page's. */
  left?: number;
  widths: number[];
  /** Repeated on every page; no spans. */
  header: CellSpec[][];
  /** Each row holds the cells that begin in it, left to right; positions covered by a span above are skipped. */
  body: CellSpec[][];
}

interface PlacedCell {
  spec: CellSpec;
  row: number;
  lastRow: number;
  x: number;
  width: number;
  lines: Line[];
  /** Lines already drawn. */
  drawn: number;
  node?: StructNode;
}

function placeCells(flow: PageFlow, spec: TableSpec, rows: CellSpec[][]): PlacedCell[] {
  const columnX = spec.widths.reduce<number[]>((xs, w) => [...xs, xs.at(-1)! + w], [spec.left ?? flow.left]);
  const taken = new Set<string>();
  const cells: PlacedCell[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const cellSpec of row) {
      while (taken.has(`${r}:${c}`)) c++;
      if (c >= spec.widths.length) break;
      const rowspan = Math.max(1, Math.min(cellSpec.rowspan ?? 1, rows.length - r));
      const colspan = Math.max(1, Math.min(cellSpec.colspan ?? 1, spec.widths.length - c));
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) taken.add(`${r + dr}:${c + dc}`);
      const x = columnX[c]!;
      const width = columnX[c + colspan]! - x;
      const lines = cellSpec.paragraphs.flatMap((runs, p) =>
        flow.set
          .wrap(runs, width - 2 * CELL_PADDING.x)
          .map((line, i) => ({ ...line, spaceBefore: p > 0 && i === 0 ? (cellSpec.paragraphGap ?? 3) : 0 })),
      );
      cells.push({ spec: { ...cellSpec, rowspan, colspan }, row: r, lastRow: r + rowspan - 1, x, width, lines, drawn: 0 });
      c += colspan;
    }
  });
  return cells;
}

/** Row heights: each row as tall as its tallest unmerged cell; a merged cell that needs more gets it on its last row. */
function rowHeights(cells: PlacedCell[], count: number): number[] {
  const heights = Array.from({ length: count }, () => 0);
  const need = (cell: PlacedCell) => linesHeight(cell.lines) + 2 * CELL_PADDING.y;
  for (const cell of cells) if (cell.row === cell.lastRow) heights[cell.row] = Math.max(heights[cell.row]!, need(cell));
  for (const cell of cells) {
    if (cell.row === cell.lastRow) continue;
    let sum = 0;
    for (let r = cell.row; r <= cell.lastRow; r++) sum += heights[r]!;
    if (need(cell) > sum) heights[cell.lastRow]! += need(cell) - sum;
  }
  return heights.map((height) => Math.max(height, 12));
}

interface Segment {
  row: number;
  top: number;
  height: number;
}

export function drawTable(flow: PageFlow, parent: StructNode, spec: TableSpec): void {
  const { doc, marks } = flow;
  const table = child(doc, parent, 'Table');
  const header = placeCells(flow, spec, spec.header);
  const headerHeights = rowHeights(header, spec.header.length);
  const headerHeight = headerHeights.reduce((a, b) => a + b, 0);
  const cells = placeCells(flow, spec, spec.body);
  const heights = rowHeights(cells, spec.body.length);
  const rowNodes: StructNode[] = [];

  const drawHeader = (tagged: boolean) => {
    let top = flow.y;
    const segments = headerHeights.map((height, row) => ({ row, height, top: (top += height) - height }));
    const headerRows: StructNode[] = [];
    const fresh = header.map((cell) => ({ ...cell, drawn: 0, node: undefined }));
    drawSegments(flow, fresh, segments, tagged ? (row) => (headerRows[row] ??= child(doc, table, 'TR')) : undefined);
    flow.y += headerHeight;
  };

  flow.ensure(headerHeight + (heights[0] ?? 0));
  if (header.length > 0) drawHeader(true);
  let row = 0;
  let rest = heights[0] ?? 0;
  while (row < heights.length) {
    const segments: Segment[] = [];
    let y = flow.y;
    while (row < heights.length) {
      if (y + rest <= flow.bottom + 0.01) {
        segments.push({ row, top: y, height: rest });
        y += rest;
        rest = heights[++row] ?? 0;
      } else if (segments.length === 0) {
        // A row taller than a whole page: what fits here, the rest on the next page.
        const part = Math.max(0, flow.bottom - y);
        segments.push({ row, top: y, height: part });
        rest -= part;
        y = flow.bottom;
        break;
      } else break;
    }
    drawSegments(flow, cells, segments, (r) => (rowNodes[r] ??= child(doc, table, 'TR')));
    flow.y = y;
    if (row < heights.length) {
      flow.newPage();
      if (header.length > 0) marks.artifact(() => drawHeader(false), 'Pagination');
    }
  }
  marks.close();
  table.el.end();
}

/**
 * One page's part of a table: the fills and the grid first (artifacts), then
 * each cell's lines that fit in its part, row by row. Without `rowNode` the
 * whole part is drawn untagged (inside an artifact the caller has opened).
 */
function drawSegments(flow: PageFlow, cells: PlacedCell[], segments: Segment[], rowNode?: (row: number) => StructNode): void {
  const { doc, marks, set } = flow;
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) return;
  const parts = cells
    .filter((cell) => cell.row <= last.row && cell.lastRow >= first.row)
    .map((cell) => {
      const top = segments.find((segment) => segment.row >= cell.row)!.top;
      const end = segments.findLast((segment) => segment.row <= cell.lastRow)!;
      return { cell, top, bottom: end.top + end.height, continued: cell.row < first.row || cell.drawn > 0 };
    });

  const drawGrid = () => {
    for (const { cell, top, bottom } of parts) {
      if (cell.spec.fill) doc.rect(cell.x, top, cell.width, bottom - top).fill(cell.spec.fill);
    }
    doc.lineWidth(GRID_WIDTH).strokeColor(GRID);
    for (const { cell, top, bottom } of parts) doc.rect(cell.x, top, cell.width, bottom - top).stroke();
  };
  if (rowNode) marks.artifact(drawGrid, 'Layout');
  else drawGrid();

  for (const part of parts) {
    const { cell } = part;
    const room = part.bottom - CELL_PADDING.y;
    const start = part.top + CELL_PADDING.y;
    if (part.continued && cell.drawn >= cell.lines.length) {
      // Already read on an earlier page: its words again for the eye, not for the reader.
      if (cell.spec.repeatOnNewPage && rowNode) marks.artifact(() => drawRepeat(flow, cell, start, room), 'Pagination');
      continue;
    }
    if (rowNode) {
      cell.node ??= child(doc, rowNode(cell.row), cell.spec.scope ? 'TH' : 'TD', {
        scope: cell.spec.scope,
        rowSpan: cell.spec.rowspan,
        colSpan: cell.spec.colspan,
      });
    }
    const node = cell.node;
    const links = node ? linkNodes((href) => child(doc, node, 'Link', { alt: href })) : undefined;
    let y = start;
    while (cell.drawn < cell.lines.length) {
      const line = cell.lines[cell.drawn]!;
      const space = y === start ? 0 : line.spaceBefore;
      if (y + space + line.height > room + 0.01 && y > start) break;
      y += space;
      if (node && links) set.drawLine(line, cell.x + CELL_PADDING.x, y, marks, node, links);
      else set.drawPlainLine(line, cell.x + CELL_PADDING.x, y);
      y += line.height;
      cell.drawn++;
    }
    marks.close();
  }
}

function drawRepeat(flow: PageFlow, cell: PlacedCell, top: number, room: number): void {
  let y = top;
  for (const line of cell.lines) {
    if (y + line.height > room) break;
    flow.set.drawPlainLine(line, cell.x + CELL_PADDING.x, y, MUTED);
    y += line.height;
  }
}
