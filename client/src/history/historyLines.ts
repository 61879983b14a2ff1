import type { PlanData } from '../../../shared/plan';
import type { AuditEntry } from '../../../shared/audit';

/** The measure fields the audit trail records, with their own names in the history. */
export const HISTORY_FIELDS = [
  'title',
  'responsible',
  'targetGroup',
  'indicator',
  'schedule',
  'status',
  'statusNote',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/** What one audit entry says happened to a measure; values are still raw (statuses, target groups as keys). */
export type HistoryChange =
  | { kind: 'created' }
  | { kind: 'deleted' }
  | { kind: 'moved'; from: string; to: string }
  | { kind: 'field'; field: HistoryField; from: string; to: string };

const isHistoryField = (field: string): field is HistoryField => (HISTORY_FIELDS as readonly string[]).includes(field);

/** Goal titles by id: a move names the goals, not their ids. */
export function goalTitles(data: PlanData): Map<string, string> {
  return new Map(data.focusAreas.flatMap((fa) => fa.goals.map((goal) => [goal.id, goal.title] as const)));
}

/** The change an entry records, or null for one the history does not show. */
export function changeOf(entry: AuditEntry, goals: ReadonlyMap<string, string>): HistoryChange | null {
  const from = entry.from ?? '';
  const to = entry.to ?? '';
  if (entry.field === 'created') return { kind: 'created' };
  if (entry.field === 'deleted') return { kind: 'deleted' };
  // A goal deleted since keeps its id only: shown as such rather than as nothing.
  if (entry.field === 'goalId') return { kind: 'moved', from: goals.get(from) ?? from, to: goals.get(to) ?? to };
  return isHistoryField(entry.field) ? { kind: 'field', field: entry.field, from, to } : null;
}

const MAX_VALUE = 60;

/** Long texts (a status note) are cut short in a line of history. */
export function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_VALUE ? `${oneLine.slice(0, MAX_VALUE - 1)}…` : oneLine;
}

/** "Maija Meikäläinen" → "Maija M.": short enough for a line of history, still telling people apart. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return last ? `${first} ${last.charAt(0)}.` : first;
}
