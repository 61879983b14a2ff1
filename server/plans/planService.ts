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
import { sanitizePlanText } from '../../shared/editor/sanitizePlanText';
import type { PlanRecord, PlanRepository } from '../storage/appStore';
import type { DocumentStore } from '../storage/documentStore';
import { applyStoredUpdates } from '../storage/quarantine';
import type { PersistenceExtension } from '../collab/persistenceExtension';
import { moduleLogger } from '../logging/logger';

const log = moduleLogger('plans');

/** Who makes a server-side change: recorded in the audit trail. */
export interface Actor {
  id: string;
  name: string;
}

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
      // Readers get only schema-valid text, whatever a damaged document holds.
      return options.includeBody ? { ...data, body: sanitizePlanText(readBodyJSON(doc)) } : data;
    });
  }

  /** Reads the live plan document if it is open (it holds edits not yet compacted), else the stored one. */
  read<T>(planId: string, read: (doc: Y.Doc) => T): Promise<T> {
    return this.readDocument(planDocumentName(planId), read);
  }

  /** As `read`, for any document; one never stored yet reads as empty. */
  async readDocument<T>(name: string, read: (doc: Y.Doc) => T): Promise<T> {
    const live = this.hocuspocus.documents.get(name);
    if (live) return read(live);
    const updates = (await this.documents.read(name)) ?? [];
    const doc = new Y.Doc();
    try {
      // The same robust loading as opening it: a record that cannot be applied is set aside, not a 500.
      await applyStoredUpdates(this.documents, name, doc, updates);
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Changes the plan document: see `changeDocument`. */
  change<T>(planId: string, change: (doc: Y.Doc) => T, actor: Actor): Promise<T> {
    return this.changeDocument(planDocumentName(planId), change, actor);
  }

  /**
   * Changes a document on the server as one transaction that every connected
   * editor receives live; resolves once the change is durable. The actor
   * travels in the transaction origin (`{source: 'local', context: {actor}}`)
   * for the audit trail.
   */
  async changeDocument<T>(name: string, change: (doc: Y.Doc) => T, actor: Actor): Promise<T> {
    const connection = await this.hocuspocus.openDirectConnection(name, { actor });
    try {
      let result: T | undefined;
      await connection.transact((doc) => {
        result = change(doc);
      });
      await this.persistence.whenDurable(name);
      return result as T;
    } finally {
      // The change is durable already: storing and unloading need not hold up the answer. (With
      // several processes they wait, on purpose, about two seconds for Redis to carry the change.)
      void connection.disconnect().catch((error: unknown) => log.error({ err: error, document: name }, 'closing the server connection failed'));
    }
  }
}
