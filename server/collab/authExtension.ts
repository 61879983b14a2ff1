import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { parseDocumentName, parseMeetingDocumentName, type DocumentKind } from '../../shared/documentNames';
import type { Capabilities } from '../../shared/roles';
import { tokenFromHeaders } from '../auth/requestAuth';
import type { SessionUser } from '../../shared/api/session';
import { publicUser, type SessionService } from '../auth/sessionService';
import type { PlanRepository } from '../storage/appStore';
import type { MeetingRepository } from '../storage/meetingRepository';
import type { AccessService } from '../plans/access';
import type { SocketContext } from './collabServer';

/** What every connection carries after authentication (Hocuspocus' `context`). */
export interface ConnectionContext {
  user: SessionUser;
  sessionId: string;
  /** The plan whose roles apply and the kind of document (a meeting's plan is looked up here, once). */
  target?: { planId: string; kind: DocumentKind };
  /**
   * On a plan connection: the open meeting of the plan its user is in, set
   * only by the server once it has checked the client's claim
   * (server/meetings/meetingClaims.ts); the table audit records it.
   */
  meetingId?: string;
}

/**
 * Lets a connection in only with a valid session and a role in the plan's
 * group; connections that may not write are read-only, so Hocuspocus
 * neither applies nor stores nor forwards their updates. Browsers
 * authenticate with their session cookie (their token is not readable by
 * scripts), scripts with the bearer token from `POST /api/session`.
 */
export class AuthExtension implements Extension {
  readonly extensionName = 'auth';

  constructor(
    private readonly sessions: SessionService,
    private readonly plans: PlanRepository,
    private readonly access: AccessService,
    private readonly meetings?: Pick<MeetingRepository, 'findById'>,
  ) {}

  async onAuthenticate({
    token,
    requestHeaders,
    documentName,
    connectionConfig,
    context,
  }: onAuthenticatePayload<SocketContext>): Promise<ConnectionContext> {
    const plain = parseDocumentName(documentName);
    const meetingId = plain ? null : parseMeetingDocumentName(documentName);
    if (!plain && !meetingId) throw new Error('Unknown document');
    // A lookup that fails (the database is away) is no answer: close the socket so the client retries,
    // rather than deny access and make it give up.
    const lookup = async <T>(work: () => Promise<T>): Promise<T> => {
      try {
        return await work();
      } catch (error) {
        context.dropSocket?.();
        throw error;
      }
    };

    // Only the lookups may count as passing trouble: whatever the client sent is judged before them.
    const cookie = sameOriginCookie(requestHeaders);
    const auth = await lookup(async () => (await this.sessions.authenticate(token)) ?? (cookie ? await this.sessions.authenticate(cookie) : null));
    if (!auth) throw new Error('Not signed in or the session has expired');

    // A meeting has the roles of its plan's group: its plan decides, as for the plan's own documents.
    const meeting = meetingId ? await lookup(async () => this.meetings?.findById(meetingId)) : undefined;
    const target = plain ?? (meeting ? { planId: meeting.planId, kind: 'meeting' as const } : null);
    if (!target) throw new Error('Unknown document');
    const plan = await lookup(() => this.plans.findById(target.planId));
    const can = plan ? await lookup(() => this.access.onPlan(auth.user, plan)) : null;
    if (!can?.read) throw new Error('Unknown document');
    connectionConfig.readOnly = !connectionMayWrite(target.kind, can);
    return { user: publicUser(auth.user), sessionId: auth.sessionId, target };
  }
}

/**
 * The session cookie's token, if the upgrade request comes from our own
 * origin: a cookie rides along with any page's socket. A missing or
 * malformed `Origin` is a foreign one, so that socket is refused (denied),
 * never told to try again.
 */
function sameOriginCookie(headers: Headers): string | null {
  const found = tokenFromHeaders({ cookie: headers.get('cookie') });
  if (found?.via !== 'cookie') return null;
  const origin = headers.get('origin');
  const host = headers.get('host');
  if (!origin || !host || hostOf(origin) !== host) return null;
  return found.token;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Plans and meetings are written by editing roles (coordinators and viewers read); discussions
 * only by the server, which sets authors itself.
 */
export function connectionMayWrite(kind: DocumentKind, can: Capabilities): boolean {
  return (kind === 'plan' || kind === 'meeting') && can.edit;
}
