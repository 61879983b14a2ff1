/**
 * What the XLSX export carries for the Excel round trip
 * (server/plans/roundTrip): a hidden column of measure ids on the measure
 * sheet, and a very hidden sheet (Excel lists it nowhere) naming the plan,
 * the time its content is from and every measure's values as exported. Those
 * values are the baseline that tells, on upload, what the file's user changed
 * from what others have changed in the app since.
 *
 * The layout's one home: the export writes it, the upload's reader reads it.
 */
import type ExcelJS from 'exceljs';
import { ROUND_TRIP_FIELDS, type RoundTripValues } from '../../../shared/api/tableFileRoundTrip';
import type { MeasureData, PlanData } from '../../../shared/plan';
import { targetGroupText } from '../common/measureTable';
import { sheetRows } from '../common/sheetRows';

export const ROUND_TRIP_SHEET = 'hyte-round-trip';
/** The first cell of the sheet, so a sheet of that name that is not ours is not read as one. */
export const ROUND_TRIP_MARKER = 'hyte-round-trip';
/** Raised when the layout changes in a way older readers cannot read. */
export const ROUND_TRIP_FORMAT = 1;
/** The header of the hidden id column, after the visible columns of the measure sheet. */
export const ID_HEADER = 'Hyte-tunniste';

/** The header row (row 2) of the baseline sheet: its columns by key. */
export const BASELINE_COLUMNS = ['id', 'focusArea', 'goal', ...ROUND_TRIP_FIELDS] as const;

/** Row 1 of the baseline sheet, in this order. */
export interface RoundTripMeta {
  planId: string;
  planTitle: string;
  /** ISO 8601: the time the content is from (now for the live plan, the version's time for a version). */
  exportedAt: string;
  versionLabel: string | null;
}

/** A measure's values as the measure sheet prints them (the status as its key, which the sheet words in Finnish). */
export function measureSheetValues(measure: MeasureData): RoundTripValues {
  return {
    title: measure.title,
    responsible: measure.responsible,
    targetGroup: targetGroupText(measure.targetGroup),
    indicator: measure.indicator,
    schedule: measure.schedule,
    status: measure.status,
    statusNote: measure.statusNote,
  };
}

export function addBaselineSheet(workbook: ExcelJS.Workbook, data: PlanData, meta: RoundTripMeta): void {
  const sheet = workbook.addWorksheet(ROUND_TRIP_SHEET, { state: 'veryHidden' });
  sheet.addRow([ROUND_TRIP_MARKER, String(ROUND_TRIP_FORMAT), meta.planId, meta.planTitle, meta.exportedAt, meta.versionLabel ?? '']);
  sheet.addRow([...BASELINE_COLUMNS]);
  for (const { measure, cells } of sheetRows(data)) {
    const values = measureSheetValues(measure);
    sheet.addRow([measure.id, cells[0], cells[1], ...ROUND_TRIP_FIELDS.map((field) => values[field])]);
  }
}
