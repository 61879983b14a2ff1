import type { ReactNode } from 'react';
import './dataTable.css';

export interface DataColumn<Row> {
  /** The column's header; on a phone also the label above each of its cells. */
  header: string;
  cell: (row: Row) => ReactNode;
}

interface Props<Row> {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /**
   * Names the table (and its scrolling region): the id of the heading of the
   * section it stands in, which already says what it lists.
   */
  labelledBy: string;
  /** The first column: a row header that names the row (the person, the version). */
  nameColumn: DataColumn<Row>;
  columns: ReadonlyArray<DataColumn<Row>>;
  /** The last column, of the row's buttons and links; without it the table has none (e.g. for those who may not manage). */
  actions?: DataColumn<Row>;
  /** Said instead of a table without rows. */
  empty?: ReactNode;
  className?: string;
  rowClassName?: (row: Row) => string;
}

/**
 * The app's table of records (users, members, versions): column headers, a
 * row header naming each row, an actions column, an empty state, and a
 * wrapper that scrolls sideways on a narrow screen or stacks the rows into
 * cards on a phone.
 */
export function DataTable<Row>(props: Props<Row>) {
  const { rows, rowKey, labelledBy, nameColumn, columns, actions, empty, rowClassName } = props;
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  const headers = [nameColumn, ...columns, ...(actions ? [actions] : [])];
  return (
    // Scrolls sideways if it must; focusable so that keyboard users can scroll it too.
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {/* Explicit roles: on a phone the rows are stacked with CSS, which would otherwise drop the table semantics. */}
      <table role="table" className={props.className ? `data-table ${props.className}` : 'data-table'} aria-labelledby={labelledBy}>
        <thead role="rowgroup">
          <tr role="row">
            {headers.map((column) => (
              <th key={column.header} role="columnheader" scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr role="row" key={rowKey(row)} className={rowClassName?.(row)}>
              <th role="rowheader" scope="row" className="data-table__name">
                {nameColumn.cell(row)}
              </th>
              {columns.map((column) => (
                <td key={column.header} role="cell" data-label={column.header}>
                  {column.cell(row)}
                </td>
              ))}
              {actions && (
                <td role="cell">
                  <span className="row-actions">{actions.cell(row)}</span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowButtonProps {
  /** What the button says, short: "Muokkaa". */
  children: string;
  /** What a screen reader says, with the row's name: "Muokkaa: Kaisa Nieminen". */
  label: string;
  onClick: () => void;
}

/** A button of a row's actions. */
export function RowButton({ children, label, onClick }: RowButtonProps) {
  return (
    <button type="button" className="button button--small" aria-label={label} onClick={onClick}>
      {children}
    </button>
  );
}
