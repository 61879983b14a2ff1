import type { RoundTripProblem, RoundTripRefusal } from '../../../shared/api/tableFileRoundTrip';

/** A problem in English, naming its row: the API's `error`, for scripts and logs (the web app words `problems` itself). */
function describe(problem: RoundTripProblem): string {
  switch (problem.kind) {
    case 'not-exported':
      return 'The file is not an XLSX export of a plan (it has no record of the plan it came from): export the measure table from this plan and edit that file';
    case 'newer-format':
      return `The file was exported by a newer version of the service (format ${problem.format})`;
    case 'other-plan':
      return `The file was exported from another plan, "${problem.planTitle}" (${problem.exportedAt}), not this one`;
    case 'no-id-column':
      return `The measure sheet has lost its hidden column of measure ids`;
    case 'changed-id':
      return `Row ${problem.row}: the measure id "${problem.value}" is not one the file was exported with (the hidden id cell was changed)`;
    case 'duplicate-id':
      return `Row ${problem.row}: the same measure id as row ${problem.firstRow} (a copied row needs its id cell emptied to be a new measure)`;
    case 'bad-status':
      return `Row ${problem.row}: "${problem.value}" is not a status`;
    case 'empty-title':
      return `Row ${problem.row}: the measure has no title`;
    case 'too-long':
      return `Row ${problem.row}: ${problem.field} is longer than ${problem.max} characters`;
  }
}

export function refusalOf(problems: RoundTripProblem[]): RoundTripRefusal {
  const shown = problems.slice(0, 5).map(describe).join('; ');
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  return { error: `${shown}${more}`, problems };
}
