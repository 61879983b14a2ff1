import type { TFunction } from 'i18next';
import type { RoundTripField, RoundTripProblem } from '../../../shared/api/tableFileRoundTrip';
import { isStatus } from '../../../shared/plan/status';
import { formatDateTime } from '../i18n/dateTime';

/** A field's name as the measure's history names it. */
export const fieldName = (t: TFunction, field: RoundTripField) => t(`history.fields.${field}`);

/** A field's value in words: a status by its name, an empty value said so. */
export function fieldValue(t: TFunction, field: RoundTripField, value: string): string {
  if (value.trim() === '') return t('roundTrip.blank');
  return field === 'status' && isStatus(value) ? t(`statusShort.${value}`) : value;
}

/** One reason the server refused the file, in the interface's language, naming its row. */
export function problemText(t: TFunction, language: string, problem: RoundTripProblem): string {
  switch (problem.kind) {
    case 'not-exported':
      return t('roundTrip.problems.notExported');
    case 'newer-format':
      return t('roundTrip.problems.newerFormat');
    case 'other-plan':
      return t('roundTrip.problems.otherPlan', { planTitle: problem.planTitle, exportedAt: formatDateTime(problem.exportedAt, language) });
    case 'no-id-column':
      return t('roundTrip.problems.noIdColumn');
    case 'changed-id':
      return t('roundTrip.problems.changedId', { row: problem.row, value: problem.value });
    case 'duplicate-id':
      return t('roundTrip.problems.duplicateId', { row: problem.row, firstRow: problem.firstRow });
    case 'bad-status':
      return t('roundTrip.problems.badStatus', { row: problem.row, value: problem.value });
    case 'empty-title':
      return t('roundTrip.problems.emptyTitle', { row: problem.row });
    case 'too-long':
      return t('roundTrip.problems.tooLong', { row: problem.row, field: fieldName(t, problem.field), max: problem.max });
  }
}
