/**
 * Writing a measure's parties, target groups, projects and indicators (see
 * ./measureRefs for how they are kept): from names, as an import or a text
 * gives them (entries are made for names the plan does not know), or from
 * ids, as a picker gives them.
 */
import type * as Y from 'yjs';
import { checkText, getMeasureMap, PlanDocError, requireEntity, type EntityMap } from './collections';
import { isEntityId } from './ids';
import { groupLabelsOfText, partyNamesOfText, writeMirrors, writeRefIds, type RefKind } from './measureRefs';
import { getVocabularyEntity, VOCABULARY_LIMITS, VocabularyReader, type VocabularyWriter } from './vocabularies';
import { splitProjectNames, uniqueNames } from './vocabularyNames';

/** A measure's vocabularies as a writer is given them: names (lead party first) and indicator ids. */
export interface MeasureRefInput {
  responsibleParties?: readonly string[];
  targetGroups?: readonly string[];
  projects?: readonly string[];
  indicatorIds?: readonly string[];
}

/** Names per vocabulary, each once; a kind left out is not written. */
export interface MeasureRefNames {
  party?: string[];
  targetGroup?: string[];
  project?: string[];
  indicator?: string[];
}

function checkNames(value: readonly unknown[] | undefined, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new PlanDocError('invalid', `${what} must be a list`);
  if (value.length > VOCABULARY_LIMITS.refsPerMeasure) {
    throw new PlanDocError('invalid', `${what} has more than ${VOCABULARY_LIMITS.refsPerMeasure} entries`);
  }
  return value.map((name) => checkText(name, what, VOCABULARY_LIMITS.name));
}

/**
 * The names a measure's input gives, every kind present: the lists first, then
 * what the `responsible` and `targetGroup` texts (and a `project` text, one
 * name a line) name that the lists do not.
 */
export function measureRefInput(input: MeasureRefInput & { responsible?: string; targetGroup?: string; project?: string }): MeasureRefNames {
  const indicators = checkNames(input.indicatorIds, 'indicatorIds');
  for (const id of indicators) if (!isEntityId(id)) throw new PlanDocError('invalid', `invalid indicator id: ${id}`);
  const combined = (list: string[], text: string[]) => {
    const names = uniqueNames([...list, ...text]);
    if (names.length > VOCABULARY_LIMITS.refsPerMeasure) {
      throw new PlanDocError('invalid', `a measure refers to at most ${VOCABULARY_LIMITS.refsPerMeasure} entries of each vocabulary`);
    }
    return names;
  };
  return {
    party: combined(checkNames(input.responsibleParties, 'responsibleParties'), partyNamesOfText(input.responsible ?? '')),
    targetGroup: combined(checkNames(input.targetGroups, 'targetGroups'), groupLabelsOfText(input.targetGroup ?? '')),
    project: combined(checkNames(input.projects, 'projects'), splitProjectNames(input.project ?? '')),
    indicator: [...new Set(indicators)],
  };
}

/** Writes the given kinds of references from names (indicator ids as they are) and the texts that mirror them. */
export function writeMeasureRefs(entity: EntityMap, names: MeasureRefNames, vocabulary: VocabularyWriter): void {
  for (const kind of ['party', 'targetGroup', 'project'] as const) {
    const list = names[kind];
    if (list) writeRefIds(entity, kind, list.map((name) => vocabulary.ensure(kind, name).id));
  }
  if (names.indicator) writeRefIds(entity, 'indicator', names.indicator);
  writeMirrors(entity, vocabulary);
}

/**
 * Sets which entries of a vocabulary a measure refers to (parties: the lead
 * first), or which indicators follow it. Every id must name an entry (an
 * indicator id only has to be an id: the indicators are issue 14's).
 */
export function setMeasureRefs(doc: Y.Doc, measureId: string, kind: RefKind, ids: readonly string[], origin?: unknown): void {
  const entity = requireEntity(getMeasureMap(doc), measureId, 'measure');
  if (!Array.isArray(ids) || ids.length > VOCABULARY_LIMITS.refsPerMeasure) {
    throw new PlanDocError('invalid', `give at most ${VOCABULARY_LIMITS.refsPerMeasure} ids`);
  }
  for (const id of ids) {
    if (!isEntityId(id)) throw new PlanDocError('invalid', `invalid id: ${String(id)}`);
    if (kind !== 'indicator' && !getVocabularyEntity(doc, kind, id)) throw new PlanDocError('not-found', `unknown ${kind}: ${id}`);
  }
  doc.transact(() => {
    writeRefIds(entity, kind, ids);
    writeMirrors(entity, new VocabularyReader(doc));
  }, origin);
}

export function setMeasureParties(doc: Y.Doc, measureId: string, partyIds: readonly string[], origin?: unknown): void {
  setMeasureRefs(doc, measureId, 'party', partyIds, origin);
}

export function setMeasureTargetGroups(doc: Y.Doc, measureId: string, groupIds: readonly string[], origin?: unknown): void {
  setMeasureRefs(doc, measureId, 'targetGroup', groupIds, origin);
}

export function setMeasureProjects(doc: Y.Doc, measureId: string, projectIds: readonly string[], origin?: unknown): void {
  setMeasureRefs(doc, measureId, 'project', projectIds, origin);
}

export function setMeasureIndicators(doc: Y.Doc, measureId: string, indicatorIds: readonly string[], origin?: unknown): void {
  setMeasureRefs(doc, measureId, 'indicator', indicatorIds, origin);
}

/** The names a `responsible` or `targetGroup` text (of `setMeasureField`) gives, as references to write. */
export function namesOfMirrorText(field: 'responsible' | 'targetGroup', text: string): MeasureRefNames {
  return field === 'responsible' ? { party: partyNamesOfText(text) } : { targetGroup: groupLabelsOfText(text) };
}
