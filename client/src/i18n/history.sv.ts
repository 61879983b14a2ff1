import { statusNamesInSentence } from './statusMessages';

/** A measure's history of changes, from the audit trail: one spread in sv.ts. */
export const historySv = {
  history: {
    open: 'Ändringshistorik för åtgärd {{n}}',
    title: 'Ändringshistorik',
    failed: 'Ändringshistoriken kunde inte laddas. Försök igen.',
    none: 'Inga ändringar har sparats för åtgärden.',
    system: 'systemet',
    empty: '(tom)',
    created: 'Åtgärden tillagd',
    deleted: 'Åtgärden borttagen',
    moved: 'Flyttad från målet ”{{from}}” till målet ”{{to}}”',
    changed: '{{field}} ändrad: {{from}} → {{to}}',
    fields: {
      title: 'Namn',
      responsible: 'Ansvarig',
      targetGroup: 'Målgrupp',
      indicator: 'Indikator',
      schedule: 'Tidtabell',
      status: 'Status',
      statusNote: 'Statusbeskrivning',
    },
    status: statusNamesInSentence('sv'),
  },
};
