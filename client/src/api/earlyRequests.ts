import type { OpenPlan } from '../../../shared/api/plans';
import type { SessionUser } from '../../../shared/api/session';
import type { Route } from '../routing/route';
import { getPlan } from './plans';
import { currentUser } from './session';

/** An early answer older than this is not taken: the page asks the server again. */
const FRESH_MS = 5000;

/**
 * Answers asked for before anyone needs them, each taken once by the one
 * that would have asked: `take` gives the early answer when it is for the
 * same key and fresh, and otherwise (or when it failed) asks anew.
 */
export class EarlyAnswers {
  private readonly sent = new Map<string, { key: string; at: number; answer: Promise<unknown> }>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  send<T>(kind: string, key: string, request: () => Promise<T>): void {
    const answer = request();
    // Taken later or never: a failure is for whoever takes it to handle.
    answer.catch(() => undefined);
    this.sent.set(kind, { key, at: this.now(), answer });
  }

  take<T>(kind: string, key: string, request: () => Promise<T>): Promise<T> {
    const sent = this.sent.get(kind);
    this.sent.delete(kind);
    if (!sent || sent.key !== key || this.now() - sent.at > FRESH_MS) return request();
    // One that failed (asked before the person had signed in, say) is asked again now.
    return (sent.answer as Promise<T>).catch(request);
  }
}

const early = new EarlyAnswers();

/**
 * The first page's requests, sent as the app starts rather than after its
 * translations load and it renders: the session, and on a plan's page the
 * plan beside it instead of after it. Opening a plan then waits for one
 * round trip to the API before its socket, not two in a row.
 */
export function sendEarlyRequests(route: Route): void {
  early.send('session', '', currentUser);
  if (route.page === 'plan') early.send('plan', route.planId, () => getPlan(route.planId));
}

export function takeSession(): Promise<SessionUser | null> {
  return early.take('session', '', currentUser);
}

export function takePlan(planId: string): Promise<OpenPlan> {
  return early.take('plan', planId, () => getPlan(planId));
}
