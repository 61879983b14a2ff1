import { meetingClaimPayload, parseMeetingClaimAnswer, type MeetingClaimAnswer } from '../../shared/meeting';
import type { TestClient } from './collabClient';

/** The server's next answers to meeting claims on this plan connection, as they come. */
export function claimAnswers(client: TestClient): MeetingClaimAnswer[] {
  const answers: MeetingClaimAnswer[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    const answer = parseMeetingClaimAnswer(payload);
    if (answer) answers.push(answer);
  });
  return answers;
}

/** Claims (or with null leaves) a meeting on a plan connection, as the meeting page does, and resolves with the server's answer. */
export function claimMeeting(client: TestClient, meetingId: string | null, timeoutMs = 10_000): Promise<MeetingClaimAnswer> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.provider.off('stateless', onStateless);
      reject(new Error(`no answer to the claim of meeting ${meetingId}`));
    }, timeoutMs);
    const onStateless = ({ payload }: { payload: string }) => {
      const answer = parseMeetingClaimAnswer(payload);
      if (!answer || answer.meetingId !== meetingId) return;
      clearTimeout(timer);
      client.provider.off('stateless', onStateless);
      resolve(answer);
    };
    client.provider.on('stateless', onStateless);
    client.provider.sendStateless(meetingClaimPayload(meetingId));
  });
}
