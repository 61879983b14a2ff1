import type * as Y from 'yjs';
import {
  createEntry,
  deleteEntry,
  getVocabularyEntity,
  mergeEntries,
  PlanDocError,
  readPlanData,
  updateEntry,
  type EntryChange,
  type EntryInput,
  type PartyData,
  type PlanData,
  type ProjectData,
  type TargetGroupData,
  type VocabularyKind,
} from '../../shared/plan';
import type { ProjectImportInput, ProjectImportOutcome } from '../../shared/api/vocabularies';
import type { PersonRef } from '../../shared/people';
import type { Auditor } from '../audit/auditor';
import type { DocumentGateway } from '../collab/documentGateway';
import { HttpError, notFound } from '../http/errors';
import { importProjects, previewProjectImport } from './projectImport';

export type EntryData = PartyData | TargetGroupData | ProjectData;

const LIST_OF: Record<VocabularyKind, 'parties' | 'targetGroups' | 'projects'> = {
  party: 'parties',
  targetGroup: 'targetGroups',
  project: 'projects',
};

const nameOf = (entry: EntryData | undefined): string | null => (entry ? ('label' in entry ? entry.label : entry.name) : null);

/** The PlanDocError of a writer as the client's error: 404 unknown entry, 409 a name taken, 400 a bad value. */
function httpErrorOf(error: unknown): unknown {
  if (!(error instanceof PlanDocError)) return error;
  return new HttpError(error.code === 'not-found' ? 404 : error.code === 'conflict' ? 409 : 400, error.message);
}

/**
 * A plan's parties, target groups and projects, changed through the document
 * gateway (live for every editor, journaled before the answer) and audited as
 * changes of the entry; what measures show follows by itself, since they
 * refer to entries by id.
 */
export class VocabularyService {
  constructor(
    private readonly documents: DocumentGateway,
    private readonly auditor: Auditor,
  ) {}

  /** The entries of one vocabulary as `/data` lists them (names only a measure's text gives included). */
  async list(planId: string, kind: VocabularyKind): Promise<EntryData[]> {
    return this.documents.read(planId, (doc) => readPlanData(doc, planId)[LIST_OF[kind]] ?? []);
  }

  private async change<T>(planId: string, actor: PersonRef, change: (doc: Y.Doc) => T): Promise<T> {
    try {
      return await this.documents.change(planId, change, actor);
    } catch (error) {
      throw httpErrorOf(error);
    }
  }

  private static entryIn(data: PlanData, kind: VocabularyKind, id: string): EntryData | undefined {
    return (data[LIST_OF[kind]] as EntryData[] | undefined)?.find((entry) => entry.id === id);
  }

  /** Makes an entry, or finds the one of the same name; `created` says which. */
  async create(planId: string, kind: VocabularyKind, input: EntryInput, actor: PersonRef): Promise<{ entry: EntryData; created: boolean }> {
    const { id, created, entry } = await this.change(planId, actor, (doc) => {
      const result = createEntry(doc, kind, input);
      return { ...result, entry: VocabularyService.entryIn(readPlanData(doc, planId), kind, result.id)! };
    });
    if (created) await this.auditor.plan(planId, actor, { entity: kind, entityId: id, field: 'created', to: nameOf(entry) });
    return { entry, created };
  }

  async update(planId: string, kind: VocabularyKind, id: string, change: EntryChange, actor: PersonRef): Promise<EntryData> {
    const { before, after } = await this.change(planId, actor, (doc) => {
      if (!getVocabularyEntity(doc, kind, id)) throw notFound(`No such ${kind}`);
      const old = VocabularyService.entryIn(readPlanData(doc, planId), kind, id);
      updateEntry(doc, kind, id, change);
      return { before: old, after: VocabularyService.entryIn(readPlanData(doc, planId), kind, id)! };
    });
    for (const field of Object.keys(change) as Array<keyof EntryChange>) {
      const value = (entry: EntryData | undefined) => {
        if (!entry) return null;
        const raw = field === 'name' ? nameOf(entry) : (entry as unknown as Record<string, unknown>)[field];
        return typeof raw === 'string' ? raw : JSON.stringify(raw ?? null);
      };
      if (value(before) !== value(after)) {
        await this.auditor.plan(planId, actor, { entity: kind, entityId: id, field: field === 'name' && kind === 'targetGroup' ? 'label' : field, from: value(before), to: value(after) });
      }
    }
    return after;
  }

  async remove(planId: string, kind: VocabularyKind, id: string, actor: PersonRef): Promise<void> {
    const name = await this.change(planId, actor, (doc) => {
      const old = nameOf(VocabularyService.entryIn(readPlanData(doc, planId), kind, id));
      if (!deleteEntry(doc, kind, id)) throw notFound(`No such ${kind}`);
      return old;
    });
    await this.auditor.plan(planId, actor, { entity: kind, entityId: id, field: 'deleted', from: name, to: null });
  }

  /** What importing these projects would add and match; changes nothing. */
  async previewProjects(planId: string, input: ProjectImportInput): Promise<ProjectImportOutcome> {
    try {
      return await this.documents.read(planId, (doc) => previewProjectImport(doc, planId, input.projects));
    } catch (error) {
      throw httpErrorOf(error);
    }
  }

  /** Imports projects as one change of the live plan, audited as each project made and each detail filled. */
  async importProjects(planId: string, input: ProjectImportInput, actor: PersonRef): Promise<ProjectImportOutcome> {
    const { outcome, details } = await this.change(planId, actor, (doc) => {
      const outcome = importProjects(doc, planId, input.projects);
      const data = readPlanData(doc, planId).projects ?? [];
      const details = new Map(data.map((project) => [project.id, project]));
      return { outcome, details };
    });
    for (const { id, name } of outcome.added) {
      await this.auditor.plan(planId, actor, { entity: 'project', entityId: id, field: 'created', to: name });
    }
    for (const { id, filled } of outcome.matched) {
      for (const field of filled) {
        await this.auditor.plan(planId, actor, { entity: 'project', entityId: id, field, from: '', to: details.get(id)?.[field] ?? null });
      }
    }
    return outcome;
  }

  /** Merges `id` into `into`; answers the entry that remains. */
  async merge(planId: string, kind: VocabularyKind, id: string, into: string, actor: PersonRef): Promise<EntryData> {
    const { name, entry } = await this.change(planId, actor, (doc) => {
      if (!getVocabularyEntity(doc, kind, id)) throw notFound(`No such ${kind}`);
      const old = nameOf(VocabularyService.entryIn(readPlanData(doc, planId), kind, id));
      mergeEntries(doc, kind, id, into);
      return { name: old, entry: VocabularyService.entryIn(readPlanData(doc, planId), kind, into)! };
    });
    await this.auditor.plan(planId, actor, { entity: kind, entityId: id, field: 'merged', from: name, to: into });
    return entry;
  }
}
