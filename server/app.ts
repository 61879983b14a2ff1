import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from './config';
import { SessionService } from './auth/sessionService';
import { firstStart } from './bootstrap/firstStart';
import { AuthExtension } from './collab/authExtension';
import { attachCollabServer } from './collab/collabServer';
import { DocumentGateway } from './collab/documentGateway';
import { PersistenceExtension } from './collab/persistenceExtension';
import { PlanMigrationExtension } from './collab/planMigrationExtension';
import { UpdateValidationExtension } from './collab/updateValidationExtension';
import { AwarenessExtension } from './collab/awarenessExtension';
import { PlanIndexExtension } from './collab/planIndexExtension';
import { ConnectionRegistry } from './collab/connectionRegistry';
import { connectionRightsRefresher } from './collab/connectionRights';
import { InviteService } from './auth/invites';
import { LoginLimiter } from './auth/loginLimiter';
import { AccessService } from './plans/access';
import { securityHeaders } from './http/security';
import { apiRouter } from './http/api';
import { webAppRouter } from './http/webApp';
import { PublicationService } from './publishing/publicationService';
import { publicRoutes } from './publishing/publicRoutes';
import { PlanCreation } from './plans/planCreation';
import { openStorage } from './storage/openStorage';
import { connectRedisCluster } from './collab/redisCluster';
import { startSnapshotScheduler } from './versions/snapshotScheduler';
import { createIndicatorService } from './indicators/indicators';
import { startIndicatorRefresh } from './indicators/refreshScheduler';
import { VersionService } from './versions/versionService';
import { CommentService } from './comments/commentService';
import { MeetingClaims } from './meetings/meetingClaims';
import { MeetingService } from './meetings/meetingService';
import { Auditor } from './audit/auditor';
import { TableAuditExtension } from './audit/tableAuditExtension';
import { ExportPool } from './exports/exportPool';
import { TableFilePool } from './plans/upload/tableFilePool';
import { moduleLogger } from './logging/logger';
import { Readiness } from './http/readiness';
import { stopInOrder, stopListening, type ShutdownStep } from './shutdown';
import { quarantineCheck } from './storage/quarantine';
import { createYearlyCycle } from './rounds/yearlyCycle';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const SESSION_PURGE_INTERVAL_MS = 3600_000;
/** How long a stop waits for HTTP requests being answered (an export, an upload) before cutting them. */
const REQUESTS_FINISH_MS = 5_000;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Links that carry a secret in the path (the invite page and its API, response links) are logged without it. */
function redactTokensInPath(url: string): string {
  return url.replace(/\/(invites?|responses|respond|calendar)\/[^/?]+/g, '/$1/[token]').replace(/([?&](token|key)=)[^&]*/g, '$1[redacted]');
}

/** Wires storage, REST, the web app and the collaboration socket onto one port. */
export async function startServer(config: Config): Promise<RunningServer> {
  // DATA_DIR, or PostgreSQL with DATABASE_URL (schema migrations run here, once across instances).
  const storage = await openStorage(config);
  const { app: store, documents } = storage;
  // Refuse to serve anything rather than serve a plan with a damaged history.
  await documents.verifyAll();
  // With REDIS_URL several processes serve the same plans: live updates, awareness and socket signals go through Redis.
  const cluster = config.redisUrl ? await connectRedisCluster(config.redisUrl) : null;

  // `/api/ready`: each part that can make this process unfit for traffic registers a check here.
  const readiness = new Readiness();
  readiness.register('storage', () => storage.probeWrite().then(() => null));
  if (cluster) readiness.register('redis', () => cluster.ping().then(() => null));
  readiness.register('quarantine', quarantineCheck(documents));

  const sessions = new SessionService(store.users, store.sessions, config.sessionTtlMs);
  const access = new AccessService(store.memberships);
  const connections = new ConnectionRegistry();
  sessions.onSessionEnded((sessionId) => {
    connections.closeSession(sessionId);
    void cluster?.publish({ type: 'session-ended', sessionId });
  });
  const refreshConnectionRights = connectionRightsRefresher(connections, store, access);
  cluster?.onSignal((signal) => {
    if (signal.type === 'session-ended') connections.closeSession(signal.sessionId);
    else if (signal.type === 'access-changed') return refreshConnectionRights();
    // 'stateless' is the gateway's own (DocumentGateway.signal).
  });

  const app = express();
  app.disable('x-powered-by');
  // Behind a proxy, `req.ip` is then the client's address (from X-Forwarded-For), not the proxy's.
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger: moduleLogger('http'),
      // A proxy's request id is kept so one request can be followed through both logs.
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Health and readiness probes every few seconds would drown the log.
      autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/api/ready' },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactTokensInPath(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(securityHeaders);
  const httpServer = createServer(app);
  const persistence = new PersistenceExtension(documents);
  const auditor = new Auditor(storage.audit);
  const tableAudit = new TableAuditExtension(auditor.log);
  // Which plan connections are in an open meeting (checked by the server): the table audit records their edits with it.
  const meetingClaims = new MeetingClaims(store.meetings, store.plans);
  const collab = attachCollabServer(httpServer, [
    // Hocuspocus orders extensions by priority: Redis (1000) takes its store lock before persistence compacts.
    ...(cluster ? [cluster.extension] : []),
    new AuthExtension(sessions, store.plans, access, store.meetings),
    // Priority 200: refuses plan text outside its schema before persistence journals it.
    new UpdateValidationExtension(),
    new AwarenessExtension(),
    persistence,
    // After persistence (which journals its change) and before the table audit: a migration is no one's edit.
    new PlanMigrationExtension(persistence),
    new PlanIndexExtension(store.plans),
    tableAudit,
    meetingClaims,
    connections,
  ]);
  // Routes, versions and comments reach documents only through the gateway, never Hocuspocus or an extension.
  const gateway = new DocumentGateway(documents, collab.hocuspocus, persistence, tableAudit, cluster);
  const planCreation = new PlanCreation(store.plans, gateway);

  const exports = new ExportPool(config.exportPool);
  const tableFiles = new TableFilePool();
  const versions = new VersionService(storage.snapshots, gateway);
  const indicators = createIndicatorService(config.sotkanet, storage.indicatorCache, gateway);
  const publications = new PublicationService(storage.publications, versions, gateway, indicators);
  // Status rounds, e-mail, notifications, the annual clock and the scheduler that sends and reminds.
  const yearlyCycle = createYearlyCycle({ config: config.cycle, dataDir: config.dataDir, cycle: storage.cycle, store, documents: gateway, auditor, access, redis: cluster?.commands ?? null });
  const comments = new CommentService(gateway, store.memberships, store.readMarks, (plan, author, userIds, text) => yearlyCycle.onMentioned(plan, author, userIds, text));

  app.use(
    '/api',
    apiRouter({
      store,
      sessions,
      loginLimiter: new LoginLimiter(cluster?.commands ?? null),
      invites: new InviteService(store.invites, store.users, sessions, auditor),
      access,
      documents: gateway,
      planCreation,
      versions,
      comments,
      meetings: new MeetingService({
        store,
        documents: gateway,
        audit: storage.audit,
        auditor,
        renderFile: async (format, minutes) => (await exports.renderMinutes(format, minutes)).bytes,
        claims: meetingClaims,
        comments,
      }),
      auditor,
      exports,
      tableFiles,
      readiness,
      indicators,
      publications,
      cycle: yearlyCycle,
      cookieSecure: config.cookieSecure,
      onAccessChanged: async () => {
        await refreshConnectionRights();
        await cluster?.publish({ type: 'access-changed' });
      },
    }),
  );
  // The public web's pages and open data: no session, and ahead of the web app's pages.
  app.use(publicRoutes(publications));
  app.use(webAppRouter(config.clientDir));

  // Instances starting together on an empty database: one creates the administrator and the demo, the others find them.
  await storage.exclusive('first-start', () => firstStart(config, store, planCreation));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const purge = setInterval(() => void sessions.purgeExpired(), SESSION_PURGE_INTERVAL_MS).unref();
  // Every process takes due jobs (mail, reminders) from the shared queue, each job once; missed ones run now.
  yearlyCycle.start();
  // One run at a time across all instances; the others skip that turn.
  const stopSnapshots = startSnapshotScheduler(store.plans, versions, config.snapshotIntervalMs, (run) =>
    storage.exclusive('snapshot-scheduler', run, { wait: false }),
  );
  // Sotkanet's cache fetched again about daily, by one process at a time.
  const stopIndicatorRefresh = startIndicatorRefresh(indicators.source, config.sotkanet.refreshMs, (run) =>
    storage.exclusive('sotkanet-refresh', run, { wait: false }),
  );

  return {
    port,
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    async stop() {
      let requestsAnswered: ((limitMs: number) => Promise<void>) | undefined;
      await stopInOrder([
        // Load balancers see 503 and move traffic away while this process still serves (SHUTDOWN_DRAIN_MS).
        ['draining', async () => {
          readiness.startDraining();
          await delay(config.shutdownDrainMs);
        }],
        ['schedulers', async () => {
          clearInterval(purge);
          await stopSnapshots();
          await stopIndicatorRefresh();
          await yearlyCycle.stop();
        }],
        ['new connections', () => {
          requestsAnswered = stopListening(httpServer);
        }],
        // Sockets closed (1001, clients reconnect elsewhere); every document stored (compacted) and unloaded.
        ['collaboration', () => collab.shutdown()],
        ['requests in progress', () => requestsAnswered?.(REQUESTS_FINISH_MS)],
        ['worker threads', () => Promise.all([exports.close(), tableFiles.close()])],
        ...(cluster ? [['redis', () => cluster.close()] satisfies ShutdownStep] : []),
        // Last: waits for pending journal appends, then closes files or the database pool.
        ['storage', () => storage.close()],
      ]);
    },
  };
}
