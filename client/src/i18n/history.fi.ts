import { statusNamesInSentence } from './statusMessages';

/** A measure's history of changes, from the audit trail: one spread in fi.ts. */
export const historyFi = {
  history: {
    open: 'Toimenpiteen {{n}} muutoshistoria',
    title: 'Muutoshistoria',
    failed: 'Muutoshistoriaa ei saatu ladattua. Yritä uudelleen.',
    none: 'Toimenpiteeseen ei ole tallennettu muutoksia.',
    system: 'järjestelmä',
    empty: '(tyhjä)',
    created: 'Toimenpide lisätty',
    deleted: 'Toimenpide poistettu',
    moved: 'Siirretty tavoitteesta ”{{from}}” tavoitteeseen ”{{to}}”',
    changed: '{{field}} muutettu: {{from}} → {{to}}',
    fields: {
      title: 'Nimi',
      responsible: 'Vastuutaho',
      targetGroup: 'Kohderyhmä',
      indicator: 'Mittari',
      schedule: 'Aikataulu',
      status: 'Tila',
      statusNote: 'Tilan kuvaus',
    },
    status: statusNamesInSentence('fi'),
  },
};
