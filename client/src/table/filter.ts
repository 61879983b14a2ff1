import type { MeasureData, PlanData, Status } from '../../../shared/plan';

/**
 * What the table shows; null means "any". Parties, target groups and
 * projects are the plan's entries, by id ('' for measures without any).
 */
export interface TableFilters {
  status: Status | null;
  party: string | null;
  /** With a party: only the measures it leads (the first of their parties). */
  leadOnly: boolean;
  targetGroup: string | null;
  project: string | null;
  /** Only measures with open comment threads. */
  openComments: boolean;
}

export const NO_FILTERS: TableFilters = {
  status: null,
  party: null,
  leadOnly: false,
  targetGroup: null,
  project: null,
  openComments: false,
};

export function isFiltering(filters: TableFilters): boolean {
  return (
    filters.status !== null ||
    filters.party !== null ||
    filters.targetGroup !== null ||
    filters.project !== null ||
    filters.openComments
  );
}

/** Whether a list of entries passes an entry filter: holds the id, or is empty for ''. */
function hasEntry(list: ReadonlyArray<{ id: string }> | undefined, wanted: string | null): boolean {
  if (wanted === null) return true;
  if (wanted === '') return !list || list.length === 0;
  return list?.some((entry) => entry.id === wanted) ?? false;
}

/** Whether the measure passes every filter. `commented`: the measures with open threads. */
export function matchesFilters(
  measure: MeasureData,
  filters: TableFilters,
  commented: ReadonlySet<string> = new Set(),
): boolean {
  if (filters.status !== null && measure.status !== filters.status) return false;
  if (filters.openComments && !commented.has(measure.id)) return false;
  const parties = measure.responsibleParties;
  if (filters.leadOnly && filters.party) {
    if (parties?.[0]?.id !== filters.party) return false;
  } else if (!hasEntry(parties, filters.party)) {
    return false;
  }
  return hasEntry(measure.targetGroups, filters.targetGroup) && hasEntry(measure.projects, filters.project);
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
