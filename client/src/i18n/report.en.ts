import { PROGRESS_WORDS } from '../../../shared/indicators/progressWords';
import type { reportFi } from './report.fi';

export const reportEn: typeof reportFi = {
  pageTitle: 'Well-being report – {{title}}',
  intro: 'The traffic lights of the measures by focus area, responsible party and target group.',
  readAt: 'The traffic lights of the measures on {{date}}.',
  print: 'Print the report',
  failed: 'Loading the report failed.',
  untitled: '(untitled focus area)',
  noResponsible: '(no responsible party)',
  total: {
    title: 'Overall status',
    all: 'Measures in total: {{number}}',
  },
  focusAreas: {
    title: 'By focus area',
    chart: 'Status of the measures by focus area (bar chart)',
    table: 'Status of the measures by focus area (table)',
    rowHeader: 'Focus area',
  },
  responsible: {
    title: 'By responsible party',
    hint: 'A measure with several responsible parties counts for each of them.',
    table: 'Status of the measures by responsible party',
    rowHeader: 'Responsible party',
  },
  targetGroups: {
    title: 'By target group',
    table: 'Status of the measures by target group',
    rowHeader: 'Target group',
  },
  table: {
    distribution: 'Distribution',
    sum: 'Total',
  },
  chart: {
    legend: 'Chart legend',
    patternSeparator: ', ',
    pattern: {
      done: 'solid',
      started: 'diagonal stripes',
      'not-started': 'cross-hatch',
      unassessed: 'dots',
    },
    tableNote: 'The same figures are in the table below the chart.',
  },
  changes: {
    title: 'Changes since an earlier version',
    titleSince: 'Changes since version “{{label}}” ({{date}})',
    pick: 'Version to compare with',
    submit: 'Show changes',
    noVersions: 'The plan has no versions to compare with yet. Save a version on the Versions page.',
    summary: 'Status changes {{statusChanged}}, new measures {{added}}, dropped {{removed}}.',
    statusChanged: 'Status changes',
    added: 'New measures',
    removed: 'Dropped measures',
  },
  indicators: {
    title: PROGRESS_WORDS.en.sectionTitle,
    intro: PROGRESS_WORDS.en.sectionIntro,
    caption: PROGRESS_WORDS.en.tableCaption,
    columns: PROGRESS_WORDS.en.columns,
    empty: PROGRESS_WORDS.en.empty,
    failed: 'The indicators could not be loaded.',
    manage: 'Indicators are added and their targets set on the Indicators page.',
    link: 'To the Indicators page',
  },
};
