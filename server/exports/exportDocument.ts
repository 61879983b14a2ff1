/**
 * A plan as a file: the one entry point of the exports. Each format lives in
 * its own module; this one names them, their MIME types and file extensions.
 */
import type { ExportFormat } from '../../shared/api/exports';
import type { PlanData } from '../../shared/plan';
import { renderDocx } from './docx';
import { exportableStrings } from './exportableText';
import { exportFileName } from './fileName';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';
import { renderCsv, renderXlsx } from './spreadsheet';

export interface ExportInput {
  /** With `body` (the plan text as Tiptap JSON) for the formats that print the text. */
  data: PlanData;
  /** `Porvoo`: the plan's `meta.municipality`, when known. */
  municipality?: string;
  /** `Kaupunginvaltuustolle 12.6.2026`, when a named version is exported. */
  versionLabel?: string;
  /** The date the content is from: now for the live plan, the version's creation time for a version. */
  date: Date;
  /** Open comment threads, printed as Word comments (DOCX only, when asked for). */
  comments?: ExportThread[];
}

/** An open comment thread as the exports print it: plain data, so that it crosses to the render thread. */
export interface ExportThread {
  /** The measure it is about, or null for a passage of the text. */
  measureId: string | null;
  /** A text thread's words: as the passage reads now, else as quoted when it was opened; '' for a measure's. */
  passage: string;
  /** What it is about in words ("Toimenpide: …", "Kohta tekstissä: ”…”"), shown when its place is gone. */
  context: string;
  /** Oldest first; deleted messages are left out. */
  messages: Array<{ author: string; text: string; createdAt: string }>;
}

export interface ExportFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

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

export async function renderExport(format: ExportFormat, input: ExportInput): Promise<ExportFile> {
  const { contentType, render } = FORMATS[format];
  // The one gate for user text: every format and the file name see it well-formed and XML-safe.
  const exportable = exportableStrings(input);
  return {
    bytes: await render(exportable),
    contentType,
    fileName: exportFileName(exportable.data.title, exportable.date, format),
  };
}
