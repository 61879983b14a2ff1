/**
 * The measure table as the spreadsheet formats lay it out, one row per
 * measure: focus area and goal repeat on every row (merged cells break
 * filtering), and the columns and words are the ones the app's own CSV/XLSX
 * import reads back.
 */
import type { FocusAreaData, GoalData, MeasureData, PlanData } from '../../../shared/plan';
import { projectsText, statusLabel, targetGroupText } from './measureTable';

export const SHEET_COLUMNS = [
  { header: 'Painopiste', width: 32 },
  { header: 'Tavoite', width: 38 },
  { header: 'Toimenpide', width: 52 },
  { header: 'Vastuutaho', width: 30 },
  { header: 'Kohderyhmä', width: 17 },
  { header: 'Mittari', width: 26 },
  { header: 'Aikataulu', width: 14 },
  { header: 'Tila', width: 30 },
  { header: 'Tilan kuvaus', width: 42 },
  // Last, so that the columns before it stay where earlier exports had them.
  { header: 'Hanke', width: 30 },
] as const;

export interface SheetRow {
  measure: MeasureData;
  cells: string[];
}

export function sheetRows(data: PlanData): SheetRow[] {
  const row = (focusArea: FocusAreaData, goal: GoalData, measure: MeasureData): SheetRow => ({
    measure,
    cells: [
      focusArea.title,
      goal.title,
      measure.title,
      measure.responsible,
      targetGroupText(measure.targetGroup),
      measure.indicator,
      measure.schedule,
      statusLabel(measure.status),
      measure.statusNote,
      // One a line: a project's name may hold a comma, and the import splits this column at line breaks only.
      projectsText(measure),
    ],
  });
  return data.focusAreas.flatMap((focusArea) =>
    focusArea.goals.flatMap((goal) => goal.measures.map((measure) => row(focusArea, goal, measure))),
  );
}
