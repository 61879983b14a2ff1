import type { notificationsFi } from './notifications.fi';

export const notificationsSv: typeof notificationsFi = {
  open: 'Aviseringar',
  openUnread: 'Aviseringar, {{count}} olästa',
  heading: 'Aviseringar',
  none: 'Inga aviseringar.',
  loadFailed: 'Aviseringarna kunde inte laddas.',
  markAllRead: 'Markera alla som lästa',
  unread: 'Oläst',
  kinds: {
    mention: '{{author}} nämnde dig: {{plan}}',
    'request-to-answer': 'En lägesenkät väntar på ditt svar: {{round}} ({{plan}})',
    'accepted-answer': 'Ditt svar godkändes: {{measure}} ({{plan}})',
    deadline: 'Tidsfristen för {{round}} gick ut: {{answered}}/{{total}} har svarat',
  },
  settings: 'Aviseringsinställningar',
  settingsTitle: 'Aviseringsinställningar',
  settingsIntro: 'Aviseringarna syns alltid här. Välj vilka du också vill få per e-post.',
  emailLegend: 'E-post när',
  emailKinds: {
    mention: 'någon nämner mig i en kommentar',
    'request-to-answer': 'jag ombeds lämna lägesuppgifter (enkäter och påminnelser)',
    'accepted-answer': 'mitt svar godkänns i planen',
    deadline: 'en enkäts tidsfrist går ut',
  },
  save: 'Spara',
  saved: 'Aviseringsinställningarna sparades.',
  close: 'Stäng',
};
