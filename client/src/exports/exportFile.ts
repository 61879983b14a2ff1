import { ApiError, errorMessage } from '../api/http';
import type { ExportFormat } from '../../../shared/api/exports';

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

/**
 * The file name of `Content-Disposition`: the UTF-8 `filename*` the server
 * sends for names with ä, ö and å, else the plain `filename`, else `fallback`.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed encoding: the plain name below still names the file.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/**
 * Fetches an export as a file in memory, so that the page can show that it is
 * being made (a large plan takes a moment) and say when it is ready. The
 * session cookie authenticates it like any other GET.
 */
export async function fetchExport(
  planId: string,
  format: ExportFormat,
  version: string | null,
  signal: AbortSignal,
  /** Open comment threads as Word comments (DOCX only). */
  withComments = false,
): Promise<ExportedFile> {
  const query = new URLSearchParams({ format, ...(version ? { version } : {}), ...(withComments ? { comments: '1' } : {}) });
  const response = await fetch(`/api/plans/${encodeURIComponent(planId)}/export?${query}`, {
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) throw new ApiError(response.status, await errorMessage(response));
  const blob = await response.blob();
  return { blob, fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), `export.${format}`) };
}
