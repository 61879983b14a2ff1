import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: a response link's or a calendar link's secret. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of the token: a stolen data file opens no link. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Tokens of the shape `newLinkToken` makes; anything else is not looked up at all. */
export function isLinkTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
