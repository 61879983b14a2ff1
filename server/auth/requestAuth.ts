import { parse as parseCookie } from 'cookie';

export const SESSION_COOKIE = 'hyte_session';

/** The token of a request: a bearer header (scripts, sockets) or the session cookie (browsers). */
export function tokenFromHeaders(headers: {
  authorization?: string | null;
  cookie?: string | null;
}): { token: string; via: 'bearer' | 'cookie' } | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (bearer?.[1]) return { token: bearer[1], via: 'bearer' };
  const cookie = headers.cookie ? parseCookie(headers.cookie)[SESSION_COOKIE] : undefined;
  return cookie ? { token: cookie, via: 'cookie' } : null;
}
