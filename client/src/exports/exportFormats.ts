/** The files `GET /api/plans/:id/export?format=` makes, in the order the dialog offers them. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'xlsx', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
