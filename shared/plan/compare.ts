import type { JSONContent } from '@tiptap/core';
import { diffArrays, diffWords } from 'diff';
import type { Status } from './status';
import type { MeasureData, PlanData } from './types';

/** Where a measure sits in a plan, for readable change lists. */
export interface MeasureRef {
  id: string;
  title: string;
  focusArea: string;
  goal: string;
}

export interface FieldChange {
  /** `responsible`, `targetGroup` and `projects` are the measure's parties, groups and projects by name, joined with ", ". */
  field: 'title' | 'responsible' | 'targetGroup' | 'projects' | 'indicator' | 'schedule' | 'statusNote';
  from: string;
  to: string;
}

export interface TextChange {
  /** `same` text appears in both; `added` only in the newer, `removed` only in the older. */
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface BodyChange {
  kind: 'added' | 'removed' | 'changed';
  /** For `changed`: the block's words with additions and removals marked. */
  parts: TextChange[];
}

export interface PlanComparison {
  added: MeasureRef[];
  removed: MeasureRef[];
  moved: Array<{ measure: MeasureRef; from: MeasureRef }>;
  statusChanged: Array<{ measure: MeasureRef; from: Status; to: Status }>;
  changed: Array<{ measure: MeasureRef; fields: FieldChange[] }>;
  body: BodyChange[];
}

const COMPARED_FIELDS: FieldChange['field'][] = ['title', 'responsible', 'targetGroup', 'projects', 'indicator', 'schedule', 'statusNote'];

/**
 * A compared field's value. Parties and groups have their names joined in
 * `responsible` and `targetGroup` already; projects only as references, so
 * their names are joined the same way (a version of schema 1 has none).
 */
function fieldValue(measure: MeasureData, field: FieldChange['field']): string {
  return field === 'projects' ? (measure.projects ?? []).map((project) => project.name).join(', ') : measure[field];
}

function measureIndex(plan: PlanData): Map<string, { ref: MeasureRef; measure: MeasureData; goalId: string }> {
  const index = new Map<string, { ref: MeasureRef; measure: MeasureData; goalId: string }>();
  for (const focusArea of plan.focusAreas) {
    for (const goal of focusArea.goals) {
      for (const measure of goal.measures) {
        index.set(measure.id, {
          ref: { id: measure.id, title: measure.title, focusArea: focusArea.title, goal: goal.title },
          measure,
          goalId: goal.id,
        });
      }
    }
  }
  return index;
}

/** What changed from `older` to `newer`: measures by id, the plan text block by block. */
export function comparePlans(older: PlanData, newer: PlanData): PlanComparison {
  const before = measureIndex(older);
  const after = measureIndex(newer);
  const result: PlanComparison = { added: [], removed: [], moved: [], statusChanged: [], changed: [], body: [] };
  for (const [id, now] of after) {
    const then = before.get(id);
    if (!then) {
      result.added.push(now.ref);
      continue;
    }
    if (then.goalId !== now.goalId) result.moved.push({ measure: now.ref, from: then.ref });
    if (then.measure.status !== now.measure.status) {
      result.statusChanged.push({ measure: now.ref, from: then.measure.status, to: now.measure.status });
    }
    const fields = COMPARED_FIELDS.filter((f) => fieldValue(then.measure, f) !== fieldValue(now.measure, f)).map((field) => ({
      field,
      from: fieldValue(then.measure, field),
      to: fieldValue(now.measure, field),
    }));
    if (fields.length > 0) result.changed.push({ measure: now.ref, fields });
  }
  for (const [id, then] of before) if (!after.has(id)) result.removed.push(then.ref);
  result.body = compareBodies(older.body, newer.body);
  return result;
}

/** The plan text as one line per block (heading, paragraph, list item, table row). */
export function bodyBlocks(body: JSONContent | undefined): string[] {
  const blocks: string[] = [];
  const textOf = (node: JSONContent): string =>
    node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : (node.content ?? []).map(textOf).join('');
  const walk = (node: JSONContent) => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'codeBlock') {
      const text = textOf(node).trim();
      if (text) blocks.push(text);
    } else if (node.type === 'tableRow') {
      blocks.push((node.content ?? []).map((cell) => textOf(cell).trim()).join(' | '));
    } else {
      for (const child of node.content ?? []) walk(child);
    }
  };
  if (body) walk(body);
  return blocks;
}

function compareBodies(older: JSONContent | undefined, newer: JSONContent | undefined): BodyChange[] {
  const changes: BodyChange[] = [];
  const parts = diffArrays(bodyBlocks(older), bodyBlocks(newer));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added && part.value.length === next.value.length) {
      // Rewritten blocks: show the words that changed inside each.
      part.value.forEach((text, k) => changes.push({ kind: 'changed', parts: wordChanges(text, next.value[k]!) }));
      i++;
    } else if (part.added || part.removed) {
      for (const text of part.value) changes.push({ kind: part.added ? 'added' : 'removed', parts: [{ kind: 'same', text }] });
    }
  }
  return changes;
}

function wordChanges(older: string, newer: string): TextChange[] {
  return diffWords(older, newer).map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}
