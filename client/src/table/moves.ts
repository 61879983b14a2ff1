import type { PlanData, Position } from '../../../shared/plan';

export type EntityKind = 'focusArea' | 'goal' | 'measure';
export type Direction = 'up' | 'down';

/** A move the schema's `moveMeasure` / `moveGoal` / `moveFocusArea` carries out. */
export type MoveRequest =
  | { kind: 'measure'; id: string; to: Position & { goalId: string } }
  | { kind: 'goal'; id: string; to: Position & { focusAreaId: string } }
  | { kind: 'focusArea'; id: string; to: Position };

interface Sibling {
  id: string;
}

/** Next to the neighbour on that side, or past the edge into the neighbouring parent. */
function step(
  siblings: readonly Sibling[],
  index: number,
  direction: Direction,
  neighbourParent: () => { id: string; children: readonly Sibling[] } | undefined,
): { parentId?: string; position: Position } | null {
  const neighbour = siblings[direction === 'up' ? index - 1 : index + 1];
  if (neighbour) return { position: direction === 'up' ? { before: neighbour.id } : { after: neighbour.id } };
  const parent = neighbourParent();
  if (!parent) return null;
  const edge = direction === 'up' ? parent.children.at(-1) : parent.children[0];
  if (!edge) return { parentId: parent.id, position: direction === 'up' ? {} : { index: 0 } };
  return { parentId: parent.id, position: direction === 'up' ? { after: edge.id } : { before: edge.id } };
}

/**
 * One step up or down among what the table shows (`view`, possibly
 * filtered), for the move buttons and Alt+arrow keys. A measure at the edge
 * of its goal moves into the neighbouring goal, a goal into the neighbouring
 * focus area; a focus area at the edge stays. Null when there is nowhere to go.
 */
export function keyboardMove(view: PlanData, kind: EntityKind, id: string, direction: Direction): MoveRequest | null {
  const offset = direction === 'up' ? -1 : 1;
  if (kind === 'focusArea') {
    const index = view.focusAreas.findIndex((fa) => fa.id === id);
    if (index < 0) return null;
    const result = step(view.focusAreas, index, direction, () => undefined);
    return result && { kind, id, to: result.position };
  }
  if (kind === 'goal') {
    const fi = view.focusAreas.findIndex((fa) => fa.goals.some((g) => g.id === id));
    const focusArea = view.focusAreas[fi];
    if (!focusArea) return null;
    const result = step(focusArea.goals, focusArea.goals.findIndex((g) => g.id === id), direction, () => {
      const other = view.focusAreas[fi + offset];
      return other && { id: other.id, children: other.goals };
    });
    return result && { kind, id, to: { focusAreaId: result.parentId ?? focusArea.id, ...result.position } };
  }
  const goals = view.focusAreas.flatMap((fa) => fa.goals);
  const gi = goals.findIndex((g) => g.measures.some((m) => m.id === id));
  const goal = goals[gi];
  if (!goal) return null;
  const result = step(goal.measures, goal.measures.findIndex((m) => m.id === id), direction, () => {
    const other = goals[gi + offset];
    return other && { id: other.id, children: other.measures };
  });
  return result && { kind, id, to: { goalId: result.parentId ?? goal.id, ...result.position } };
}

/** Where an entity stands now: its parent's title and its place among its siblings (1-based). */
export function locate(
  data: PlanData,
  kind: EntityKind,
  id: string,
): { parent: string; position: number; count: number } | null {
  if (kind === 'focusArea') {
    const index = data.focusAreas.findIndex((fa) => fa.id === id);
    return index < 0 ? null : { parent: data.title, position: index + 1, count: data.focusAreas.length };
  }
  for (const focusArea of data.focusAreas) {
    if (kind === 'goal') {
      const index = focusArea.goals.findIndex((g) => g.id === id);
      if (index >= 0) return { parent: focusArea.title, position: index + 1, count: focusArea.goals.length };
      continue;
    }
    for (const goal of focusArea.goals) {
      const index = goal.measures.findIndex((m) => m.id === id);
      if (index >= 0) return { parent: goal.title, position: index + 1, count: goal.measures.length };
    }
  }
  return null;
}
