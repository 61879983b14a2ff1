import { Router, type Response } from 'express';
import { newRoundSchema, responseSchema, type MeasureFreshness, type PlanProposal, type RoundsAccess, type RoundsReach } from '../../shared/api/rounds';
import { mayRunFollowUp } from '../../shared/roles';
import type { PersonRef } from '../../shared/people';
import { loadRoundScope } from './planScope';
import { authOf } from '../auth/middleware';
import type { DocumentGateway } from '../collab/documentGateway';
import { parseInput } from '../http/errors';
import type { AccessService } from '../plans/access';
import { requireRight, type VisiblePlan } from '../plans/visiblePlan';
import type { PlanRecord } from '../storage/appStore';
import type { MeasureFreshnessService } from './freshness';
import type { ProposalService } from './proposalService';
import { roundsReach } from './reach';
import type { ResponseService } from './responseService';
import { roundCsv } from './roundCsv';
import type { RoundService } from './roundService';

const FOLLOW_UP = 'Only the chair, the secretary or the coordinator runs status rounds';
const EDIT = 'Accepting or rejecting an answer is an edit of the plan: this role may not edit';

export interface RoundRouteDependencies {
  visiblePlan: VisiblePlan;
  access: AccessService;
  documents: DocumentGateway;
  rounds: RoundService;
  responses: ResponseService;
  proposals: ProposalService;
  freshness: MeasureFreshnessService;
}

/** Mounted behind `requireSession`: a plan's rounds for its group, and requests answered by signed-in respondents. */
export function roundRoutes({ visiblePlan, access, documents, rounds, responses, proposals, freshness }: RoundRouteDependencies): Router {
  const router = Router();
  const actorOf = (res: Response): PersonRef => {
    const { user } = authOf(res);
    return { id: user.id, name: user.name };
  };

  /** The chair, secretary, coordinator, the administrator, or the creator of a plan in no group. */
  async function requireFollowUp(plan: PlanRecord, res: Response): Promise<void> {
    const { user } = authOf(res);
    const allowed = plan.groupId ? mayRunFollowUp(await access.roleIn(user, plan.groupId), user.isAdmin) : user.isAdmin || plan.createdBy === user.id;
    requireRight(allowed, FOLLOW_UP);
  }

  /** What this user may do with the plan's rounds, for the page to offer only that. */
  router.get('/plans/:id/rounds-access', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    const mayRun = await requireFollowUp(plan, res).then(
      () => true,
      () => false,
    );
    res.json({ mayRunRounds: mayRun, mayDecide: can.edit } satisfies RoundsAccess);
  });

  router.post('/plans/:id/rounds', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    await requireFollowUp(plan, res);
    const input = parseInput(newRoundSchema, req.body);
    res.status(201).json(await rounds.create(plan, actorOf(res), input));
  });

  router.get('/plans/:id/rounds', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json(await rounds.list(plan.id));
  });

  router.get('/plans/:id/rounds/:roundId', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json(await rounds.describe(await rounds.find(plan.id, req.params.roundId)));
  });

  const revoke = async (req: { params: { id: string; roundId: string; requestId: string } }, res: Response) => {
    const { plan } = await visiblePlan(req.params.id, res);
    await requireFollowUp(plan, res);
    const round = await rounds.find(plan.id, req.params.roundId);
    res.json(await rounds.revoke(plan, round, req.params.requestId, actorOf(res)));
  };
  router.delete('/plans/:id/rounds/:roundId/requests/:requestId', revoke);
  router.post('/plans/:id/rounds/:roundId/requests/:requestId/revoke', revoke);

  router.post('/plans/:id/rounds/:roundId/requests/:requestId/remind', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    await requireFollowUp(plan, res);
    res.json(await rounds.remind(await rounds.find(plan.id, req.params.roundId), req.params.requestId));
  });

  router.get('/plans/:id/rounds/:roundId/proposals', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json(await proposals.list(await rounds.find(plan.id, req.params.roundId)));
  });

  router.post('/plans/:id/rounds/:roundId/proposals/:proposalId/:decision', async (req, res, next) => {
    const { decision } = req.params;
    if (decision !== 'accept' && decision !== 'reject') return next();
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.edit, EDIT);
    const round = await rounds.find(plan.id, req.params.roundId);
    const decide = decision === 'accept' ? proposals.accept.bind(proposals) : proposals.reject.bind(proposals);
    res.json(await decide(round, req.params.proposalId, actorOf(res)));
  });

  // The measure table's view of the cycle, each one request for the whole plan (never one per row).
  router.get('/plans/:id/proposals', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json((await proposals.pendingOfPlan(plan.id)) satisfies PlanProposal[]);
  });

  router.get('/plans/:id/measure-freshness', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json((await freshness.ofPlan(plan.id)) satisfies MeasureFreshness);
  });

  /** Who a round opened now could not reach: shown before opening one and on a round's page. */
  router.get('/plans/:id/rounds-reach', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json(roundsReach(await loadRoundScope(documents, plan.id)) satisfies RoundsReach);
  });

  router.get('/plans/:id/rounds/:roundId/export.csv', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    const round = await rounds.describe(await rounds.find(plan.id, req.params.roundId));
    const scope = await loadRoundScope(documents, plan.id);
    const csv = roundCsv(round, await proposals.list(round), new Map(scope.measures.map((m) => [m.id, m.title])));
    res.type('text/csv; charset=utf-8').attachment(`tilannekysely-${round.deadline.slice(0, 10)}.csv`).send(csv);
  });

  // A respondent with an account answers in the app: the same view and answer as through the link.
  router.get('/requests/:requestId/response', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await responses.view(await responses.byUser(authOf(res).user, req.params.requestId)));
  });

  router.post('/requests/:requestId/response', async (req, res) => {
    const answering = await responses.byUser(authOf(res).user, req.params.requestId);
    res.json(await responses.answer(answering, parseInput(responseSchema, req.body)));
  });

  return router;
}
