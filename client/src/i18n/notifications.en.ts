import type { notificationsFi } from './notifications.fi';

export const notificationsEn: typeof notificationsFi = {
  open: 'Notifications',
  openUnread: 'Notifications, {{count}} unread',
  heading: 'Notifications',
  none: 'No notifications.',
  loadFailed: 'The notifications could not be loaded.',
  markAllRead: 'Mark all as read',
  unread: 'Unread',
  kinds: {
    mention: '{{author}} mentioned you: {{plan}}',
    'request-to-answer': 'A status round waits for your answer: {{round}} ({{plan}})',
    'accepted-answer': 'Your answer was accepted: {{measure}} ({{plan}})',
    deadline: 'The deadline of {{round}} has passed: {{answered}} of {{total}} answered',
  },
  settings: 'Notification settings',
  settingsTitle: 'Notification settings',
  settingsIntro: 'Notifications always show here. Choose which also come by e-mail.',
  emailLegend: 'E-mail me when',
  emailKinds: {
    mention: 'someone mentions me in a comment',
    'request-to-answer': 'I am asked for status information (rounds and reminders)',
    'accepted-answer': 'my answer is accepted into the plan',
    deadline: 'a round’s deadline passes',
  },
  save: 'Save',
  saved: 'The notification settings were saved.',
  close: 'Close',
};
