/**
 * The four target groups of schema 1 (`TargetGroupValue` keys) in terms of
 * the plan's own target groups, for the parts of the interface that still
 * pick one of the four: a key stands for the group labelled with its
 * Finnish label (which every plan starts with).
 */
import { TARGET_GROUP_LABELS_FI, TARGET_GROUPS, type TargetGroupValue } from './status';
import type { MeasureData } from './types';
import { groupLabelsOfText } from './measureRefs';
import { nameKey } from './vocabularyNames';

/** The key whose group `text` (one label, as `targetGroup` holds it) is; '' for no group, several or another one. */
export function targetGroupKeyOf(text: string): TargetGroupValue {
  const key = nameKey(text);
  return TARGET_GROUPS.find((group) => nameKey(TARGET_GROUP_LABELS_FI[group]) === key) ?? '';
}

/** Whether a measure is for the group of `key` ('': for no group at all). */
export function measureHasTargetGroup(measure: MeasureData, key: TargetGroupValue): boolean {
  // Data of schema 1 has no list, and perhaps a key in `targetGroup`.
  const labels = measure.targetGroups?.map((group) => group.label) ?? groupLabelsOfText(measure.targetGroup);
  if (key === '') return labels.length === 0;
  return labels.some((label) => nameKey(label) === nameKey(TARGET_GROUP_LABELS_FI[key]));
}
