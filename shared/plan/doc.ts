/**
 * Typed access to the plan document (Y.Doc `plan:<planId>`), exactly as the
 * contract names its top-level types:
 *
 * - `meta` (Y.Map): `title` (string), `createdAt`, `municipality` (optional strings)
 * - `body` (Y.XmlFragment): the plan text, see ./body
 * - `focusAreas` (Y.Map id → Y.Map): `title` (Y.Text), `order`
 * - `goals` (Y.Map id → Y.Map): `focusAreaId`, `title` (Y.Text), `order`
 * - `measures` (Y.Map id → Y.Map): `goalId`, `order`, `title`, `responsible`,
 *   `indicator`, `statusNote` (Y.Text each), `targetGroup`, `schedule`, `status` (strings),
 *   and references to the vocabularies (see ./measureRefs)
 * - `parties`, `partyContacts`, `targetGroups`, `projects`: see ./vocabularies
 *
 * Every write goes through one transaction with the caller's origin. Writers
 * validate and throw `PlanDocError`; readers (./read) never throw.
 */
import * as Y from 'yjs';
import { BODY_FIELD } from '../editor/planTextExtensions';
import {
  checkText,
  checkTitle,
  entityEntries,
  getEntity,
  getFocusAreaMap,
  getGoalMap,
  getMeasureMap,
  getMeta,
  PlanDocError,
  readOrder,
  requireEntity,
  type EntityMap,
} from './collections';
import { newId, isEntityId } from './ids';
import { measureRefInput, namesOfMirrorText, writeMeasureRefs, type MeasureRefInput, type MeasureRefNames } from './measureWrite';
import { placeAt, sortOrdered, keysAfter, type Ordered } from './order';
import { DEFAULT_STATUS, isStatus, STATUSES } from './status';
import { readStringValue, readTextValue, replaceYText } from './text';
import {
  isMeasureField,
  MEASURE_TEXT_FIELDS,
  isMeasureTextField,
  type MeasureField,
  type MeasureFields,
  type PlanMeta,
} from './types';
import { getVocabularyMap, VocabularyWriter } from './vocabularies';

export {
  META_KEY,
  FOCUS_AREAS_KEY,
  GOALS_KEY,
  MEASURES_KEY,
  MAX_TEXT_LENGTH,
  PlanDocError,
  type PlanDocErrorCode,
  type EntityMap,
  getMeta,
  getFocusAreaMap,
  getGoalMap,
  getMeasureMap,
  getMeasure,
  entityEntries,
  readOrder,
} from './collections';

// ---------------------------------------------------------------------------
// Top-level types

export function getBody(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(BODY_FIELD);
}

export function getFocusArea(doc: Y.Doc, id: string): EntityMap | undefined {
  return getEntity(getFocusAreaMap(doc), id);
}

export function getGoal(doc: Y.Doc, id: string): EntityMap | undefined {
  return getEntity(getGoalMap(doc), id);
}

/** Children of `parentId` (by `parentField`), in display order. */
export function orderedChildren(
  collection: Y.Map<unknown>,
  parentField: 'focusAreaId' | 'goalId' | null,
  parentId: string | null,
): Array<Ordered & { entity: EntityMap }> {
  const list: Array<Ordered & { entity: EntityMap }> = [];
  for (const [id, entity] of entityEntries(collection)) {
    if (parentField !== null && entity.get(parentField) !== parentId) continue;
    list.push({ id, order: readOrder(entity), entity });
  }
  return sortOrdered(list);
}

/**
 * Every entity of `collection` by its parent (by `parentField`), each list in display order: one pass over
 * the collection, where `orderedChildren` for each parent in turn would be one pass per parent.
 */
export function orderedChildrenByParent(
  collection: Y.Map<unknown>,
  parentField: 'focusAreaId' | 'goalId',
): Map<unknown, Array<Ordered & { entity: EntityMap }>> {
  const byParent = new Map<unknown, Array<Ordered & { entity: EntityMap }>>();
  for (const [id, entity] of entityEntries(collection)) {
    const parentId = entity.get(parentField);
    let siblings = byParent.get(parentId);
    if (!siblings) byParent.set(parentId, (siblings = []));
    siblings.push({ id, order: readOrder(entity), entity });
  }
  for (const siblings of byParent.values()) sortOrdered(siblings);
  return byParent;
}

/** Whether the document holds nothing yet (no title, text or entities). */
export function isPlanDocEmpty(doc: Y.Doc): boolean {
  return (
    getMeta(doc).size === 0 &&
    getBody(doc).length === 0 &&
    getFocusAreaMap(doc).size === 0 &&
    getGoalMap(doc).size === 0 &&
    getMeasureMap(doc).size === 0 &&
    getVocabularyMap(doc, 'party').size === 0 &&
    getVocabularyMap(doc, 'targetGroup').size === 0 &&
    getVocabularyMap(doc, 'project').size === 0
  );
}

// ---------------------------------------------------------------------------
// Validation

function checkNewId(collection: Y.Map<unknown>, id: string | undefined): string {
  if (id === undefined) return newId();
  if (!isEntityId(id)) throw new PlanDocError('invalid', `invalid id: ${String(id)}`);
  if (collection.has(id)) throw new PlanDocError('conflict', `id already in use: ${id}`);
  return id;
}

function checkMeasureValue(field: MeasureField, value: unknown): string {
  if (isMeasureTextField(field)) return checkText(value, field);
  switch (field) {
    case 'status':
      if (!isStatus(value)) {
        throw new PlanDocError('invalid', `status must be one of ${STATUSES.join(', ')}`);
      }
      return value;
    case 'targetGroup':
    case 'schedule':
      return checkText(value, field);
  }
}

// ---------------------------------------------------------------------------
// Positions

/**
 * Where an entity goes among its siblings: right `after` or `before` a sibling
 * (by id), at an `index` of the display order, or (none given) at the end.
 */
export interface Position {
  after?: string;
  before?: string;
  index?: number;
}

function resolveIndex(siblings: readonly Ordered[], position: Position, what: string): number {
  if (position.after !== undefined) {
    const at = siblings.findIndex((s) => s.id === position.after);
    if (at < 0) throw new PlanDocError('not-found', `unknown ${what} to place after: ${position.after}`);
    return at + 1;
  }
  if (position.before !== undefined) {
    const at = siblings.findIndex((s) => s.id === position.before);
    if (at < 0) throw new PlanDocError('not-found', `unknown ${what} to place before: ${position.before}`);
    return at;
  }
  if (position.index !== undefined) {
    if (!Number.isInteger(position.index) || position.index < 0) {
      throw new PlanDocError('invalid', 'index must be a non-negative integer');
    }
    return Math.min(position.index, siblings.length);
  }
  return siblings.length;
}

function place(
  collection: Y.Map<unknown>,
  siblings: ReadonlyArray<Ordered>,
  position: Position,
  what: string,
): string {
  const { order, reorder } = placeAt(siblings, resolveIndex(siblings, position, what));
  for (const { id, order: key } of reorder) getEntity(collection, id)?.set('order', key);
  return order;
}

// ---------------------------------------------------------------------------
// Plan properties

export function setPlanTitle(doc: Y.Doc, title: string, origin?: unknown): void {
  const value = checkText(title, 'title');
  doc.transact(() => {
    if (getMeta(doc).get('title') !== value) getMeta(doc).set('title', value);
  }, origin);
}

/** Sets the given plan properties (`title`, `createdAt`, `municipality`). */
export function setPlanMeta(doc: Y.Doc, patch: Partial<PlanMeta>, origin?: unknown): void {
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
  for (const [key, value] of entries) {
    if (key !== 'title' && key !== 'createdAt' && key !== 'municipality') {
      throw new PlanDocError('invalid', `unknown plan property: ${key}`);
    }
    checkText(value, key);
  }
  doc.transact(() => {
    const meta = getMeta(doc);
    for (const [key, value] of entries) if (meta.get(key) !== value) meta.set(key, value);
  }, origin);
}

// ---------------------------------------------------------------------------
// Focus areas and goals

export interface NewFocusArea extends Position {
  title: string;
  /** A chosen id (URL-safe); a random one by default. */
  id?: string;
}

/** Adds a focus area (at the end unless placed) and returns its id. */
export function addFocusArea(doc: Y.Doc, input: NewFocusArea, origin?: unknown): string {
  const title = checkTitle(input.title, 'title');
  const collection = getFocusAreaMap(doc);
  const id = checkNewId(collection, input.id);
  doc.transact(() => {
    const order = place(collection, orderedChildren(collection, null, null), input, 'focus area');
    const entity: EntityMap = new Y.Map<unknown>();
    collection.set(id, entity);
    entity.set('title', new Y.Text(title));
    entity.set('order', order);
  }, origin);
  return id;
}

export interface NewGoal extends Position {
  title: string;
  id?: string;
}

/** Adds a goal under a focus area (at the end unless placed) and returns its id. */
export function addGoal(doc: Y.Doc, focusAreaId: string, input: NewGoal, origin?: unknown): string {
  requireEntity(getFocusAreaMap(doc), focusAreaId, 'focus area');
  const title = checkTitle(input.title, 'title');
  const collection = getGoalMap(doc);
  const id = checkNewId(collection, input.id);
  doc.transact(() => {
    const siblings = orderedChildren(collection, 'focusAreaId', focusAreaId);
    const order = place(collection, siblings, input, 'goal');
    const entity: EntityMap = new Y.Map<unknown>();
    collection.set(id, entity);
    entity.set('focusAreaId', focusAreaId);
    entity.set('title', new Y.Text(title));
    entity.set('order', order);
  }, origin);
  return id;
}

export function setFocusAreaTitle(doc: Y.Doc, id: string, title: string, origin?: unknown): void {
  setEntityTitle(doc, getFocusAreaMap(doc), id, title, 'focus area', origin);
}

export function setGoalTitle(doc: Y.Doc, id: string, title: string, origin?: unknown): void {
  setEntityTitle(doc, getGoalMap(doc), id, title, 'goal', origin);
}

function setEntityTitle(
  doc: Y.Doc,
  collection: Y.Map<unknown>,
  id: string,
  title: string,
  what: string,
  origin: unknown,
): void {
  const entity = requireEntity(collection, id, what);
  const value = checkTitle(title, 'title');
  doc.transact(() => setText(entity, 'title', value), origin);
}

/** Deletes a focus area with its goals and their measures; false if it did not exist. */
export function deleteFocusArea(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const focusAreas = getFocusAreaMap(doc);
  if (!focusAreas.has(id)) return false;
  doc.transact(() => {
    for (const [goalId, goal] of entityEntries(getGoalMap(doc))) {
      if (goal.get('focusAreaId') === id) removeGoal(doc, goalId);
    }
    focusAreas.delete(id);
  }, origin);
  return true;
}

/** Deletes a goal with its measures; false if it did not exist. */
export function deleteGoal(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!getGoalMap(doc).has(id)) return false;
  doc.transact(() => removeGoal(doc, id), origin);
  return true;
}

function removeGoal(doc: Y.Doc, id: string): void {
  const measures = getMeasureMap(doc);
  for (const [measureId, measure] of entityEntries(measures)) {
    if (measure.get('goalId') === id) measures.delete(measureId);
  }
  getGoalMap(doc).delete(id);
}

/** Moves a focus area to another position. */
export function moveFocusArea(doc: Y.Doc, id: string, position: Position, origin?: unknown): void {
  const collection = getFocusAreaMap(doc);
  const entity = requireEntity(collection, id, 'focus area');
  doc.transact(() => {
    const siblings = orderedChildren(collection, null, null).filter((s) => s.id !== id);
    entity.set('order', place(collection, siblings, position, 'focus area'));
  }, origin);
}

/** Moves a goal to another position, under its own or another focus area. */
export function moveGoal(
  doc: Y.Doc,
  id: string,
  to: Position & { focusAreaId?: string },
  origin?: unknown,
): void {
  const collection = getGoalMap(doc);
  const entity = requireEntity(collection, id, 'goal');
  const focusAreaId = to.focusAreaId ?? readStringValue(entity.get('focusAreaId'));
  requireEntity(getFocusAreaMap(doc), focusAreaId, 'focus area');
  doc.transact(() => {
    const siblings = orderedChildren(collection, 'focusAreaId', focusAreaId).filter((s) => s.id !== id);
    const order = place(collection, siblings, to, 'goal');
    if (entity.get('focusAreaId') !== focusAreaId) entity.set('focusAreaId', focusAreaId);
    entity.set('order', order);
  }, origin);
}

// ---------------------------------------------------------------------------
// Measures

/**
 * A new measure: its fields, and its parties, groups and projects by name
 * (the lists first, then what the `responsible` and `targetGroup` texts name;
 * entries are made for names the plan does not know).
 */
export interface NewMeasure extends Partial<MeasureFields>, MeasureRefInput, Position {
  title: string;
  id?: string;
}

/** Adds a measure under a goal (at the end unless placed) and returns its id. */
export function addMeasure(doc: Y.Doc, goalId: string, input: NewMeasure, origin?: unknown): string {
  requireEntity(getGoalMap(doc), goalId, 'goal');
  const fields = checkMeasureFields(input);
  const refs = measureRefInput(input);
  const collection = getMeasureMap(doc);
  const id = checkNewId(collection, input.id);
  doc.transact(() => {
    const siblings = orderedChildren(collection, 'goalId', goalId);
    const order = place(collection, siblings, input, 'measure');
    writeNewMeasure(collection, id, goalId, order, fields, refs, new VocabularyWriter(doc));
  }, origin);
  return id;
}

function checkMeasureFields(input: Partial<MeasureFields>): MeasureFields {
  const title = checkTitle(input.title, 'title');
  const get = <F extends MeasureField>(field: F, fallback: string): string =>
    input[field] === undefined ? fallback : checkMeasureValue(field, input[field]);
  return {
    title,
    responsible: get('responsible', ''),
    targetGroup: get('targetGroup', '') as MeasureFields['targetGroup'],
    indicator: get('indicator', ''),
    schedule: get('schedule', ''),
    status: get('status', DEFAULT_STATUS) as MeasureFields['status'],
    statusNote: get('statusNote', ''),
  };
}

/**
 * Writes a complete measure map. Every text field gets its Y.Text at once, so
 * two replicas never create competing Y.Texts for the same field later;
 * `responsible` and `targetGroup` are written from the references.
 */
function writeNewMeasure(
  collection: Y.Map<unknown>,
  id: string,
  goalId: string,
  order: string,
  fields: MeasureFields,
  refs: MeasureRefNames,
  vocabulary: VocabularyWriter,
): void {
  const entity: EntityMap = new Y.Map<unknown>();
  collection.set(id, entity);
  entity.set('goalId', goalId);
  entity.set('order', order);
  for (const field of MEASURE_TEXT_FIELDS) if (field !== 'responsible') entity.set(field, new Y.Text(fields[field]));
  entity.set('schedule', fields.schedule);
  entity.set('status', fields.status);
  writeMeasureRefs(entity, refs, vocabulary);
}

/**
 * Sets one field of a measure. Text fields change only the characters that
 * differ, so concurrent edits of the same text merge; `status` must be a
 * status key. `responsible` and `targetGroup` set the measure's parties and
 * groups from the names the text gives (a target group key of schema 1 is
 * its group), making entries for names the plan does not know.
 */
export function setMeasureField<F extends MeasureField>(
  doc: Y.Doc,
  id: string,
  field: F,
  value: MeasureFields[F],
  origin?: unknown,
): void {
  const entity = requireEntity(getMeasureMap(doc), id, 'measure');
  if (!isMeasureField(field)) throw new PlanDocError('invalid', `unknown measure field: ${String(field)}`);
  const checked = field === 'title' ? checkTitle(value, 'title') : checkMeasureValue(field, value);
  doc.transact(() => writeMeasureValue(doc, entity, field, checked), origin);
}

function writeMeasureValue(doc: Y.Doc, entity: EntityMap, field: MeasureField, value: string): void {
  if (field === 'responsible' || field === 'targetGroup') {
    writeMeasureRefs(entity, namesOfMirrorText(field, value), new VocabularyWriter(doc));
  } else if (isMeasureTextField(field)) {
    setText(entity, field, value);
  } else if (entity.get(field) !== value) {
    entity.set(field, value);
  }
}

/** Sets several fields of a measure in one transaction. */
export function updateMeasure(
  doc: Y.Doc,
  id: string,
  patch: Partial<MeasureFields>,
  origin?: unknown,
): void {
  const entity = requireEntity(getMeasureMap(doc), id, 'measure');
  const changes: Array<[MeasureField, string]> = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (!isMeasureField(field)) throw new PlanDocError('invalid', `unknown measure field: ${field}`);
    changes.push([field, field === 'title' ? checkTitle(value, 'title') : checkMeasureValue(field, value)]);
  }
  doc.transact(() => {
    for (const [field, value] of changes) writeMeasureValue(doc, entity, field, value);
  }, origin);
}

function setText(entity: EntityMap, field: string, value: string): void {
  const current = entity.get(field);
  if (current instanceof Y.Text) replaceYText(current, value);
  else entity.set(field, new Y.Text(value));
}

/**
 * Moves a measure to a position under its own goal or another one (`goalId`).
 * Only `goalId` and `order` change (and, after ties, siblings' `order`): a
 * concurrent edit of the measure's texts is kept.
 */
export function moveMeasure(
  doc: Y.Doc,
  id: string,
  to: Position & { goalId?: string },
  origin?: unknown,
): void {
  const collection = getMeasureMap(doc);
  const entity = requireEntity(collection, id, 'measure');
  const goalId = to.goalId ?? readStringValue(entity.get('goalId'));
  requireEntity(getGoalMap(doc), goalId, 'goal');
  doc.transact(() => {
    const siblings = orderedChildren(collection, 'goalId', goalId).filter((s) => s.id !== id);
    const order = place(collection, siblings, to, 'measure');
    if (entity.get('goalId') !== goalId) entity.set('goalId', goalId);
    entity.set('order', order);
  }, origin);
}

/** Deletes a measure; false if it did not exist. */
export function deleteMeasure(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const collection = getMeasureMap(doc);
  if (!collection.has(id)) return false;
  doc.transact(() => collection.delete(id), origin);
  return true;
}

// ---------------------------------------------------------------------------
// Bulk appends (the importer)

/** Entities to append in one go, in order; see `appendEntities`. */
export interface AppendFocusArea {
  title: string;
  goals: Array<{ title: string; measures: Array<Partial<MeasureFields> & MeasureRefInput & { title: string }> }>;
}

export interface AppendResult {
  focusAreaIds: string[];
  goals: number;
  measures: number;
}

/**
 * Appends focus areas with their goals and measures after the existing ones,
 * in one transaction, with keys generated in sequence. Values are validated
 * before anything is written.
 */
export function appendFocusAreas(
  doc: Y.Doc,
  focusAreas: readonly AppendFocusArea[],
  origin?: unknown,
): AppendResult {
  const checked = focusAreas.map((fa) => ({
    title: checkTitle(fa.title, 'title'),
    goals: fa.goals.map((goal) => ({
      title: checkTitle(goal.title, 'title'),
      measures: goal.measures.map((measure) => ({ fields: checkMeasureFields(measure), refs: measureRefInput(measure) })),
    })),
  }));
  const result: AppendResult = { focusAreaIds: [], goals: 0, measures: 0 };
  doc.transact(() => {
    const faCollection = getFocusAreaMap(doc);
    const goalCollection = getGoalMap(doc);
    const measureCollection = getMeasureMap(doc);
    const vocabulary = new VocabularyWriter(doc);
    const existing = orderedChildren(faCollection, null, null);
    const faKeys = keysAfter(existing.at(-1)?.order ?? null, checked.length);
    checked.forEach((fa, i) => {
      const faId = newId();
      const faEntity: EntityMap = new Y.Map<unknown>();
      faCollection.set(faId, faEntity);
      faEntity.set('title', new Y.Text(fa.title));
      faEntity.set('order', faKeys[i] ?? '');
      result.focusAreaIds.push(faId);
      const goalKeys = keysAfter(null, fa.goals.length);
      fa.goals.forEach((goal, j) => {
        const goalId = newId();
        const goalEntity: EntityMap = new Y.Map<unknown>();
        goalCollection.set(goalId, goalEntity);
        goalEntity.set('focusAreaId', faId);
        goalEntity.set('title', new Y.Text(goal.title));
        goalEntity.set('order', goalKeys[j] ?? '');
        result.goals++;
        const measureKeys = keysAfter(null, goal.measures.length);
        goal.measures.forEach((measure, k) => {
          writeNewMeasure(measureCollection, newId(), goalId, measureKeys[k] ?? '', measure.fields, measure.refs, vocabulary);
          result.measures++;
        });
      });
    });
  }, origin);
  return result;
}

/** Reads a text field of an entity ('' when missing or of a wrong type). */
export function readEntityText(entity: EntityMap, field: string): string {
  return readTextValue(entity.get(field));
}
