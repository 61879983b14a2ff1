import type { Language } from '../../shared/languages';
import type { PersonRef } from '../../shared/people';
import type { NoContact, PartyRef, Proposal, Respondent } from '../../shared/api/rounds';

/** A person a request goes to, with the language their mail is worded in. */
export interface Recipient extends Respondent {
  language: Language;
}

/** A status round as stored (collection `rounds`); its requests are records of their own. */
export interface RoundRecord {
  id: string;
  planId: string;
  title: string;
  deadline: string;
  deadlineAt: string;
  linksExpireAt: string;
  applyDirectly: boolean;
  createdAt: string;
  createdBy: PersonRef;
  noContact: NoContact[];
}

/** One lead party's request (collection `requests`). */
export interface RequestRecord {
  id: string;
  roundId: string;
  planId: string;
  party: PartyRef | null;
  recipients: Recipient[];
  fallback: boolean;
  measureIds: string[];
  answeredAt: string | null;
  answeredBy: Respondent | null;
  revokedAt: string | null;
  lastMailedAt: string | null;
  mailsSent: number;
  createdAt: string;
}

/**
 * A response link (collection `responseTokens`), found by the SHA-256 of its
 * token, which is the record's id: the token itself is only in the mail.
 * Each mail carries a token of its own; all of a request's tokens open the
 * same request and are revoked with it.
 */
export interface TokenRecord {
  id: string;
  requestId: string;
  roundId: string;
  planId: string;
  recipient: Recipient;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** An answer to one measure (collection `proposals`). */
export interface ProposalRecord extends Proposal {
  planId: string;
}
