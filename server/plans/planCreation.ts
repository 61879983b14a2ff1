import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import {
  importMeasureTable,
  importVocabularies,
  newPlanTemplateBody,
  setPlanTitle,
  upgradePlanDoc,
  writeBodyJSON,
  type MeasureTableInput,
  type VocabularyInput,
} from '../../shared/plan';
import { seedDemoPlan } from '../../shared/demo/porvoo';
import type { DocumentGateway } from '../collab/documentGateway';
import type { PlanRecord, PlanRepository } from '../storage/appStore';

export interface NewPlan {
  title: string;
  groupId: string | null;
  measures?: MeasureTableInput;
  /** Parties (with contacts), target groups and projects (with details) to start with, before the measures' own. */
  vocabularies?: VocabularyInput;
  createdBy: string;
  /** Fill the plan with the Porvoo demo content instead of the empty THL template. */
  demo?: boolean;
}

/**
 * Making a new plan: its first content (the THL template, with an imported
 * measure table, or the Porvoo demo) and its entry in the plan index. This is
 * the one step before a plan's document exists; reading and changing it
 * afterwards goes through the `DocumentGateway`.
 */
export class PlanCreation {
  constructor(
    private readonly plans: PlanRepository,
    private readonly documents: DocumentGateway,
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
      // Schema 2 from the start: the four target groups every plan begins with.
      upgradePlanDoc(doc);
      if (input.vocabularies) importVocabularies(doc, input.vocabularies);
      if (input.measures) importMeasureTable(doc, input.measures);
    }
    // The document first: a crash before the index entry leaves an unused folder, never a plan without content.
    await this.documents.create(planDocumentName(id), doc);
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
}
