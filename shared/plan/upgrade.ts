/**
 * Migration of a plan document to the schema with vocabularies (2): the four
 * target groups schema 1 had become entries, `meta.schemaVersion` is set, and
 * every measure whose parties or groups follow its text (all of them in a
 * document of schema 1: a free `responsible` text, a `targetGroup` key) is
 * made to refer to entries, one per name the text gives; no text is dropped.
 *
 * Idempotent, and safe when two servers or clients run it at once: the ids
 * come from the names (./vocabularyNames), the order keys from the same
 * state, so both write the same keys with the same values and the merge is
 * one migration. It reads the same as before: `readPlanData` shows a
 * document of schema 1 with the ids and names its migration gives.
 */
import { digest } from 'lib0/hash/sha256';
import * as Y from 'yjs';
import { getFocusAreaMap, getGoalMap, getMeasureMap, getMeta, type EntityMap } from './collections';
import { orderedChildren, orderedChildrenByParent } from './doc';
import { groupsFollowText, materializeMeasure, partiesFollowText } from './measureRefs';
import { DEFAULT_TARGET_GROUP_LABELS, PLAN_SCHEMA_VERSION, readSchemaVersion, SCHEMA_VERSION_KEY, VocabularyWriter } from './vocabularies';

/** The measures under a goal under a focus area, in display order (orphans of a concurrent delete left out). */
function measuresInDisplayOrder(doc: Y.Doc): EntityMap[] {
  // Grouped once: asked goal by goal, a 420-measure plan took 20 ms of every load on the server.
  const goals = orderedChildrenByParent(getGoalMap(doc), 'focusAreaId');
  const measures = orderedChildrenByParent(getMeasureMap(doc), 'goalId');
  const ordered: EntityMap[] = [];
  for (const focusArea of orderedChildren(getFocusAreaMap(doc), null, null)) {
    for (const goal of goals.get(focusArea.id) ?? []) {
      for (const measure of measures.get(goal.id) ?? []) ordered.push(measure.entity);
    }
  }
  return ordered;
}

/** Whether `upgradePlanDoc` would change anything. */
export function planDocNeedsUpgrade(doc: Y.Doc): boolean {
  if (readSchemaVersion(doc) < PLAN_SCHEMA_VERSION) return true;
  return measuresInDisplayOrder(doc).some((measure) => partiesFollowText(measure) || groupsFollowText(measure));
}

/**
 * Makes every measure whose parties or groups follow its text refer to
 * entries; inside the caller's transaction. Returns how many it changed.
 */
export function materializeMeasures(doc: Y.Doc, vocabulary = new VocabularyWriter(doc)): number {
  let changed = 0;
  for (const measure of measuresInDisplayOrder(doc)) if (materializeMeasure(measure, vocabulary)) changed++;
  return changed;
}

/**
 * Brings a plan document to schema 2, in one transaction with `origin`;
 * false (and no transaction at all) when it is there already.
 */
export function upgradePlanDoc(doc: Y.Doc, origin?: unknown): boolean {
  if (!planDocNeedsUpgrade(doc)) return false;
  doc.transact(() => {
    const vocabulary = new VocabularyWriter(doc);
    if (readSchemaVersion(doc) < PLAN_SCHEMA_VERSION) {
      for (const label of DEFAULT_TARGET_GROUP_LABELS) vocabulary.ensure('targetGroup', label);
      getMeta(doc).set(SCHEMA_VERSION_KEY, PLAN_SCHEMA_VERSION);
    }
    materializeMeasures(doc, vocabulary);
  }, origin);
  return true;
}

/** A Yjs client id (uint32) that only this exact document state gives. */
function clientIdOf(state: Uint8Array): number {
  const hash = digest(state);
  return ((hash[0]! << 24) | (hash[1]! << 16) | (hash[2]! << 8) | hash[3]!) >>> 0;
}

/**
 * `upgradePlanDoc` as a server runs it on load: written by a Yjs client whose
 * id is derived from the document's state, so that two servers migrating the
 * same stored plan at once make byte-identical changes, which Yjs merges as
 * one. (Made by two ordinary clients, the two migrations would be equal in
 * content but distinct items: an edit made inside one server's new entry
 * before the other server's migration arrived could land in the copy that
 * loses the merge.) A different state gives a different client, so two
 * unequal migrations never share ids. Applied to `doc` with `origin`.
 */
export function upgradePlanDocAsServer(doc: Y.Doc, origin?: unknown): boolean {
  if (!planDocNeedsUpgrade(doc)) return false;
  const base = Y.encodeStateAsUpdate(doc);
  const scratch = new Y.Doc();
  scratch.clientID = clientIdOf(base);
  try {
    Y.applyUpdate(scratch, base);
    const before = Y.encodeStateVector(scratch);
    upgradePlanDoc(scratch);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch, before), origin);
  } finally {
    scratch.destroy();
  }
  return true;
}
