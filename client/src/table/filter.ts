import { measureHasTargetGroup, type MeasureData, type PlanData, type Status, type TargetGroupValue } from '../../../shared/plan';

/** What the table shows; null means "any". The responsible party is matched as text. */
export interface TableFilters {
  status: Status | null;
  /** A group, '' for measures without one, or null for any. */
  targetGroup: TargetGroupValue | null;
  responsible: string;
  /** Only measures with open comment threads. */
  openComments: boolean;
}

export const NO_FILTERS: TableFilters = { status: null, targetGroup: null, responsible: '', openComments: false };

export function isFiltering(filters: TableFilters): boolean {
  return (
    filters.status !== null ||
    filters.targetGroup !== null ||
    filters.openComments ||
    searchWords(filters.responsible).length > 0
  );
}

function normalise(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();
}

function searchWords(query: string): string[] {
  const norm = normalise(query);
  return norm === '' ? [] : norm.split(' ');
}

/**
 * Every word of the query appears in the responsible party ("sivistys kombi"
 * finds "sivistystoimi, Kombi"). `commented`: the measures with open threads.
 */
export function matchesFilters(
  measure: MeasureData,
  filters: TableFilters,
  commented: ReadonlySet<string> = new Set(),
): boolean {
  if (filters.status !== null && measure.status !== filters.status) return false;
  if (filters.targetGroup !== null && !measureHasTargetGroup(measure, filters.targetGroup)) return false;
  if (filters.openComments && !commented.has(measure.id)) return false;
  const responsible = normalise(measure.responsible);
  return searchWords(filters.responsible).every((word) => responsible.includes(word));
}

export interface FilteredPlan {
  /** The plan with only the visible measures; see `filterPlan`. */
  data: PlanData;
  visible: number;
  total: number;
}

/**
 * The part of the plan the table shows. Every focus area stays, so the
 * table keeps its outline; while filtering, goals without a visible measure
 * drop out, and every shown measure keeps its goal and focus area above it.
 * `pinned` measures and goals stay whatever the filters say: the one being
 * edited must not vanish when its status changes, nor a new one the moment
 * it is added.
 */
export function filterPlan(
  data: PlanData,
  filters: TableFilters,
  pinned: ReadonlySet<string> = new Set(),
  commented: ReadonlySet<string> = new Set(),
): FilteredPlan {
  let total = 0;
  let visible = 0;
  const filtering = isFiltering(filters);
  const focusAreas = data.focusAreas.map((focusArea) => ({
    ...focusArea,
    goals: focusArea.goals.flatMap((goal) => {
      total += goal.measures.length;
      const measures = goal.measures.filter((m) => !filtering || pinned.has(m.id) || matchesFilters(m, filters, commented));
      visible += measures.length;
      return filtering && measures.length === 0 && !pinned.has(goal.id) ? [] : [{ ...goal, measures }];
    }),
  }));
  return { data: { ...data, focusAreas }, visible, total };
}
