import { statusNamesInSentence } from './statusMessages';

/** A measure's history of changes, from the audit trail: one spread in en.ts. */
export const historyEn = {
  history: {
    open: 'History of measure {{n}}',
    title: 'History of changes',
    failed: 'The history could not be loaded. Please try again.',
    none: 'No changes have been recorded for this measure.',
    system: 'system',
    empty: '(empty)',
    created: 'Measure added',
    deleted: 'Measure deleted',
    moved: 'Moved from goal “{{from}}” to goal “{{to}}”',
    changed: '{{field}} changed: {{from}} → {{to}}',
    fields: {
      title: 'Name',
      responsible: 'Responsible',
      targetGroup: 'Target group',
      indicator: 'Indicator',
      schedule: 'Schedule',
      status: 'Status',
      statusNote: 'Status note',
    },
    status: statusNamesInSentence('en'),
  },
};
