/** The web app's pages that mails and notifications link to (after `PUBLIC_URL`). */

/** The respondent's form for a token (the contract allows any path given in the mail). */
export const responsePath = (token: string) => `/respond/${token}`;

/** Where a respondent with an account answers a request in the app. */
export const requestPagePath = (requestId: string) => `/requests/${encodeURIComponent(requestId)}`;

/** A round's page for the coordinator. */
export const roundPagePath = (planId: string, roundId: string) => `/plans/${encodeURIComponent(planId)}/rounds/${encodeURIComponent(roundId)}`;

export const planPagePath = (planId: string) => `/plans/${encodeURIComponent(planId)}`;
