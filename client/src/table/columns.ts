/** The table's data columns, in order; an actions column follows them. Their widths are in table.css. */
export const COLUMNS = ['goal', 'measure', 'responsible', 'targetGroup', 'projects', 'indicator', 'schedule', 'status'] as const;
