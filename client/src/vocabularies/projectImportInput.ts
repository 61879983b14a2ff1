/**
 * Reading a list of projects to import, as a file or pasted text: JSON in the
 * shape of the samples' `pori-hankkeet.json` (`{projects: [{name,
 * description, start, end, funding, url}]}`, other top-level fields
 * ignored) or just its list. Checked with the server's own schema before
 * anything is sent, so that each fault is told in the interface's language
 * with the project's number and name.
 */
import type { z } from 'zod';
import { projectImportSchema, type ProjectImportInput } from '../../../shared/api/vocabularies';

/** The API takes JSON bodies up to 2 MB. */
export const MAX_IMPORT_CHARS = 2_000_000;

export const PROJECT_FIELDS = ['name', 'description', 'start', 'end', 'funding', 'url'] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

export type ImportProblem =
  | { kind: 'tooLarge' | 'shape' | 'empty' | 'tooMany' }
  | { kind: 'notJson'; detail: string }
  /** `number` counts from 1; `field` null when the project itself is not an object. */
  | { kind: 'project'; number: number; name: string; field: ProjectField | null; reason: 'missing' | 'tooLong' | 'url' | 'type' };

export type ParsedImport = { ok: true; input: ProjectImportInput } | { ok: false; problems: ImportProblem[] };

/** `value` is what the file has where the issue is (undefined when it has nothing there). */
function reasonOf(issue: z.core.$ZodIssue, field: ProjectField | null, value: unknown): Extract<ImportProblem, { kind: 'project' }>['reason'] {
  if (issue.code === 'too_big') return 'tooLong';
  if (issue.code === 'too_small' || (field !== null && value == null)) return 'missing';
  if (issue.code === 'custom' && field === 'url') return 'url';
  return 'type';
}

function problemOf(issue: z.core.$ZodIssue, projects: unknown[]): ImportProblem {
  const [top, index, key] = issue.path;
  if (top !== 'projects') return { kind: 'shape' };
  if (index === undefined) return issue.code === 'too_small' ? { kind: 'empty' } : issue.code === 'too_big' ? { kind: 'tooMany' } : { kind: 'shape' };
  const raw = projects[Number(index)];
  const fields = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const field = PROJECT_FIELDS.find((candidate) => candidate === key) ?? null;
  const name = typeof fields.name === 'string' ? fields.name.trim() : '';
  return { kind: 'project', number: Number(index) + 1, name, field, reason: reasonOf(issue, field, field === null ? raw : fields[field]) };
}

/** The projects of `text`, or what is wrong with it (every fault of every project, in order). */
export function parseProjectImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problems: [{ kind: 'tooLarge' }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ kind: 'notJson', detail: error instanceof Error ? error.message : String(error) }] };
  }
  // A pasted list alone is the file's `projects`.
  const body = Array.isArray(json) ? { projects: json } : json;
  const result = projectImportSchema.safeParse(body);
  if (result.success) return { ok: true, input: result.data };
  const projects = body !== null && typeof body === 'object' && Array.isArray((body as { projects?: unknown }).projects) ? (body as { projects: unknown[] }).projects : [];
  return { ok: false, problems: result.error.issues.map((issue) => problemOf(issue, projects)) };
}
