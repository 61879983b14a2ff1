import { STATUSES, type Status, type StatusCounts } from '../../../shared/plan';

export interface CountsRow {
  key: string;
  label: string;
  counts: StatusCounts;
}

export interface ChartBar extends CountsRow {
  total: number;
  /** The bar's length as a share of the longest bar (0–1): every bar uses one scale, so sizes compare. */
  length: number;
  /** The statuses present, in report order. */
  segments: Array<{ status: Status; count: number }>;
}

export function totalOf(counts: StatusCounts): number {
  return STATUSES.reduce((sum, status) => sum + counts[status], 0);
}

/** A whole percentage of `total`, 0 when there is nothing. */
export function percent(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 100);
}

/** The stacked bars of the chart, one per row, on a common scale. */
export function chartBars(rows: readonly CountsRow[]): ChartBar[] {
  const longest = Math.max(1, ...rows.map((row) => totalOf(row.counts)));
  return rows.map((row) => {
    const total = totalOf(row.counts);
    return {
      ...row,
      total,
      length: total / longest,
      segments: STATUSES.filter((status) => row.counts[status] > 0).map((status) => ({ status, count: row.counts[status] })),
    };
  });
}
