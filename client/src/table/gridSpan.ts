import type { CSSProperties } from 'react';

/*
 * In the wide layout each part of the measure table is a grid whose items are the cells (see
 * table.css), and a grid does not read `rowSpan` and `colSpan`. A spanning cell gets both: the
 * attribute for the table's meaning (screen readers, the narrow layout), the style for its place.
 */

export function spanRows(rows: number): { rowSpan: number; style: CSSProperties } {
  return { rowSpan: rows, style: { gridRowEnd: `span ${rows}` } };
}

export function spanColumns(columns: number): { colSpan: number; style: CSSProperties } {
  return { colSpan: columns, style: { gridColumnEnd: `span ${columns}` } };
}
