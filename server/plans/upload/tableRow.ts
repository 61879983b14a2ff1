/** One row of an uploaded table that holds something, with its row number in the file (as its user sees it). */
export interface TableRow {
  number: number;
  cells: string[];
}
