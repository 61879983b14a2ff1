/**
 * Importing a list of projects (hankkeet) into a plan that exists, such as
 * Pori's `pori-hankkeet.json`. The writing is the plan import's own
 * (`importVocabularies`: a new name becomes a project, a name the plan has
 * gets only the details it lacks), so both imports match names alike; what
 * happened is read off the document before and after, not predicted, so the
 * preview and the answer cannot disagree with what the writer does.
 */
import * as Y from 'yjs';
import type { ProjectImportInput, ProjectImportOutcome } from '../../shared/api/vocabularies';
import { importVocabularies, PROJECT_DETAIL_FIELDS, readPlanData, VocabularyReader, type ProjectData } from '../../shared/plan';

/** Imports `projects` into `doc` in one transaction and says what was added and matched. */
export function importProjects(doc: Y.Doc, planId: string, projects: ProjectImportInput['projects'], origin?: unknown): ProjectImportOutcome {
  const before = new Map((readPlanData(doc, planId).projects ?? []).map((project) => [project.id, project]));
  importVocabularies(doc, { projects }, origin);
  const after = new Map<string, ProjectData>((readPlanData(doc, planId).projects ?? []).map((project) => [project.id, project]));
  const names = new VocabularyReader(doc);
  const outcome: ProjectImportOutcome = { added: [], matched: [] };
  const seen = new Set<string>();
  for (const input of projects) {
    const entry = names.findByName('project', input.name);
    const now = entry && after.get(entry.id);
    // A name given twice in the file is one project, told once.
    if (!now || seen.has(now.id)) continue;
    seen.add(now.id);
    const old = before.get(now.id);
    if (!old) {
      outcome.added.push({ id: now.id, name: now.name });
      continue;
    }
    const filled = PROJECT_DETAIL_FIELDS.filter((field) => old[field] !== now[field]);
    outcome.matched.push({ id: now.id, name: now.name, fileName: input.name, filled });
  }
  return outcome;
}

/** What `importProjects` would do, worked out on a copy: the plan itself is not touched. */
export function previewProjectImport(doc: Y.Doc, planId: string, projects: ProjectImportInput['projects']): ProjectImportOutcome {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    return importProjects(copy, planId, projects);
  } finally {
    copy.destroy();
  }
}
