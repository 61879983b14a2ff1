import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { parseDocumentName, type DocumentKind } from '../../shared/documentNames';
import type { Capabilities } from '../../shared/roles';
import { tokenFromHeaders } from '../auth/requestAuth';
import { publicUser, type PublicUser, type SessionService } from '../auth/sessionService';
import type { PlanRepository } from '../storage/appStore';
import type { AccessService } from '../plans/access';
import type { SocketContext } from './collabServer';

/** What every connection carries after authentication (Hocuspocus' `context`). */
export interface ConnectionContext {
  user: PublicUser;
  sessionId: string;
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
  ) {}

  async onAuthenticate({
    token,
    requestHeaders,
    documentName,
    connectionConfig,
    context,
  }: onAuthenticatePayload<SocketContext>): Promise<ConnectionContext> {
    const target = parseDocumentName(documentName);
    if (!target) throw new Error('Unknown document');
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

    const auth = await lookup(async () => (await this.sessions.authenticate(token)) ?? (await this.cookieSession(requestHeaders)));
    if (!auth) throw new Error('Not signed in or the session has expired');

    const plan = await lookup(() => this.plans.findById(target.planId));
    const can = plan ? await lookup(() => this.access.onPlan(auth.user, plan)) : null;
    if (!can?.read) throw new Error('Unknown document');
    connectionConfig.readOnly = !connectionMayWrite(target.kind, can);
    return { user: publicUser(auth.user), sessionId: auth.sessionId };
  }

  private async cookieSession(headers: Headers) {
    const found = tokenFromHeaders({ cookie: headers.get('cookie') });
    if (found?.via !== 'cookie') return null;
    // A cookie rides along with any page's socket: accept it only from our own origin.
    const origin = headers.get('origin');
    const host = headers.get('host');
    if (!origin || !host || new URL(origin).host !== host) return null;
    return this.sessions.authenticate(found.token);
  }
}

/** Plans are written by editing roles; discussions only by the server, which sets authors itself. */
export function connectionMayWrite(kind: DocumentKind, can: Capabilities): boolean {
  return kind === 'plan' && can.edit;
}
