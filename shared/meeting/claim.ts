/**
 * How a plan connection says which meeting its user is in: a stateless
 * message on the plan's socket, `{type: 'meetingClaim', meetingId}` (null
 * leaves the meeting). The server checks it (server/meetings/meetingClaims.ts)
 * and answers with `accepted`; only an accepted claim makes the connection's
 * edits of the plan count as the meeting's in the audit trail and its minutes.
 */
import { z } from 'zod';

const meetingId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).nullable();
const claimSchema = z.object({ type: z.literal('meetingClaim'), meetingId }).strict();
const answerSchema = z.object({ type: z.literal('meetingClaim'), meetingId, accepted: z.boolean() }).strict();

export type MeetingClaim = z.infer<typeof claimSchema>;
export type MeetingClaimAnswer = z.infer<typeof answerSchema>;

function parsed<T>(schema: z.ZodType<T>, payload: string): T | null {
  try {
    const result = schema.safeParse(JSON.parse(payload));
    return result.success ? result.data : null;
  } catch {
    // Not JSON: another stateless message, or nonsense.
    return null;
  }
}

/** The claim in a stateless payload; null for anything else. */
export const parseMeetingClaim = (payload: string): MeetingClaim | null => parsed(claimSchema, payload);
export const parseMeetingClaimAnswer = (payload: string): MeetingClaimAnswer | null => parsed(answerSchema, payload);

export const meetingClaimPayload = (claimed: string | null): string => JSON.stringify({ type: 'meetingClaim', meetingId: claimed } satisfies MeetingClaim);
export const meetingClaimAnswerPayload = (answer: Omit<MeetingClaimAnswer, 'type'>): string => JSON.stringify({ type: 'meetingClaim', ...answer } satisfies MeetingClaimAnswer);
