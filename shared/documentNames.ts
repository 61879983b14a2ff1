/**
 * Names of the collaborative documents, as the contract gives them:
 * `plan:<planId>` for a plan, `plan:<planId>:discussion` for its comments,
 * `meeting:<meetingId>` for a meeting of a steering group (shared/meeting).
 */
const PLAN_ID = /^[A-Za-z0-9_-]{1,64}$/;
const DOCUMENT_NAME = /^plan:([A-Za-z0-9_-]{1,64})(:discussion)?$/;

/** `meeting` documents are named by their meeting, which the server resolves to its plan (server/collab/authExtension.ts). */
export type DocumentKind = 'plan' | 'discussion' | 'meeting';

export function isPlanId(id: string): boolean {
  return PLAN_ID.test(id);
}

export function planDocumentName(planId: string): string {
  return `plan:${planId}`;
}

export function discussionDocumentName(planId: string): string {
  return `plan:${planId}:discussion`;
}

export function meetingDocumentName(meetingId: string): string {
  return `meeting:${meetingId}`;
}

const MEETING_DOCUMENT_NAME = /^meeting:([A-Za-z0-9_-]{1,64})$/;

/** The meeting id of `meeting:<id>`; `null` for any other name. */
export function parseMeetingDocumentName(name: string): string | null {
  return MEETING_DOCUMENT_NAME.exec(name)?.[1] ?? null;
}

/** `null` for any name that is not one of ours; never throws. */
export function parseDocumentName(name: string): { planId: string; kind: DocumentKind } | null {
  const match = DOCUMENT_NAME.exec(name);
  if (!match?.[1]) return null;
  return { planId: match[1], kind: match[2] ? 'discussion' : 'plan' };
}
