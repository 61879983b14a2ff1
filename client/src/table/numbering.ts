import type { TableOutline } from './outline';

/**
 * Running numbers of the table's focus areas, goals and measures (by id), in
 * display order over the whole plan, filtered or not: "toimenpide 12" is the
 * same row for everyone in the meeting and names its fields for screen readers.
 */
export function numberEntities(data: TableOutline): Map<string, number> {
  const numbers = new Map<string, number>();
  let goals = 0;
  let measures = 0;
  data.focusAreas.forEach((focusArea, index) => {
    numbers.set(focusArea.id, index + 1);
    for (const goal of focusArea.goals) {
      numbers.set(goal.id, ++goals);
      for (const measure of goal.measures) numbers.set(measure.id, ++measures);
    }
  });
  return numbers;
}
