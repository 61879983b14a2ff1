/**
 * How a measure refers to the plan's vocabularies, in its own Y.Map:
 *
 * - `party:<id>`, `group:<id>`, `project:<id>`, `indicator:<id>` → a
 *   fractional-index key (string): one key of the measure per reference, its
 *   value the reference's place in the list (parties: the lead first). Two
 *   people adding different parties at once write different keys and both
 *   stay; adding the same one twice is one key; a migration run by two
 *   servers at once writes the same keys with the same values. (A nested
 *   Y.Array or Y.Map per list would lose one side's additions whenever two
 *   replicas created that list for the same measure concurrently.)
 * - `responsible` (Y.Text) and `targetGroup` (string) stay what the contract
 *   names: the names of the parties (labels of the groups) joined with ", ",
 *   written by every change of the references, with `responsibleFromRefs` /
 *   `targetGroupFromRefs` holding the text so written. A text that differs
 *   from its marker was written by something that knows only text (a
 *   document of schema 1, a client of the first contract, an older browser
 *   tab or offline copy): the measure's parties (groups) then follow the text,
 *   split into names and looked up by name, until the text is made references
 *   again (`materializeMeasure`, run when a plan is loaded on the server).
 *   Both keys are written together in one transaction every time, so two
 *   concurrent writers leave them from the same winner.
 *
 * Writers here run inside the caller's transaction.
 */
import * as Y from 'yjs';
import type { EntityMap } from './collections';
import { isEntityId } from './ids';
import { compareOrdered, keysAfter, placeAt } from './order';
import { isTargetGroup, TARGET_GROUP_LABELS_FI } from './status';
import { readStringValue, readTextValue } from './text';
import type { VocabularyKind, VocabularyReader, VocabularyWriter } from './vocabularies';
import { splitGroupLabels, splitPartyNames, uniqueNames } from './vocabularyNames';

export type RefKind = VocabularyKind | 'indicator';

export const REF_PREFIXES: Readonly<Record<RefKind, string>> = {
  party: 'party:',
  targetGroup: 'group:',
  project: 'project:',
  indicator: 'indicator:',
};

export const RESPONSIBLE_FROM_REFS = 'responsibleFromRefs';
export const TARGET_GROUP_FROM_REFS = 'targetGroupFromRefs';

/** The ids a measure refers to, in list order (by their keys, ties by id). */
export function readRefIds(entity: EntityMap, kind: RefKind): string[] {
  const prefix = REF_PREFIXES[kind];
  const refs: Array<{ id: string; order: string }> = [];
  entity.forEach((value, key) => {
    if (!key.startsWith(prefix)) return;
    const id = key.slice(prefix.length);
    if (isEntityId(id)) refs.push({ id, order: readStringValue(value) });
  });
  return refs.sort(compareOrdered).map((ref) => ref.id);
}

/**
 * Makes the measure refer to exactly `ids`, in that order, writing only what
 * differs: references not in `ids` are deleted, new ones placed between
 * their neighbours, and the keys renumbered only when the kept ones are out
 * of the wanted order.
 */
export function writeRefIds(entity: EntityMap, kind: RefKind, ids: readonly string[]): void {
  const prefix = REF_PREFIXES[kind];
  const wanted = [...new Set(ids)];
  const wantedSet = new Set(wanted);
  const current = readRefIds(entity, kind);
  for (const id of current) if (!wantedSet.has(id)) entity.delete(prefix + id);
  const kept = current.filter((id) => wantedSet.has(id));
  const keptInWantedOrder = wanted.filter((id) => kept.includes(id));
  if (kept.some((id, i) => keptInWantedOrder[i] !== id)) {
    const keys = keysAfter(null, wanted.length);
    wanted.forEach((id, i) => entity.set(prefix + id, keys[i] ?? ''));
    return;
  }
  const siblings = kept.map((id) => ({ id, order: readStringValue(entity.get(prefix + id)) }));
  wanted.forEach((id, index) => {
    if (kept.includes(id)) return;
    const { order, reorder } = placeAt(siblings, index);
    for (const moved of reorder) {
      entity.set(prefix + moved.id, moved.order);
      const sibling = siblings.find((s) => s.id === moved.id);
      if (sibling) sibling.order = moved.order;
    }
    entity.set(prefix + id, order);
    siblings.splice(index, 0, { id, order });
  });
}

/** Whether the measure's parties follow its `responsible` text rather than its references. */
export function partiesFollowText(entity: EntityMap): boolean {
  const marker = entity.get(RESPONSIBLE_FROM_REFS);
  return typeof marker !== 'string' || marker !== readTextValue(entity.get('responsible'));
}

/** Whether the measure's target groups follow its `targetGroup` text rather than its references. */
export function groupsFollowText(entity: EntityMap): boolean {
  const marker = entity.get(TARGET_GROUP_FROM_REFS);
  return typeof marker !== 'string' || marker !== readStringValue(entity.get('targetGroup'));
}

/** The names a `targetGroup` text gives: a key of schema 1 is its group's label. */
export function groupLabelsOfText(text: string): string[] {
  const trimmed = text.trim();
  if (isTargetGroup(trimmed)) return [TARGET_GROUP_LABELS_FI[trimmed]];
  return uniqueNames(splitGroupLabels(text));
}

export function partyNamesOfText(text: string): string[] {
  return uniqueNames(splitPartyNames(text));
}

/** The parties (groups) of a measure as ids, from its references or, when it follows its text, from the text. */
export function measureVocabularyIds(entity: EntityMap, kind: 'party' | 'targetGroup', vocabulary: VocabularyReader): string[] {
  if (kind === 'party' && partiesFollowText(entity)) {
    return partyNamesOfText(readTextValue(entity.get('responsible'))).map((name) => vocabulary.resolve('party', name));
  }
  if (kind === 'targetGroup' && groupsFollowText(entity)) {
    return groupLabelsOfText(readStringValue(entity.get('targetGroup'))).map((label) => vocabulary.resolve('targetGroup', label));
  }
  return readRefIds(entity, kind).filter((id) => vocabulary.entry(kind, id) !== undefined);
}

/** Writes the texts the contract names (`responsible`, `targetGroup`) from the measure's references, with their markers. */
export function writeMirrors(entity: EntityMap, vocabulary: VocabularyReader): void {
  const names = (kind: 'party' | 'targetGroup') =>
    readRefIds(entity, kind)
      .map((id) => vocabulary.entry(kind, id))
      .filter((entry) => entry !== undefined && !entry.implied)
      .map((entry) => entry!.name)
      .join(', ');
  const responsible = names('party');
  if (entity.get(RESPONSIBLE_FROM_REFS) !== responsible || readTextValue(entity.get('responsible')) !== responsible) {
    entity.set('responsible', new Y.Text(responsible));
    entity.set(RESPONSIBLE_FROM_REFS, responsible);
  }
  const targetGroup = names('targetGroup');
  if (entity.get(TARGET_GROUP_FROM_REFS) !== targetGroup || entity.get('targetGroup') !== targetGroup) {
    entity.set('targetGroup', targetGroup);
    entity.set(TARGET_GROUP_FROM_REFS, targetGroup);
  }
}

/**
 * Makes a measure whose parties or groups follow its text refer to entries
 * instead: every name becomes (or finds) an entry, nothing of the text is
 * dropped. Returns whether anything was written.
 */
export function materializeMeasure(entity: EntityMap, vocabulary: VocabularyWriter): boolean {
  const parties = partiesFollowText(entity);
  const groups = groupsFollowText(entity);
  if (!parties && !groups) return false;
  if (parties) {
    const names = partyNamesOfText(readTextValue(entity.get('responsible')));
    writeRefIds(entity, 'party', names.map((name) => vocabulary.ensure('party', name).id));
  }
  if (groups) {
    const labels = groupLabelsOfText(readStringValue(entity.get('targetGroup')));
    writeRefIds(entity, 'targetGroup', labels.map((label) => vocabulary.ensure('targetGroup', label).id));
  }
  writeMirrors(entity, vocabulary);
  return true;
}
