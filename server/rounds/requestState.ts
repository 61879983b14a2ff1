import type { RequestState } from '../../shared/api/rounds';
import type { RequestRecord, RoundRecord } from './records';

/** Answered once answered (also late); unanswered, pending until the deadline and overdue after it. */
export function requestState(round: RoundRecord, request: Pick<RequestRecord, 'answeredAt'>, now: Date): RequestState {
  if (request.answeredAt) return 'answered';
  return now > new Date(round.deadlineAt) ? 'overdue' : 'pending';
}
