import type { MeasureFreshness, NewRound, PlanProposal, Proposal, Round, RoundsAccess, RoundsReach } from '../../../shared/api/rounds';
import type { PlanData } from '../../../shared/plan/types';
import { api } from '../api/http';

export type { MeasureFreshness, PlanProposal, Proposal, Round, RoundsAccess, RoundsReach };

const roundsPath = (planId: string) => `/plans/${encodeURIComponent(planId)}/rounds`;
const roundPath = (planId: string, roundId: string) => `${roundsPath(planId)}/${encodeURIComponent(roundId)}`;

export const listRounds = (planId: string) => api<Round[]>(roundsPath(planId));
export const getRound = (planId: string, roundId: string) => api<Round>(roundPath(planId, roundId));
export const roundsAccess = (planId: string) => api<RoundsAccess>(`/plans/${encodeURIComponent(planId)}/rounds-access`);
export const createRound = (planId: string, input: Partial<NewRound> & Pick<NewRound, 'title' | 'deadline'>) =>
  api<Round>(roundsPath(planId), { method: 'POST', body: input });
export const listProposals = (planId: string, roundId: string) => api<Proposal[]>(`${roundPath(planId, roundId)}/proposals`);

export const remindRequest = (planId: string, roundId: string, requestId: string) =>
  api<Round>(`${roundPath(planId, roundId)}/requests/${encodeURIComponent(requestId)}/remind`, { method: 'POST' });
export const revokeRequest = (planId: string, roundId: string, requestId: string) =>
  api<Round>(`${roundPath(planId, roundId)}/requests/${encodeURIComponent(requestId)}`, { method: 'DELETE' });
export const decideProposal = (planId: string, roundId: string, proposalId: string, decision: 'accept' | 'reject') =>
  api<Proposal>(`${roundPath(planId, roundId)}/proposals/${encodeURIComponent(proposalId)}/${decision}`, { method: 'POST' });

const planPath = (planId: string) => `/plans/${encodeURIComponent(planId)}`;
/** The pending proposals of all the plan's rounds: one request for the whole measure table. */
export const listPlanProposals = (planId: string) => api<PlanProposal[]>(`${planPath(planId)}/proposals`);
export const getMeasureFreshness = (planId: string) => api<MeasureFreshness>(`${planPath(planId)}/measure-freshness`);
export const getRoundsReach = (planId: string) => api<RoundsReach>(`${planPath(planId)}/rounds-reach`);

/** The CSV of a round's answers: an ordinary link, the browser downloads it with the session cookie. */
export const roundCsvHref = (planId: string, roundId: string) => `/api${roundPath(planId, roundId)}/export.csv`;

/** The plan's measure titles by id, for naming the measures of requests and answers. */
export async function measureTitles(planId: string): Promise<Map<string, string>> {
  const data = await api<PlanData>(`/plans/${encodeURIComponent(planId)}/data`);
  return new Map(data.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.measures.map((m) => [m.id, m.title] as const))));
}
