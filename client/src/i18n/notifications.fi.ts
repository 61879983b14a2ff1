/** The bell: notifications in the app, and which of them also come by e-mail. */
export const notificationsFi = {
  open: 'Ilmoitukset',
  openUnread: 'Ilmoitukset, {{count}} lukematonta',
  heading: 'Ilmoitukset',
  none: 'Ei ilmoituksia.',
  loadFailed: 'Ilmoitusten lataaminen epäonnistui.',
  markAllRead: 'Merkitse kaikki luetuiksi',
  unread: 'Lukematon',
  kinds: {
    mention: '{{author}} mainitsi sinut: {{plan}}',
    'request-to-answer': 'Tilannekysely odottaa vastaustasi: {{round}} ({{plan}})',
    'accepted-answer': 'Vastauksesi hyväksyttiin: {{measure}} ({{plan}})',
    deadline: 'Kyselyn {{round}} määräaika päättyi: {{answered}}/{{total}} vastannut',
  },
  settings: 'Ilmoitusasetukset',
  settingsTitle: 'Ilmoitusasetukset',
  settingsIntro: 'Ilmoitukset näkyvät aina täällä. Valitse, mistä saat myös sähköpostia.',
  emailLegend: 'Sähköpostia, kun',
  emailKinds: {
    mention: 'joku mainitsee minut kommentissa',
    'request-to-answer': 'minulta pyydetään tilannetietoja (kyselyt ja muistutukset)',
    'accepted-answer': 'vastaukseni hyväksytään suunnitelmaan',
    deadline: 'kyselyn määräaika päättyy',
  },
  save: 'Tallenna',
  saved: 'Ilmoitusasetukset tallennettiin.',
  close: 'Sulje',
};
