/**
 * Every change of the vocabularies goes through REST: the server checks the
 * role and the input, merges a name given twice into one entry, writes the
 * change into the live document (which the page and every open table then
 * show) and records it in the audit trail.
 */
import type { z } from 'zod';
import type {
  contactSchema,
  newProjectSchema,
  ProjectImportInput,
  ProjectImportOutcome,
  VocabularyEntryAnswer,
} from '../../../shared/api/vocabularies';
import type { PartyData, ProjectData, VocabularyKind } from '../../../shared/plan';
import { api } from '../api/http';

export type ContactInput = z.input<typeof contactSchema>;
export type ProjectFields = z.input<typeof newProjectSchema>;

const PATHS: Record<VocabularyKind, string> = { party: 'parties', targetGroup: 'target-groups', project: 'projects' };

const listPath = (planId: string, kind: VocabularyKind) => `/plans/${encodeURIComponent(planId)}/${PATHS[kind]}`;
const entryPath = (planId: string, kind: VocabularyKind, id: string) => `${listPath(planId, kind)}/${encodeURIComponent(id)}`;

/** A target group's name is its label on the wire. */
const named = (kind: VocabularyKind, name: string) => (kind === 'targetGroup' ? { label: name } : { name });

/** Makes an entry, or answers the one of the same name (ignoring case and extra spaces). */
export function createEntry(planId: string, kind: VocabularyKind, name: string): Promise<VocabularyEntryAnswer> {
  return api(listPath(planId, kind), { method: 'POST', body: named(kind, name) });
}

export function createProject(planId: string, fields: ProjectFields): Promise<ProjectData> {
  return api(listPath(planId, 'project'), { method: 'POST', body: fields });
}

/** A new name, shown everywhere: measures refer to the entry by id. 409 when another entry has it. */
export function renameEntry(planId: string, kind: VocabularyKind, id: string, name: string): Promise<VocabularyEntryAnswer> {
  return api(entryPath(planId, kind, id), { method: 'PATCH', body: named(kind, name) });
}

/** All of a party's contact persons, in order. */
export function saveContacts(planId: string, partyId: string, contacts: ContactInput[]): Promise<PartyData> {
  return api(entryPath(planId, 'party', partyId), { method: 'PATCH', body: { contacts } });
}

/** Only the fields given change: another person's change of the others stays. */
export function updateProject(planId: string, id: string, fields: Partial<ProjectFields>): Promise<ProjectData> {
  return api(entryPath(planId, 'project', id), { method: 'PATCH', body: fields });
}

export function deleteEntry(planId: string, kind: VocabularyKind, id: string): Promise<void> {
  return api(entryPath(planId, kind, id), { method: 'DELETE' });
}

/** Measures that named `id` name `into` instead; `id` is removed. */
export function mergeEntry(planId: string, kind: VocabularyKind, id: string, into: string): Promise<VocabularyEntryAnswer> {
  return api(`${entryPath(planId, kind, id)}/merge`, { method: 'POST', body: { into } });
}

export function previewProjectImport(planId: string, input: ProjectImportInput): Promise<ProjectImportOutcome> {
  return api(`${listPath(planId, 'project')}/import/preview`, { method: 'POST', body: input });
}

export function importProjects(planId: string, input: ProjectImportInput): Promise<ProjectImportOutcome> {
  return api(`${listPath(planId, 'project')}/import`, { method: 'POST', body: input });
}
