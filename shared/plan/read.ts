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
import { sortOrdered } from './order';
import { DEFAULT_STATUS, isStatus, isTargetGroupValue } from './status';
import { readStringValue, readTextValue } from './text';
import type { FocusAreaData, GoalData, MeasureData, PlanData, PlanMeta } from './types';
import { readBodyJSON } from './body';

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

/** Reads a measure map into its data (defaults for anything missing or wrong). */
export function readMeasure(id: string, entity: EntityMap): MeasureData {
  const status = entity.get('status');
  const targetGroup = entity.get('targetGroup');
  return {
    id,
    title: readTextValue(entity.get('title')),
    responsible: readTextValue(entity.get('responsible')),
    targetGroup: isTargetGroupValue(targetGroup) ? targetGroup : '',
    indicator: readTextValue(entity.get('indicator')),
    schedule: readStringValue(entity.get('schedule')),
    status: isStatus(status) ? status : DEFAULT_STATUS,
    statusNote: readTextValue(entity.get('statusNote')),
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
 * sorted by `order` as plain strings, ties by id.
 */
export function readPlanData(doc: Y.Doc, planId: string, options: ReadPlanOptions = {}): PlanData {
  const measures: Array<Child<MeasureData>> = [];
  for (const [id, entity] of safeEntries(() => getMeasureMap(doc))) {
    measures.push({
      id,
      order: readOrder(entity),
      parent: readStringValue(entity.get('goalId')),
      data: readMeasure(id, entity),
    });
  }
  const measuresByGoal = groupByParent(measures);

  const goals: Array<Child<GoalData>> = [];
  for (const [id, entity] of safeEntries(() => getGoalMap(doc))) {
    goals.push({
      id,
      order: readOrder(entity),
      parent: readStringValue(entity.get('focusAreaId')),
      data: { id, title: readTextValue(entity.get('title')), measures: measuresByGoal.get(id) ?? [] },
    });
  }
  const goalsByFocusArea = groupByParent(goals);

  const focusAreas: Array<Child<FocusAreaData>> = [];
  for (const [id, entity] of safeEntries(() => getFocusAreaMap(doc))) {
    focusAreas.push({
      id,
      order: readOrder(entity),
      parent: '',
      data: { id, title: readTextValue(entity.get('title')), goals: goalsByFocusArea.get(id) ?? [] },
    });
  }

  const data: PlanData = {
    id: planId,
    title: readPlanTitle(doc),
    focusAreas: sortOrdered(focusAreas).map((fa) => fa.data),
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
