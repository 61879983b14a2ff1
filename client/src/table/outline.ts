import type { PlanData } from '../../../shared/plan';

/**
 * The table's shape without its content: which focus areas, goals and
 * measures there are, in display order, by id. The components above the
 * rows render from this alone, so that a changed status or title (content)
 * re-renders only the row it belongs to; only a change of the shape (an
 * entity added, deleted or moved, or a filter) reaches them.
 */
export interface TableOutline {
  focusAreas: readonly OutlineFocusArea[];
}

export interface OutlineFocusArea {
  id: string;
  goals: readonly OutlineGoal[];
}

export interface OutlineGoal {
  id: string;
  measures: readonly OutlineMeasure[];
}

export interface OutlineMeasure {
  id: string;
}

const sameItems = <T>(a: readonly T[], b: readonly T[] | undefined): boolean =>
  b !== undefined && a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The outline of `data`, sharing every part that is the same as in
 * `previous`: an unchanged goal keeps its object, and an unchanged outline
 * is `previous` itself, so that memoised components and selectors can
 * compare by reference.
 */
export function outlineOf(data: PlanData, previous?: TableOutline): TableOutline {
  const oldFocusAreas = new Map(previous?.focusAreas.map((fa) => [fa.id, fa]));
  const oldGoals = new Map(previous?.focusAreas.flatMap((fa) => fa.goals.map((goal) => [goal.id, goal] as const)));
  const oldMeasures = new Map(
    previous?.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures.map((m) => [m.id, m] as const))),
  );
  const focusAreas = data.focusAreas.map((focusArea): OutlineFocusArea => {
    const goals = focusArea.goals.map((goal): OutlineGoal => {
      const measures = goal.measures.map(({ id }) => oldMeasures.get(id) ?? { id });
      const old = oldGoals.get(goal.id);
      return old && sameItems(measures, old.measures) ? old : { id: goal.id, measures };
    });
    const old = oldFocusAreas.get(focusArea.id);
    return old && sameItems(goals, old.goals) ? old : { id: focusArea.id, goals };
  });
  return previous && sameItems(focusAreas, previous.focusAreas) ? previous : { focusAreas };
}

/** How many measures the outline shows. */
export function countMeasures(outline: TableOutline): number {
  return outline.focusAreas.reduce((n, fa) => n + fa.goals.reduce((m, goal) => m + goal.measures.length, 0), 0);
}

/** The first and the last goal of the whole table (where the move buttons of measures stop), if any. */
export function edgeGoals(outline: TableOutline): { first?: string; last?: string } {
  const goals = outline.focusAreas.flatMap((fa) => fa.goals);
  return { first: goals[0]?.id, last: goals.at(-1)?.id };
}
