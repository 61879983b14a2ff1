import type { Messages } from './fi';
import { peopleSv } from './people.sv';
import { commentsSv } from './comments.sv';
import { historySv } from './history.sv';
import { planViewsSv } from './planViews.sv';
import { tableSv } from './table.sv';
import { editorSv } from './editor.sv';
import { indicatorsSv } from './indicators.sv';
import { publishingSv } from './publishing.sv';
import { meetingsSv } from './meetings.sv';
import { roundsSv } from './rounds.sv';
import { respondSv } from './respond.sv';
import { roundTripSv } from './roundTrip.sv';
import { notificationsSv } from './notifications.sv';
import { calendarSv } from './calendar.sv';
import { vocabulariesSv } from './vocabularies.sv';

export const sv: Messages = {
  ...peopleSv,
  ...commentsSv,
  ...historySv,
  ...planViewsSv,
  ...tableSv,
  ...editorSv,
  indicators: indicatorsSv,
  publishing: publishingSv,
  meetings: meetingsSv,
  rounds: roundsSv,
  respond: respondSv,
  roundTrip: roundTripSv,
  notifications: notificationsSv,
  annualClock: calendarSv,
  vocabularies: vocabulariesSv,
  app: {
    name: 'Hyte-työtila',
    skipLink: 'Hoppa till innehållet',
    loading: 'Laddar…',
  },
  language: {
    label: 'Språk',
  },
  login: {
    title: 'Logga in',
    intro: 'Ett gemensamt arbetsrum för välfärdsplanen och välfärdsgrupperna.',
    email: 'E-post',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in…',
    invalid: 'Fel e-postadress eller lösenord.',
    rateLimited: 'För många försök. Vänta en stund och försök igen.',
    failed: 'Inloggningen misslyckades. Försök igen.',
  },
  header: {
    nav: 'Huvudmeny',
    plans: 'Planer',
    signedInAs: 'Inloggad: {{name}}',
    logout: 'Logga ut',
  },
  plans: {
    title: 'Planer',
    empty: 'Det finns inga planer ännu.',
    loadFailed: 'Planerna kunde inte laddas.',
    updated: 'Uppdaterad {{date}}',
    createTitle: 'Ny plan',
    titleLabel: 'Planens namn',
    create: 'Skapa plan',
    creating: 'Skapar…',
    createFailed: 'Planen kunde inte skapas.',
  },
  plan: {
    notFound: 'Planen hittades inte eller du har inte behörighet till den.',
    loadFailed: 'Planen kunde inte laddas.',
    back: 'Tillbaka till planerna',
    noAccess: 'Du har inte behörighet att öppna den här planen.',
    readOnly: 'Du kan läsa den här planen men inte redigera den.',
    editorLabel: 'Planens text',
  },
  toolbar: {
    label: 'Textformatering',
    bold: 'Fetstil',
    italic: 'Kursiv',
    heading: 'Rubrik, nivå {{level}}',
    bulletList: 'Punktlista',
    orderedList: 'Numrerad lista',
    link: 'Länk',
    insertTable: 'Infoga tabell',
    addRow: 'Lägg till rad',
    deleteRow: 'Ta bort rad',
    addColumn: 'Lägg till kolumn',
    deleteColumn: 'Ta bort kolumn',
    undo: 'Ångra',
    redo: 'Gör om',
  },
  link: {
    title: 'Länk',
    url: 'Webbadress',
    save: 'Spara',
    remove: 'Ta bort länk',
    invalid: 'Ange en webbadress, till exempel https://www.borga.fi.',
  },
  presence: {
    title: 'Närvarande nu',
    you: '{{name}} (du)',
  },
  connection: {
    connecting: 'Ansluter…',
    offline: 'Anslutningen bröts – ändringarna sparas när anslutningen återkommer',
    unsaved: 'Osparade ändringar ({{count}})',
    saved: 'Alla ändringar har sparats',
  },
};
