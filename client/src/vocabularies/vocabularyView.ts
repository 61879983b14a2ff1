import type { MeasureData, PartyData, PlanData, ProjectData, VocabularyKind } from '../../../shared/plan';

/** Which measures name an entry, in table order, and how many have it first (a party as the lead). */
export interface EntryUsage {
  measures: Array<{ id: string; title: string }>;
  lead: number;
}

/** An entry of any vocabulary by its name (a target group's label is its name here). */
export interface NamedEntry {
  id: string;
  name: string;
}

/** What the vocabularies page shows: the three lists and where each entry is used. */
export interface VocabularyView {
  parties: PartyData[];
  targetGroups: NamedEntry[];
  projects: ProjectData[];
  uses: Record<VocabularyKind, ReadonlyMap<string, EntryUsage>>;
}

const NO_USE: EntryUsage = { measures: [], lead: 0 };

export function usageOf(view: VocabularyView, kind: VocabularyKind, id: string): EntryUsage {
  return view.uses[kind].get(id) ?? NO_USE;
}

/** How many measures name `a` or `b`: what the one kept has after merging them. */
export function mergedCount(view: VocabularyView, kind: VocabularyKind, a: string, b: string): number {
  return new Set([...usageOf(view, kind, a).measures, ...usageOf(view, kind, b).measures].map((measure) => measure.id)).size;
}

export function entriesOf(view: VocabularyView, kind: VocabularyKind): NamedEntry[] {
  return kind === 'party' ? view.parties : kind === 'project' ? view.projects : view.targetGroups;
}

const REFS: Record<VocabularyKind, (measure: MeasureData) => ReadonlyArray<{ id: string }>> = {
  party: (measure) => measure.responsibleParties ?? [],
  targetGroup: (measure) => measure.targetGroups ?? [],
  project: (measure) => measure.projects ?? [],
};

/** The page's view of the plan's data. */
export function vocabularyView(data: PlanData): VocabularyView {
  const uses = { party: new Map(), targetGroup: new Map(), project: new Map() } satisfies Record<VocabularyKind, Map<string, EntryUsage>>;
  for (const focusArea of data.focusAreas) {
    for (const goal of focusArea.goals) {
      for (const measure of goal.measures) {
        for (const kind of Object.keys(REFS) as VocabularyKind[]) {
          REFS[kind](measure).forEach(({ id }, place) => {
            const use = uses[kind].get(id) ?? { measures: [], lead: 0 };
            use.measures.push({ id: measure.id, title: measure.title });
            if (place === 0) use.lead++;
            uses[kind].set(id, use);
          });
        }
      }
    }
  }
  return {
    parties: data.parties ?? [],
    targetGroups: (data.targetGroups ?? []).map(({ id, label }) => ({ id, name: label })),
    projects: data.projects ?? [],
    uses,
  };
}
