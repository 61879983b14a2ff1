import type { Messages } from './fi';
import { peopleEn } from './people.en';
import { commentsEn } from './comments.en';
import { historyEn } from './history.en';
import { planViewsEn } from './planViews.en';
import { tableEn } from './table.en';
import { editorEn } from './editor.en';
import { indicatorsEn } from './indicators.en';
import { publishingEn } from './publishing.en';
import { meetingsEn } from './meetings.en';
import { roundsEn } from './rounds.en';
import { respondEn } from './respond.en';
import { roundTripEn } from './roundTrip.en';
import { notificationsEn } from './notifications.en';
import { calendarEn } from './calendar.en';
import { vocabulariesEn } from './vocabularies.en';

export const en: Messages = {
  ...peopleEn,
  ...commentsEn,
  ...historyEn,
  ...planViewsEn,
  ...tableEn,
  ...editorEn,
  indicators: indicatorsEn,
  publishing: publishingEn,
  meetings: meetingsEn,
  rounds: roundsEn,
  respond: respondEn,
  roundTrip: roundTripEn,
  notifications: notificationsEn,
  annualClock: calendarEn,
  vocabularies: vocabulariesEn,
  app: {
    name: 'Hyte-työtila',
    skipLink: 'Skip to content',
    loading: 'Loading…',
  },
  language: {
    label: 'Language',
  },
  login: {
    title: 'Sign in',
    intro: 'A shared workspace where well-being groups write the well-being plan.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    invalid: 'Wrong email or password.',
    rateLimited: 'Too many attempts. Wait a moment and try again.',
    failed: 'Signing in failed. Please try again.',
  },
  header: {
    nav: 'Main menu',
    plans: 'Plans',
    signedInAs: 'Signed in as {{name}}',
    logout: 'Sign out',
  },
  plans: {
    title: 'Plans',
    empty: 'There are no plans yet.',
    loadFailed: 'Loading the plans failed.',
    updated: 'Updated {{date}}',
    createTitle: 'New plan',
    titleLabel: 'Plan title',
    create: 'Create plan',
    creating: 'Creating…',
    createFailed: 'Creating the plan failed.',
  },
  plan: {
    notFound: 'The plan was not found, or you may not open it.',
    loadFailed: 'Loading the plan failed.',
    back: 'Back to the plans',
    noAccess: 'You may not open this plan.',
    readOnly: 'You may read this plan but not edit it.',
    editorLabel: 'Plan text',
  },
  toolbar: {
    label: 'Text formatting',
    bold: 'Bold',
    italic: 'Italic',
    heading: 'Heading level {{level}}',
    bulletList: 'Bulleted list',
    orderedList: 'Numbered list',
    link: 'Link',
    insertTable: 'Insert table',
    addRow: 'Add row',
    deleteRow: 'Delete row',
    addColumn: 'Add column',
    deleteColumn: 'Delete column',
    undo: 'Undo',
    redo: 'Redo',
  },
  link: {
    title: 'Link',
    url: 'Web address',
    save: 'Save',
    remove: 'Remove link',
    invalid: 'Enter a web address, for example https://www.porvoo.fi.',
  },
  presence: {
    title: 'Here now',
    you: '{{name}} (you)',
  },
  connection: {
    connecting: 'Connecting…',
    offline: 'Connection lost – changes will be saved when it returns',
    unsaved: 'Unsaved changes ({{count}})',
    saved: 'All changes saved',
  },
};
