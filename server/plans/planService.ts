import { randomUUID } from 'node:crypto';
import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import {
  importMeasureTable,
  newPlanTemplateBody,
  readBodyJSON,
  readPlanData,
  setPlanTitle,
  writeBodyJSON,
  type MeasureTableInput,
  type PlanData,
} from '../../shared/plan';
import { seedDemoPlan } from '../../shared/demo/porvoo';
import type { PlanRecord, PlanRepository } from '../storage/appStore';
import type { DocumentStore } from '../storage/documentStore';
import type { PersistenceExtension } from '../collab/persistenceExtension';

export interface NewPlan {
  title: string;
  groupId: string | null;
  measures?: MeasureTableInput;
  createdBy: string;
  /** Fill the plan with the Porvoo demo content instead of the empty THL template. */
  demo?: boolean;
}

/** Creating plans and reading their current content, live or from storage. */
export class PlanService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly documents: DocumentStore,
    private readonly hocuspocus: Hocuspocus,
    private readonly persistence: PersistenceExtension,
  ) {}

  async create(input: NewPlan): Promise<PlanRecord> {
    const id = randomUUID().replaceAll('-', '').slice(0, 20);
    const doc = new Y.Doc();
    if (input.demo) {
      seedDemoPlan(doc);
      setPlanTitle(doc, input.title);
    } else {
      setPlanTitle(doc, input.title);
      writeBodyJSON(doc, newPlanTemplateBody(input.title));
      if (input.measures) importMeasureTable(doc, input.measures);
    }
    // The document first: a crash before the index entry leaves an unused folder, never a plan without content.
    await this.documents.create(planDocumentName(id), Y.encodeStateAsUpdate(doc));
    doc.destroy();
    const now = new Date().toISOString();
    const record: PlanRecord = {
      id,
      title: input.title,
      groupId: input.groupId,
      createdBy: input.createdBy,
      createdAt: now,
      updatedAt: now,
    };
    await this.plans.create(record);
    return record;
  }

  /** The plan's structured data from the live document if it is open, else from storage. */
  async data(plan: PlanRecord, options: { includeBody: boolean }): Promise<PlanData> {
    return this.read(plan.id, (doc) => {
      const data = readPlanData(doc, plan.id);
      return options.includeBody ? { ...data, body: readBodyJSON(doc) } : data;
    });
  }

  /** Reads the live document if it is open (it holds edits not yet compacted), else the stored one. */
  async read<T>(planId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const name = planDocumentName(planId);
    const live = this.hocuspocus.documents.get(name);
    if (live) return read(live);
    const updates = await this.documents.read(name);
    if (!updates) throw new Error(`The document of plan ${planId} is missing`);
    const doc = new Y.Doc();
    try {
      for (const update of updates) Y.applyUpdate(doc, update);
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /**
   * Changes a plan on the server as one transaction that every connected
   * editor receives live; resolves once the change is durable. `context`
   * travels in the transaction origin (`{source: 'local', context}`).
   */
  async change(planId: string, change: (doc: Y.Doc) => void, context: { userId: string }): Promise<void> {
    const name = planDocumentName(planId);
    const connection = await this.hocuspocus.openDirectConnection(name, context);
    try {
      await connection.transact(change);
      await this.persistence.whenDurable(name);
    } finally {
      await connection.disconnect();
    }
  }
}
