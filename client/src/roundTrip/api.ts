import { CSRF_HEADER, CSRF_VALUE } from '../../../shared/api/http';
import type {
  RoundTripApplied,
  RoundTripPreview,
  RoundTripRefusal,
  RoundTripStale,
  RoundTripUndone,
} from '../../../shared/api/tableFileRoundTrip';
import { api, ApiError } from '../api/http';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How far a file is: the share of it sent (null when the browser cannot tell), then `reading` while the server reads it. */
export type SendProgress = { sent: number | null } | 'reading';

/** What the server made of a file: its answer, the rows it refused, or (apply) a newer preview. */
export type FileAnswer<T> = { kind: 'ok'; value: T } | { kind: 'refused'; refusal: RoundTripRefusal } | { kind: 'stale'; stale: RoundTripStale };

/**
 * Posts a file as the raw body, as the server's upload routes take it.
 * XMLHttpRequest rather than fetch, for the upload's progress; a 400 with
 * `problems` and a 409 with `preview` are answers, any other failure an
 * `ApiError` (a failure to reach the server a TypeError, as with fetch).
 */
function sendFile<T>(path: string, file: Blob, onProgress: (progress: SendProgress) => void, signal: AbortSignal): Promise<FileAnswer<T>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    request.setRequestHeader('Content-Type', XLSX_TYPE);
    request.setRequestHeader(CSRF_HEADER, CSRF_VALUE);
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'json';
    request.upload.onprogress = (event) => onProgress({ sent: event.lengthComputable ? event.loaded / event.total : null });
    request.upload.onload = () => onProgress('reading');
    request.onerror = () => reject(new TypeError('The server could not be reached'));
    request.onabort = () => reject(new DOMException('Cancelled', 'AbortError'));
    request.onload = () => {
      const body = request.response as (Partial<RoundTripRefusal & RoundTripStale> & Record<string, unknown>) | null;
      if (request.status >= 200 && request.status < 300) resolve({ kind: 'ok', value: body as T });
      else if (request.status === 400 && Array.isArray(body?.problems)) resolve({ kind: 'refused', refusal: body as RoundTripRefusal });
      else if (request.status === 409 && body?.preview) resolve({ kind: 'stale', stale: body as RoundTripStale });
      else reject(new ApiError(request.status, typeof body?.error === 'string' ? body.error : request.statusText));
    };
    signal.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

export const previewFile = (planId: string, file: Blob, onProgress: (progress: SendProgress) => void, signal: AbortSignal) =>
  sendFile<RoundTripPreview>(`/plans/${encodeURIComponent(planId)}/table-file/preview`, file, onProgress, signal);

/** Sends the same file again: the server applies it only if it would still do what `token`'s preview showed. */
/** `useFile`: the conflicts (`measureId:field`) decided for the file's value. */
export const applyFile = (planId: string, file: Blob, token: string, useFile: readonly string[], onProgress: (progress: SendProgress) => void, signal: AbortSignal) =>
  sendFile<RoundTripApplied>(
    `/plans/${encodeURIComponent(planId)}/table-file/apply?token=${token}${useFile.length > 0 ? `&useFile=${encodeURIComponent(useFile.join(','))}` : ''}`,
    file,
    onProgress,
    signal,
  );

export const undoFileChange = (planId: string, changeId: string) =>
  api<RoundTripUndone>(`/plans/${encodeURIComponent(planId)}/table-file/changes/${encodeURIComponent(changeId)}/undo`, { method: 'POST', body: {} });
