import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Config } from './config';
import { SessionService } from './auth/sessionService';
import { firstStart } from './bootstrap/firstStart';
import { AuthExtension } from './collab/authExtension';
import { attachCollabServer } from './collab/collabServer';
import { PersistenceExtension } from './collab/persistenceExtension';
import { PlanIndexExtension } from './collab/planIndexExtension';
import { ConnectionRegistry } from './collab/connectionRegistry';
import { connectionRightsRefresher } from './collab/connectionRights';
import { InviteService } from './auth/invites';
import { LoginLimiter } from './auth/loginLimiter';
import { AccessService } from './plans/access';
import { securityHeaders } from './http/security';
import { apiRouter } from './http/api';
import { webAppRouter } from './http/webApp';
import { PlanService } from './plans/planService';
import { FileDocumentStore } from './storage/fileDocumentStore';
import { openLowdbAppStore } from './storage/lowdbAppStore';
import { startSnapshotScheduler } from './versions/snapshotScheduler';
import { LowdbSnapshotStore } from './versions/snapshotStore';
import { VersionService } from './versions/versionService';
import { CommentService } from './comments/commentService';
import { Auditor } from './audit/auditor';
import { FileAuditLog } from './audit/auditLog';
import { TableAuditExtension } from './audit/tableAuditExtension';
import { ExportWorker } from './exports/exportWorker';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const SESSION_PURGE_INTERVAL_MS = 3600_000;

/** Wires storage, REST, the web app and the collaboration socket onto one port. */
export async function startServer(config: Config): Promise<RunningServer> {
  await mkdir(config.dataDir, { recursive: true });
  const store = await openLowdbAppStore(config.dataDir);
  const documents = new FileDocumentStore(config.dataDir);
  await documents.init();
  // Refuse to serve anything rather than serve a plan with a damaged history.
  await documents.verifyAll();

  const sessions = new SessionService(store.users, store.sessions, config.sessionTtlMs);
  const access = new AccessService(store.memberships);
  const connections = new ConnectionRegistry();
  sessions.onSessionEnded((sessionId) => connections.closeSession(sessionId));

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);
  const httpServer = createServer(app);
  const persistence = new PersistenceExtension(documents);
  const auditor = new Auditor(new FileAuditLog(config.dataDir));
  const tableAudit = new TableAuditExtension(auditor.log);
  const collab = attachCollabServer(httpServer, [
    new AuthExtension(sessions, store.plans, access),
    persistence,
    new PlanIndexExtension(store.plans),
    tableAudit,
    connections,
  ]);
  const planService = new PlanService(store.plans, documents, collab.hocuspocus, persistence);

  const exports = new ExportWorker();
  const versions = new VersionService(new LowdbSnapshotStore(config.dataDir), planService);

  app.use(
    '/api',
    apiRouter({
      store,
      sessions,
      loginLimiter: new LoginLimiter(),
      invites: new InviteService(store.invites, store.users),
      access,
      planService,
      versions,
      comments: new CommentService(planService, store.memberships, store.readMarks),
      auditor,
      tableAudit,
      exports,
      hocuspocus: collab.hocuspocus,
      cookieSecure: config.cookieSecure,
      onAccessChanged: connectionRightsRefresher(connections, store, access),
    }),
  );
  app.use(webAppRouter(config.clientDir));

  await firstStart(config, store, planService);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const purge = setInterval(() => void sessions.purgeExpired(), SESSION_PURGE_INTERVAL_MS).unref();
  const stopSnapshots = startSnapshotScheduler(store.plans, versions, config.snapshotIntervalMs);

  return {
    port,
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    async stop() {
      clearInterval(purge);
      await stopSnapshots();
      await exports.close();
      httpServer.close();
      await collab.shutdown();
      await documents.close();
      httpServer.closeAllConnections();
    },
  };
}
