import type { Extension, afterLoadDocumentPayload } from '@hocuspocus/server';
import { parseDocumentName } from '../../shared/documentNames';
import { upgradePlanDocAsServer } from '../../shared/plan';
import { moduleLogger } from '../logging/logger';
import type { PersistenceExtension } from './persistenceExtension';

const log = moduleLogger('plan-migration');

/** The origin of a migration's change: a server-side change by no one (so the audit trail does not attribute it). */
export const MIGRATION_ORIGIN = { source: 'local' as const, context: { actor: null, migration: true } };

/**
 * Brings a plan written by an earlier schema to the current one when it is
 * loaded, before any connection sees it (Hocuspocus awaits `afterLoadDocument`
 * before it answers the first sync): see `upgradePlanDoc` in shared/plan. The
 * change goes through the document's ordinary update path, so persistence
 * journals it and Redis carries it to the other processes, and it is durable
 * before anyone can build on it. Two processes loading the same stored plan at
 * once make identical changes (`upgradePlanDocAsServer`); a migrated plan is
 * not written again. Registered after persistence (which journals it) and
 * before the table audit, which only starts watching afterwards.
 */
export class PlanMigrationExtension implements Extension {
  readonly extensionName = 'plan-migration';

  constructor(private readonly persistence: Pick<PersistenceExtension, 'whenDurable'>) {}

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    if (parseDocumentName(documentName)?.kind !== 'plan') return;
    const started = performance.now();
    if (!upgradePlanDocAsServer(document, MIGRATION_ORIGIN)) return;
    await this.persistence.whenDurable(documentName);
    log.info({ document: documentName, ms: Math.round(performance.now() - started) }, 'migrated the plan to the current schema');
  }
}
