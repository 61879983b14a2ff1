/**
 * The measure table (toimenpidetaulukko) as every format prints it: its
 * columns, its rows with the spans of the merged focus-area and goal cells,
 * and the status of a measure in words (from `shared/plan/status.ts`, the
 * words the app shows too) and colours.
 */
import { isTargetGroup, STATUSES, STATUS_WORDING, TARGET_GROUP_LABELS_FI, type Status } from '../../../shared/plan';
import type { FocusAreaData, GoalData, MeasureData, PlanData } from '../../../shared/plan';

/** The plan's documents are Finnish. */
const WORDS = STATUS_WORDING.fi;

export const MEASURE_TABLE_TITLE = 'Toimenpidetaulukko';

export const LEGEND_TITLE = 'Tilan selitteet';

export const COLUMNS = [
  { key: 'focusArea', label: 'Painopiste', share: 12 },
  { key: 'goal', label: 'Tavoite', share: 13 },
  { key: 'title', label: 'Toimenpide', share: 17 },
  { key: 'responsible', label: 'Vastuutaho', share: 11 },
  // Narrow columns still hold their heading whole in bold on landscape A4 (PDF 8.5 pt, Word 9 pt): "Kohderyhmä" in 9 %, "Aikataulu" in 8 %.
  { key: 'targetGroup', label: 'Kohderyhmä', share: 9 },
  // Where the app's table has it (client/src/table/ColumnSizes.tsx), not last as in the spreadsheets;
  // wide enough for a long compound word of a project's name on one line.
  { key: 'projects', label: 'Hanke', share: 11 },
  { key: 'indicator', label: 'Mittari', share: 9 },
  { key: 'schedule', label: 'Aikataulu', share: 8 },
  { key: 'status', label: 'Tila', share: 10 },
] as const;

/** Widths as fractions of the table's width, for the formats that lay out pages. */
export const COLUMN_SHARES = COLUMNS.map((column) => column.share / 100);

/**
 * Colours of the traffic lights, as hex RGB: a light `fill` behind dark text
 * (readable in print and on screen), a strong `marker` for swatches.
 */
export const STATUS_SHADES: Readonly<Record<Status, { fill: string; marker: string }>> = {
  done: { fill: 'B7DFB0', marker: '2E7D32' },
  started: { fill: 'FFE699', marker: 'E0A800' },
  'not-started': { fill: 'F4B0AC', marker: 'C62828' },
  unassessed: { fill: 'E4E4E4', marker: '757575' },
};

export interface StatusWords {
  /** `Valmis` */
  name: string;
  /** `viety suunnitellusti loppuun` (the plan's own legend); empty for `unassessed`, whose name says it all. */
  label: string;
}

export function statusWords(status: Status): StatusWords {
  return { name: WORDS[status].short, label: status === 'unassessed' ? '' : WORDS[status].long };
}

/** `Valmis – viety suunnitellusti loppuun` */
export function statusText(status: Status): string {
  const { name, label } = statusWords(status);
  return label ? `${name} – ${label}` : name;
}

/** The status as the plan's legend words it, which the app's import reads back: `Viety suunnitellusti loppuun`. */
export function statusLabel(status: Status): string {
  const label = WORDS[status].long;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** What a measure's status cell holds in every format that shades it: the words in bold and plain, the note below, the fill. */
export interface StatusCellContent extends StatusWords {
  status: Status;
  /** The status note, trimmed; empty when there is none. */
  note: string;
  /** Hex RGB of the cell's background. */
  fill: string;
}

export function statusCellContent(measure: MeasureData): StatusCellContent {
  const { status } = measure;
  return { status, ...statusWords(status), note: measure.statusNote.trim(), fill: STATUS_SHADES[status].fill };
}

export interface LegendEntry {
  status: Status;
  /** `Vihreä` */
  colorName: string;
  /** `Valmis – viety suunnitellusti loppuun` */
  text: string;
  /** The status's shades, for the swatch. */
  fill: string;
  marker: string;
}

/** The legend printed under the table: the three traffic lights and "not assessed". */
export const STATUS_LEGEND: readonly LegendEntry[] = STATUSES.map((status) => {
  const colorName = WORDS[status].color;
  return {
    status,
    colorName: colorName.charAt(0).toUpperCase() + colorName.slice(1),
    text: statusText(status),
    ...STATUS_SHADES[status],
  };
});

/** A measure's target groups as printed: their labels (a key of schema 1 as its label). */
export function targetGroupText(group: string): string {
  return isTargetGroup(group) ? TARGET_GROUP_LABELS_FI[group] : group;
}

/** One printed row: a measure, or a goal or focus area that has none yet (still shown, so nothing is lost). */
export interface MeasureRow {
  focusArea: FocusAreaData;
  goal?: GoalData;
  measure?: MeasureData;
  /** Rows the focus-area cell covers, on the first row of its focus area; 0 on the rows below it. */
  focusAreaSpan: number;
  /** Rows the goal cell covers, on the first row of its goal; 0 below it. */
  goalSpan: number;
}

export function measureRows(data: PlanData): MeasureRow[] {
  const rows: MeasureRow[] = [];
  for (const focusArea of data.focusAreas) {
    const first = rows.length;
    if (focusArea.goals.length === 0) rows.push({ focusArea, focusAreaSpan: 0, goalSpan: 1 });
    for (const goal of focusArea.goals) {
      if (goal.measures.length === 0) rows.push({ focusArea, goal, focusAreaSpan: 0, goalSpan: 1 });
      goal.measures.forEach((measure, index) => {
        rows.push({ focusArea, goal, measure, focusAreaSpan: 0, goalSpan: index === 0 ? goal.measures.length : 0 });
      });
    }
    const head = rows[first];
    if (head) head.focusAreaSpan = rows.length - first;
  }
  return rows;
}

/** A measure's projects by name, one a line (a name may hold a comma); empty when it has none. */
export function projectsText(measure: Pick<MeasureData, 'projects'>): string {
  return (measure.projects ?? []).map((project) => project.name).join('\n');
}

/** The cells of a measure's own columns (Toimenpide … Aikataulu) as plain text, line breaks kept. */
export function measureCells(measure: MeasureData | undefined): string[] {
  if (!measure) return ['', '', '', '', '', ''];
  return [measure.title, measure.responsible, targetGroupText(measure.targetGroup), projectsText(measure), measure.indicator, measure.schedule];
}
