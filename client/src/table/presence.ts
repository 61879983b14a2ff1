import type { EntityKind } from './moves';

/** A field of the table, as participants announce what they are editing (awareness field `editing`). */
export interface CellRef {
  kind: EntityKind;
  id: string;
  field: string;
}

export interface CellEditor {
  clientId: number;
  name: string;
  color: string;
}

export const EDITING_FIELD = 'editing';

export function cellKey(ref: CellRef): string {
  return `${ref.kind}:${ref.id}:${ref.field}`;
}

function isCellRef(value: unknown): value is CellRef {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as Record<string, unknown>;
  return (
    (ref.kind === 'focusArea' || ref.kind === 'goal' || ref.kind === 'measure') &&
    typeof ref.id === 'string' &&
    typeof ref.field === 'string'
  );
}

function userOf(state: Record<string, unknown>): { name: string; color: string } | undefined {
  const user = state.user as Record<string, unknown> | undefined;
  if (typeof user?.name !== 'string' || typeof user.color !== 'string') return undefined;
  return { name: user.name, color: user.color };
}

/**
 * Who else is editing which field, by `cellKey`, from the awareness states.
 * Our own client is left out; the same person in another tab is shown, since
 * that tab's edits arrive like anyone's. States that peers garbled are skipped.
 */
export function cellEditors(
  states: ReadonlyMap<number, Record<string, unknown>>,
  selfClientId: number,
): Map<string, CellEditor[]> {
  const editors = new Map<string, CellEditor[]>();
  for (const [clientId, state] of states) {
    if (clientId === selfClientId) continue;
    const ref = state[EDITING_FIELD];
    const user = userOf(state);
    if (!user || !isCellRef(ref)) continue;
    const key = cellKey(ref);
    const list = editors.get(key) ?? [];
    list.push({ clientId, ...user });
    editors.set(key, list);
  }
  for (const list of editors.values()) list.sort((a, b) => a.clientId - b.clientId);
  return editors;
}

/** A stable text form of `cellEditors`, to skip re-rendering when only other awareness fields changed. */
export function editorsSignature(editors: ReadonlyMap<string, CellEditor[]>): string {
  return JSON.stringify([...editors].sort(([a], [b]) => (a < b ? -1 : 1)));
}
