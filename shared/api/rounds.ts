/** Status rounds (tilannekysely): `/api/plans/:id/rounds…` and the respondent's `/api/responses/:token`. */
import { z } from 'zod';
import { STATUSES, type Status } from '../plan/status';
import type { Language } from '../languages';

const id = z.string().min(1).max(100);

/** A day (`2026-03-31`: the end of that day in Finland) or an exact time with its offset. */
export const deadlineSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'deadline must be a date (YYYY-MM-DD) or an ISO 8601 time',
});

/** `POST /api/plans/:id/rounds`. */
export const newRoundSchema = z.object({
  title: z.string().trim().min(1, 'title must not be empty').max(300),
  deadline: deadlineSchema,
  /** A selection of measures; all of the plan's measures when left out. */
  measureIds: z.array(id).min(1).max(5000).optional(),
  /** Answers are written into the plan at once instead of waiting as proposals. */
  applyDirectly: z.boolean().default(false),
});
export type NewRound = z.infer<typeof newRoundSchema>;

export const STATUS_NOTE_MAX = 5000;

/** `POST /api/responses/:token`: one answer per measure, at least one. */
export const responseSchema = z.object({
  answers: z
    .array(
      z.object({
        measureId: id,
        status: z.enum(STATUSES, { error: `status must be one of ${STATUSES.join(', ')}` }),
        statusNote: z.string().max(STATUS_NOTE_MAX).default(''),
        /** Figures of the measure's local indicators, one per indicator and year. */
        indicatorValues: z
          .array(z.object({ indicatorId: id, year: z.number().int().min(1900).max(2100), value: z.number().finite() }))
          .max(100)
          .default([])
          .refine((values) => new Set(values.map((v) => `${v.indicatorId}|${v.year}`)).size === values.length, 'one figure per indicator and year'),
      }),
    )
    .min(1, 'answers must not be empty')
    .max(5000)
    .refine((answers) => new Set(answers.map((a) => a.measureId)).size === answers.length, 'each measure may be answered once'),
});
export type ResponseInput = z.infer<typeof responseSchema>;

/** `pending` until answered; `overdue` once the deadline has passed unanswered. */
export type RequestState = 'pending' | 'answered' | 'overdue';

export interface PartyRef {
  id: string;
  name: string;
}

export interface Respondent {
  name: string | null;
  email: string;
}

/** One request of a round: the measures one lead party answers for, sent to its contacts. */
export interface RoundRequest {
  id: string;
  /** Null for the measures that name no responsible party at all. */
  party: PartyRef | null;
  /** The e-mail addresses the request went to. */
  contacts: string[];
  recipients: Respondent[];
  /** The party had no contact person: the request went to the group's coordinators instead. */
  fallback: boolean;
  measureIds: string[];
  state: RequestState;
  answeredAt: string | null;
  answeredBy: Respondent | null;
  /** Revoked: its links no longer work and no reminder goes. */
  revokedAt: string | null;
  lastMailedAt: string | null;
  mailsSent: number;
}

/** Measures whose lead party has no contact person (or that name no party). */
export interface NoContact {
  party: PartyRef | null;
  measureIds: string[];
  /** Who got the request instead (coordinators, else the round's creator). */
  fallbackTo: string[];
}

export interface RoundProgress {
  answered: number;
  pending: number;
  overdue: number;
  revoked: number;
}

/** `POST` (201) and `GET /api/plans/:id/rounds/:roundId`; the list has the same items. */
export interface Round {
  id: string;
  planId: string;
  title: string;
  /** As given: a day or a time. */
  deadline: string;
  /** The exact moment the deadline passes. */
  deadlineAt: string;
  /** Response links work until then (the deadline and a grace period). */
  linksExpireAt: string;
  applyDirectly: boolean;
  createdAt: string;
  createdBy: { id: string; name: string };
  requests: RoundRequest[];
  noContact: NoContact[];
  progress: RoundProgress;
  pendingProposals: number;
}

/** A local indicator's figure for a year, as a respondent gives it. */
export interface IndicatorValue {
  indicatorId: string;
  year: number;
  value: number;
}

export type ProposalState = 'pending' | 'accepted' | 'rejected' | 'applied' | 'replaced';

/** `GET /api/plans/:id/rounds/:roundId/proposals`: an answer waiting for an editor (or decided). */
export interface Proposal {
  id: string;
  roundId: string;
  requestId: string;
  measureId: string;
  status: Status;
  statusNote: string;
  /** Figures of the measure's local indicators given with the answer (written into the plan with it). */
  indicatorValues: IndicatorValue[];
  by: Respondent;
  at: string;
  /** `applied`: written at once (a round with applyDirectly); `replaced`: the respondent answered again. */
  state: ProposalState;
  decidedAt: string | null;
  decidedBy: { id: string; name: string } | null;
}

/** A local indicator (mittari) that follows a measure, with its figures so far. */
export interface ResponseIndicator {
  id: string;
  title: string;
  unit: string;
  points: Array<{ year: number; value: number }>;
}

/** A measure as the respondent sees it. */
export interface ResponseMeasure {
  id: string;
  title: string;
  status: Status;
  statusNote: string;
  /** The plan's local indicators that follow the measure (none when the plan has no indicators). */
  indicators: ResponseIndicator[];
}

/** `GET /api/responses/:token`: only what the respondent needs to answer. */
export interface ResponseView {
  plan: { title: string };
  round: { title: string; deadline: string; deadlineAt: string };
  party: { name: string } | null;
  respondent: Respondent;
  /** The recipient's language (a user's own choice, else Finnish). */
  language: Language;
  /** When this request was last answered; the measures then show that answer. */
  answeredAt: string | null;
  linksExpireAt: string;
  measures: ResponseMeasure[];
}

/** `POST /api/responses/:token` → 200. */
export interface ResponseReceipt {
  received: number;
  /** `proposals`: they wait for an editor; `applied`: written into the plan. */
  outcome: 'proposals' | 'applied';
  /** Pending proposals of an earlier answer that this one replaced. */
  replaced: number;
}

/** `GET /api/plans/:id/rounds-access`: what the signed-in user may do with the plan's rounds. */
export interface RoundsAccess {
  /** Open rounds, remind, revoke (chair, secretary, coordinator). */
  mayRunRounds: boolean;
  /** Accept or reject answers: an edit of the plan. */
  mayDecide: boolean;
}

export const ROUNDS_SIGNAL = 'hyte:rounds';

/**
 * What the server tells a plan's open sockets (a Hocuspocus stateless
 * message on `plan:<id>`) when its rounds change: a round opened, an answer
 * came in, one was accepted or rejected. It carries no content, only what
 * changed and which measures it concerns; the tables fetch again through
 * REST, with the reader's rights checked there.
 */
export interface RoundsSignal {
  type: typeof ROUNDS_SIGNAL;
  /** The pending proposals changed. */
  proposalsChanged: boolean;
  /** A round opened: the current round, against which statuses count as old, changed. */
  roundOpened: boolean;
  /** Measures whose status was confirmed or written now (an accepted or directly applied answer), with when. */
  updated: { measureIds: string[]; at: string } | null;
}

/** `GET /api/plans/:id/proposals`: the pending proposals of all the plan's rounds (the measure table's markers), newest first. */
export interface PlanProposal extends Proposal {
  roundTitle: string;
}

/** The newest round of a plan, against which a measure's status counts as not yet updated. */
export interface FreshnessRound {
  id: string;
  title: string;
  openedAt: string;
  /** The measures the round asked about. */
  measureIds: string[];
}

/** `GET /api/plans/:id/measure-freshness`: when each measure's status was last updated. */
export interface MeasureFreshness {
  /**
   * The last change of a measure's status or status note (or its creation),
   * or an answer accepted or applied for it even when it kept the status;
   * measures with none recorded are missing.
   */
  statusUpdatedAt: Record<string, string>;
  /** The plan's newest round opened within the last year, if any. */
  currentRound: FreshnessRound | null;
}

/** `GET /api/plans/:id/rounds-reach`: whom a round opened now could not reach directly. */
export interface RoundsReach {
  /** Lead parties of measures that have no contact person: their requests would go to the coordinators. */
  partiesWithoutContact: Array<{ party: PartyRef; measureIds: string[] }>;
  /** Measures that name no responsible party at all. */
  measuresWithoutParty: string[];
}
