/** The table's data columns, in order; an actions column follows them. */
export const COLUMNS = ['goal', 'measure', 'responsible', 'targetGroup', 'projects', 'indicator', 'schedule', 'status'] as const;

/**
 * The columns' widths, as the first row of each part of the table. Each
 * part (the header and every focus area) is laid out as a table of its own
 * (see table.css), so that a change in one focus area lays out and paints
 * only that focus area, and those out of view not at all; this row gives all
 * of them the same columns. It is no row of the table for assistive technology.
 */
export function ColumnSizes() {
  return (
    <tr className="mt-columns" aria-hidden="true">
      {[...COLUMNS, 'actions'].map((column) => (
        <td key={column} className={`mt-col--${column}`} />
      ))}
    </tr>
  );
}
