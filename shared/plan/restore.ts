import * as Y from 'yjs';
import { entityEntries, getBody, getFocusAreaMap, getGoalMap, getMeasureMap, getMeta } from './doc';
import { replaceYText } from './text';
import { getIndicatorMap } from './indicators';
import { upgradePlanDoc } from './upgrade';
import { getPartyContactMap, getVocabularyMap, PLAN_SCHEMA_VERSION, readSchemaVersion } from './vocabularies';

/**
 * Makes `doc` show the content of `version` as one new change on top of its
 * history (never by rewinding it): changed fields are overwritten, entities
 * missing from the version are deleted, deleted ones come back with their
 * old ids, and the plan text is replaced. Collaborators see an ordinary edit
 * that they can keep editing or undo.
 */
export function restorePlanContent(doc: Y.Doc, version: Y.Doc, origin?: unknown): void {
  doc.transact(() => {
    syncMap(getMeta(doc), getMeta(version));
    for (const [target, source] of [
      [getFocusAreaMap(doc), getFocusAreaMap(version)],
      [getGoalMap(doc), getGoalMap(version)],
      [getMeasureMap(doc), getMeasureMap(version)],
      [getIndicatorMap(doc), getIndicatorMap(version)],
      // A version of schema 1 has no vocabularies: the plan keeps its own, and the version's texts find their entries below.
      ...(readSchemaVersion(version) >= PLAN_SCHEMA_VERSION
        ? ([
            [getVocabularyMap(doc, 'party'), getVocabularyMap(version, 'party')],
            [getPartyContactMap(doc), getPartyContactMap(version)],
            [getVocabularyMap(doc, 'targetGroup'), getVocabularyMap(version, 'targetGroup')],
            [getVocabularyMap(doc, 'project'), getVocabularyMap(version, 'project')],
          ] as const)
        : []),
    ] as const) {
      syncCollection(target, source);
    }
    upgradePlanDoc(doc, origin);
    const body = getBody(doc);
    const versionBody = getBody(version);
    if (body.toString() !== versionBody.toString()) {
      body.delete(0, body.length);
      body.insert(0, versionBody.toArray().map((node) => node.clone() as Y.XmlElement | Y.XmlText));
    }
  }, origin);
}

function syncCollection(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  const wanted = new Map(entityEntries(source));
  for (const [id] of entityEntries(target)) if (!wanted.has(id)) target.delete(id);
  for (const [id, sourceEntity] of wanted) {
    const existing = target.get(id);
    if (existing instanceof Y.Map) syncMap(existing, sourceEntity);
    else target.set(id, sourceEntity.clone());
  }
}

/** Field by field: texts by minimal edits (so concurrent typing elsewhere in them survives), the rest by value. */
function syncMap(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  for (const key of [...target.keys()]) if (!source.has(key)) target.delete(key);
  source.forEach((value, key) => {
    const current = target.get(key);
    if (value instanceof Y.Text) {
      if (current instanceof Y.Text) replaceYText(current, value.toString());
      else target.set(key, new Y.Text(value.toString()));
    } else if (value instanceof Y.AbstractType) {
      target.set(key, value.clone());
    } else if (current !== value) {
      target.set(key, value);
    }
  });
}
