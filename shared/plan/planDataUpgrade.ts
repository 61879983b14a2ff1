/**
 * Reading `/data` JSON of schema 1 (what a version stored before the
 * vocabularies holds) as schema 2: the lists and the measures' references a
 * migration of that plan would give, with the same ids and names, so that
 * comparing an old version with the plan today shows only real changes.
 */
import * as Y from 'yjs';
import { groupLabelsOfText, partyNamesOfText } from './measureRefs';
import type { MeasureData, PlanData } from './types';
import { VocabularyReader } from './vocabularies';

function isList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

/** `data` with every field of schema 2; data that has them is returned as it is. */
export function upgradePlanData(data: PlanData): PlanData {
  const measures = data.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures));
  const complete =
    isList(data.parties) &&
    isList(data.targetGroups) &&
    isList(data.projects) &&
    measures.every((m) => isList(m.responsibleParties) && isList(m.targetGroups) && isList(m.projects) && isList(m.indicatorIds));
  if (complete) return data;
  // An empty document of schema 1 resolves names as readPlanData resolves them in a plan of schema 1.
  const scratch = new Y.Doc();
  const vocabulary = new VocabularyReader(scratch);
  const upgradeMeasure = (measure: MeasureData): MeasureData => {
    const named = (kind: 'party' | 'targetGroup', names: string[]) =>
      names.map((name) => vocabulary.entry(kind, vocabulary.resolve(kind, name))!);
    const responsibleParties =
      measure.responsibleParties ?? named('party', partyNamesOfText(measure.responsible ?? '')).map(({ id, name }) => ({ id, name }));
    const targetGroups =
      measure.targetGroups ?? named('targetGroup', groupLabelsOfText(measure.targetGroup ?? '')).map(({ id, name }) => ({ id, label: name }));
    return {
      ...measure,
      responsible: responsibleParties.map((party) => party.name).join(', '),
      targetGroup: targetGroups.map((group) => group.label).join(', '),
      responsibleParties,
      targetGroups,
      projects: measure.projects ?? [],
      indicatorIds: measure.indicatorIds ?? [],
    };
  };
  const focusAreas = data.focusAreas.map((fa) => ({
    ...fa,
    goals: fa.goals.map((goal) => ({ ...goal, measures: goal.measures.map(upgradeMeasure) })),
  }));
  const upgraded: PlanData = {
    ...data,
    focusAreas,
    parties: data.parties ?? vocabulary.entries('party').map(({ id, name }) => ({ id, name, contacts: [] })),
    targetGroups: data.targetGroups ?? vocabulary.entries('targetGroup').map(({ id, name }) => ({ id, label: name })),
    projects: data.projects ?? [],
  };
  scratch.destroy();
  return upgraded;
}
