/**
 * The plan document's schema: the one module that reads and writes the Y.Doc
 * `plan:<planId>` (see docs and the contract's "The plan document").
 */
export * from './status';
export * from './types';
export { newId, isEntityId } from './ids';
export { compareOrdered, sortOrdered, isOrderKey, placeAt, type Ordered, type Placement } from './order';
export { replaceYText, readTextValue, readStringValue } from './text';
export {
  META_KEY,
  FOCUS_AREAS_KEY,
  GOALS_KEY,
  MEASURES_KEY,
  MAX_TEXT_LENGTH,
  PlanDocError,
  type PlanDocErrorCode,
  type EntityMap,
  type Position,
  type NewFocusArea,
  type NewGoal,
  type NewMeasure,
  type AppendFocusArea,
  type AppendResult,
  getMeta,
  getBody,
  getFocusAreaMap,
  getGoalMap,
  getMeasureMap,
  getFocusArea,
  getGoal,
  getMeasure,
  entityEntries,
  orderedChildren,
  readOrder,
  readEntityText,
  isPlanDocEmpty,
  setPlanTitle,
  setPlanMeta,
  addFocusArea,
  addGoal,
  addMeasure,
  setFocusAreaTitle,
  setGoalTitle,
  setMeasureField,
  updateMeasure,
  moveFocusArea,
  moveGoal,
  moveMeasure,
  deleteFocusArea,
  deleteGoal,
  deleteMeasure,
  appendFocusAreas,
} from './doc';
export { readPlanData, readPlanTitle, readPlanMeta, readMeasure, findMeasure, type ReadPlanOptions } from './read';
export {
  readBodyJSON,
  writeBodyJSON,
  checkBodyJSON,
  newPlanTemplateBody,
  THL_TEMPLATE_SECTIONS,
} from './body';
export { initPlanDoc, type InitPlanInput } from './init';
export {
  measureTableInputSchema,
  measureInputSchema,
  goalInputSchema,
  focusAreaInputSchema,
  IMPORT_LIMITS,
  MeasureTableError,
  formatImportIssues,
  parseMeasureTable,
  importMeasureTable,
  type MeasureTableInput,
  type MeasureTable,
  type ImportIssue,
  type ParseMeasureTableResult,
} from './import';
export { buildStatusReport, emptyStatusCounts, type StatusCounts, type StatusReport } from './report';
export { restorePlanContent } from './restore';
export {
  comparePlans,
  bodyBlocks,
  type PlanComparison,
  type MeasureRef,
  type FieldChange,
  type BodyChange,
  type TextChange,
} from './compare';
export { diffText, editEntityText, getEntityText, type TextEdit, type TextFieldRef } from './textEdit';
export { writeTableField, type TableFieldRef } from './fieldWrite';
export * from './indicators';
export { buildYearlyReport, responsibleParties, type YearlyReport, type GroupCounts } from './yearlyReport';
export {
  PARTIES_KEY,
  PARTY_CONTACTS_KEY,
  TARGET_GROUPS_KEY,
  PROJECTS_KEY,
  SCHEMA_VERSION_KEY,
  PLAN_SCHEMA_VERSION,
  VOCABULARY_KINDS,
  VOCABULARY_LIMITS,
  DEFAULT_TARGET_GROUP_LABELS,
  PROJECT_DETAIL_FIELDS,
  NAME_FIELDS,
  VocabularyReader,
  VocabularyWriter,
  getVocabularyMap,
  getVocabularyEntity,
  getPartyContactMap,
  readSchemaVersion,
  type VocabularyKind,
  type VocabularyEntry,
  type ProjectDetailField,
} from './vocabularies';
export { nameKey, cleanName, splitNames, splitPartyNames, splitGroupLabels, splitProjectNames, vocabularyId } from './vocabularyNames';
export { REF_PREFIXES, readRefIds, partiesFollowText, groupsFollowText, type RefKind } from './measureRefs';
export {
  setMeasureRefs,
  setMeasureParties,
  setMeasureTargetGroups,
  setMeasureProjects,
  setMeasureIndicators,
  type MeasureRefInput,
} from './measureWrite';
export {
  createEntry,
  updateEntry,
  deleteEntry,
  mergeEntries,
  type EntryInput,
  type EntryChange,
  type ContactInput,
  type ProjectDetails,
} from './vocabularyEdits';
export { readVocabularyLists, type VocabularyLists } from './vocabularyRead';
export { upgradePlanDoc, upgradePlanDocAsServer, planDocNeedsUpgrade } from './upgrade';
export { targetGroupKeyOf, measureHasTargetGroup } from './legacyTargetGroups';
export { upgradePlanData } from './planDataUpgrade';
export {
  vocabularyInputSchema,
  partyInputSchema,
  projectInputSchema,
  targetGroupInputSchema,
  parseVocabularies,
  importVocabularies,
  type VocabularyInput,
} from './import';
