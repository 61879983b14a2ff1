import type { ResponseInput, ResponseReceipt, ResponseView } from '../../../shared/api/rounds';
import { api } from '../api/http';

export type { ResponseView, ResponseReceipt };

/** Where an answer comes from: the personal link of a mail, or a signed-in respondent's request in the app. */
export type ResponseSource = { kind: 'token'; token: string } | { kind: 'request'; requestId: string };

const pathOf = (source: ResponseSource) =>
  source.kind === 'token' ? `/responses/${encodeURIComponent(source.token)}` : `/requests/${encodeURIComponent(source.requestId)}/response`;

export function loadResponse(source: ResponseSource): Promise<ResponseView> {
  return api<ResponseView>(pathOf(source));
}

export function sendResponse(source: ResponseSource, input: ResponseInput): Promise<ResponseReceipt> {
  return api<ResponseReceipt>(pathOf(source), { method: 'POST', body: input });
}
