import type { Extension, onChangePayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { parseDocumentName } from '../../shared/documentNames';
import { readPlanTitle } from '../../shared/plan';
import type { PlanRepository } from '../storage/appStore';

/** Keeps the plan list's title and "last changed" time in step with the documents. */
export class PlanIndexExtension implements Extension {
  readonly extensionName = 'plan-index';
  private readonly changedAt = new Map<string, string>();

  constructor(private readonly plans: PlanRepository) {}

  async onChange({ documentName }: onChangePayload): Promise<void> {
    this.changedAt.set(documentName, new Date().toISOString());
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    const target = parseDocumentName(documentName);
    const changedAt = this.changedAt.get(documentName);
    if (target?.kind !== 'plan' || !changedAt) return;
    this.changedAt.delete(documentName);
    const title = readPlanTitle(document).trim();
    await this.plans.update(target.planId, { ...(title ? { title } : {}), updatedAt: changedAt });
  }
}
