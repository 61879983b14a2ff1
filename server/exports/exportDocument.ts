/**
 * A plan as a file: the one entry point of the exports. Each format lives in
 * its own folder; this module names them, their MIME types and file
 * extensions. The render threads load it (`renderThread.ts`), the main thread never does.
 */
import type { ExportFormat } from '../../shared/api/exports';
import { exportableStrings } from './common/exportableText';
import { exportFileName } from './common/fileName';
import { renderCsv } from './csv/csv';
import { renderDocx } from './docx/docx';
import { renderHtml } from './html/html';
import { renderMarkdown } from './markdown/markdown';
import { renderPdf } from './pdf/pdf';
import type { ExportInput, RenderedFile } from './types';
import { renderXlsx } from './xlsx/xlsx';

const FORMATS: Readonly<Record<ExportFormat, { contentType: string; render: (input: ExportInput) => Promise<Buffer> | Buffer }>> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderDocx,
  },
  pdf: { contentType: 'application/pdf', render: renderPdf },
  html: { contentType: 'text/html; charset=utf-8', render: renderHtml },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: renderXlsx,
  },
  csv: { contentType: 'text/csv; charset=utf-8', render: renderCsv },
  md: { contentType: 'text/markdown; charset=utf-8', render: renderMarkdown },
};

export async function renderExport(format: ExportFormat, input: ExportInput): Promise<RenderedFile> {
  const { contentType, render } = FORMATS[format];
  // The one gate for user text: every format and the file name see it well-formed and XML-safe.
  const exportable = exportableStrings(input);
  return {
    bytes: await render(exportable),
    contentType,
    fileName: exportFileName(exportable.data.title, exportable.date, format),
  };
}
