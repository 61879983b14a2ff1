/**
 * Readers of the plan document. They never throw on what a peer may have
 * written: unknown fields are ignored, missing or wrong-typed values get their
 * defaults, entities whose parent is gone (orphans of a concurrent delete) are
 * skipped.
 */
import type * as Y from 'yjs';
import {
  entityEntries,
  getFocusAreaMap,
  getGoalMap,
  getMeasureMap,
  getMeta,
  readOrder,
  type EntityMap,
} from './doc';
import { measureVocabularyIds, readRefIds } from './measureRefs';
import { sortOrdered } from './order';
import { DEFAULT_STATUS, isStatus } from './status';
import { readStringValue, readTextValue } from './text';
import type { FocusAreaData, GoalData, MeasureData, PlanData, PlanMeta } from './types';
import { readBodyJSON } from './body';
import { VocabularyReader } from './vocabularies';
import { readVocabularyLists } from './vocabularyRead';

/** The plan's title ('' when not set). */
export function readPlanTitle(doc: Y.Doc): string {
  try {
    return readTextValue(getMeta(doc).get('title'));
  } catch {
    return '';
  }
}

/** The plan properties of `meta`. */
export function readPlanMeta(doc: Y.Doc): PlanMeta {
  try {
    const meta = getMeta(doc);
    const result: PlanMeta = { title: readTextValue(meta.get('title')) };
    const createdAt = meta.get('createdAt');
    if (typeof createdAt === 'string') result.createdAt = createdAt;
    const municipality = meta.get('municipality');
    if (typeof municipality === 'string') result.municipality = municipality;
    return result;
  } catch {
    return { title: '' };
  }
}

/**
 * Reads a measure map into its data (defaults for anything missing or wrong).
 * Names of parties, groups and projects come from the measure's document
 * (`vocabulary`, one reader for many measures; made from the entity's
 * document when not given). `responsible` and `targetGroup` are the names
 * joined with ", "; references to entries that are gone are left out.
 */
export function readMeasure(id: string, entity: EntityMap, vocabulary?: VocabularyReader): MeasureData {
  const status = entity.get('status');
  const names = vocabulary ?? (entity.doc ? new VocabularyReader(entity.doc) : undefined);
  const named = (kind: 'party' | 'targetGroup' | 'project') => {
    if (!names) return [];
    const ids = kind === 'project' ? readRefIds(entity, kind) : measureVocabularyIds(entity, kind, names);
    return ids.flatMap((ref) => {
      const entry = names.entry(kind, ref);
      return entry ? [{ id: entry.id, name: entry.name }] : [];
    });
  };
  const responsibleParties = named('party');
  const targetGroups = named('targetGroup').map(({ id, name }) => ({ id, label: name }));
  return {
    id,
    title: readTextValue(entity.get('title')),
    responsible: responsibleParties.map((party) => party.name).join(', '),
    targetGroup: targetGroups.map((group) => group.label).join(', '),
    indicator: readTextValue(entity.get('indicator')),
    schedule: readStringValue(entity.get('schedule')),
    status: isStatus(status) ? status : DEFAULT_STATUS,
    statusNote: readTextValue(entity.get('statusNote')),
    responsibleParties,
    targetGroups,
    projects: named('project'),
    indicatorIds: readRefIds(entity, 'indicator'),
  };
}

interface Child<T> {
  id: string;
  order: string;
  parent: string;
  data: T;
}

function groupByParent<T>(children: Array<Child<T>>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const child of sortOrdered(children)) {
    const list = groups.get(child.parent);
    if (list) list.push(child.data);
    else groups.set(child.parent, [child.data]);
  }
  return groups;
}

function safeEntries(get: () => Y.Map<unknown>): Array<[string, EntityMap]> {
  try {
    return entityEntries(get());
  } catch {
    // A top-level name taken by another Yjs type: nothing to read.
    return [];
  }
}

export interface ReadPlanOptions {
  /** Also read the plan text as Tiptap JSON into `body`. */
  includeBody?: boolean;
}

/**
 * The plan's structured data (the `/data` JSON), in display order: siblings
 * sorted by `order` as plain strings, ties by id. Measures are read in that
 * order too, so that names only a measure's text gives (see ./measureRefs)
 * are listed among the vocabularies in the order they first appear.
 */
export function readPlanData(doc: Y.Doc, planId: string, options: ReadPlanOptions = {}): PlanData {
  const measures: Array<Child<{ id: string; entity: EntityMap }>> = [];
  for (const [id, entity] of safeEntries(() => getMeasureMap(doc))) {
    measures.push({ id, order: readOrder(entity), parent: readStringValue(entity.get('goalId')), data: { id, entity } });
  }
  const measuresByGoal = groupByParent(measures);

  const goals: Array<Child<{ id: string; entity: EntityMap }>> = [];
  for (const [id, entity] of safeEntries(() => getGoalMap(doc))) {
    goals.push({ id, order: readOrder(entity), parent: readStringValue(entity.get('focusAreaId')), data: { id, entity } });
  }
  const goalsByFocusArea = groupByParent(goals);

  const focusAreas: Array<Child<{ id: string; entity: EntityMap }>> = [];
  for (const [id, entity] of safeEntries(() => getFocusAreaMap(doc))) {
    focusAreas.push({ id, order: readOrder(entity), parent: '', data: { id, entity } });
  }

  const vocabulary = new VocabularyReader(doc);
  const focusAreaData = sortOrdered(focusAreas).map(({ data: fa }): FocusAreaData => ({
    id: fa.id,
    title: readTextValue(fa.entity.get('title')),
    goals: (goalsByFocusArea.get(fa.id) ?? []).map((goal): GoalData => ({
      id: goal.id,
      title: readTextValue(goal.entity.get('title')),
      measures: (measuresByGoal.get(goal.id) ?? []).map((m) => readMeasure(m.id, m.entity, vocabulary)),
    })),
  }));

  const data: PlanData = {
    id: planId,
    title: readPlanTitle(doc),
    focusAreas: focusAreaData,
    ...readVocabularyLists(doc, vocabulary),
  };
  if (options.includeBody) data.body = readBodyJSON(doc);
  return data;
}

/** Where a measure sits: its goal and focus area (undefined for unknown ids and orphans). */
export function findMeasure(
  data: PlanData,
  measureId: string,
): { focusArea: FocusAreaData; goal: GoalData; measure: MeasureData; index: number } | undefined {
  for (const focusArea of data.focusAreas) {
    for (const goal of focusArea.goals) {
      const index = goal.measures.findIndex((m) => m.id === measureId);
      const measure = goal.measures[index];
      if (measure) return { focusArea, goal, measure, index };
    }
  }
  return undefined;
}
