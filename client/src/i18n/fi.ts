import { peopleFi } from './people.fi';
import { commentsFi } from './comments.fi';
import { historyFi } from './history.fi';
import { planViewsFi } from './planViews.fi';
import { tableFi } from './table.fi';
import { editorFi } from './editor.fi';
import { indicatorsFi } from './indicators.fi';
import { publishingFi } from './publishing.fi';
import { meetingsFi } from './meetings.fi';
import { roundsFi } from './rounds.fi';
import { respondFi } from './respond.fi';
import { roundTripFi } from './roundTrip.fi';
import { notificationsFi } from './notifications.fi';
import { calendarFi } from './calendar.fi';
import { vocabulariesFi } from './vocabularies.fi';

/** Finnish, the default language; sv.ts and en.ts must have the same keys. */
export const fi = {
  ...peopleFi,
  ...commentsFi,
  ...historyFi,
  ...planViewsFi,
  ...tableFi,
  ...editorFi,
  indicators: indicatorsFi,
  publishing: publishingFi,
  meetings: meetingsFi,
  rounds: roundsFi,
  respond: respondFi,
  roundTrip: roundTripFi,
  notifications: notificationsFi,
  annualClock: calendarFi,
  vocabularies: vocabulariesFi,
  app: {
    name: 'Hyte-työtila',
    skipLink: 'Siirry sisältöön',
    loading: 'Ladataan…',
  },
  language: {
    label: 'Kieli',
  },
  login: {
    title: 'Kirjaudu sisään',
    intro: 'Hyvinvointisuunnitelman yhteinen työtila hyvinvointiryhmille.',
    email: 'Sähköposti',
    password: 'Salasana',
    submit: 'Kirjaudu',
    submitting: 'Kirjaudutaan…',
    invalid: 'Sähköposti tai salasana on väärä.',
    rateLimited: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
    failed: 'Kirjautuminen ei onnistunut. Yritä uudelleen.',
  },
  header: {
    nav: 'Päävalikko',
    plans: 'Suunnitelmat',
    signedInAs: 'Kirjautuneena: {{name}}',
    logout: 'Kirjaudu ulos',
  },
  plans: {
    title: 'Suunnitelmat',
    empty: 'Suunnitelmia ei ole vielä.',
    loadFailed: 'Suunnitelmien lataaminen epäonnistui.',
    updated: 'Päivitetty {{date}}',
    createTitle: 'Uusi suunnitelma',
    titleLabel: 'Suunnitelman nimi',
    create: 'Luo suunnitelma',
    creating: 'Luodaan…',
    createFailed: 'Suunnitelman luominen epäonnistui.',
  },
  plan: {
    notFound: 'Suunnitelmaa ei löytynyt tai sinulla ei ole siihen oikeutta.',
    loadFailed: 'Suunnitelman lataaminen epäonnistui.',
    back: 'Takaisin suunnitelmiin',
    noAccess: 'Sinulla ei ole oikeutta avata tätä suunnitelmaa.',
    readOnly: 'Voit lukea tätä suunnitelmaa, mutta et muokata sitä.',
    editorLabel: 'Suunnitelman teksti',
  },
  toolbar: {
    label: 'Tekstin muotoilu',
    bold: 'Lihavointi',
    italic: 'Kursiivi',
    heading: 'Otsikko, taso {{level}}',
    bulletList: 'Luettelo',
    orderedList: 'Numeroitu luettelo',
    link: 'Linkki',
    insertTable: 'Lisää taulukko',
    addRow: 'Lisää rivi',
    deleteRow: 'Poista rivi',
    addColumn: 'Lisää sarake',
    deleteColumn: 'Poista sarake',
    undo: 'Kumoa',
    redo: 'Tee uudelleen',
  },
  link: {
    title: 'Linkki',
    url: 'Verkko-osoite',
    save: 'Tallenna',
    remove: 'Poista linkki',
    invalid: 'Anna verkko-osoite, esimerkiksi https://www.porvoo.fi.',
  },
  presence: {
    title: 'Paikalla nyt',
    you: '{{name}} (sinä)',
  },
  connection: {
    connecting: 'Yhdistetään…',
    offline: 'Yhteys katkennut – muutokset tallennetaan, kun yhteys palaa',
    unsaved: 'Tallentamattomia muutoksia ({{count}})',
    saved: 'Kaikki muutokset tallennettu',
  },
};

export type Messages = typeof fi;
