import type { inviteFi } from './invite.fi';

export const inviteSv: typeof inviteFi = {
  title: 'Ange lösenord',
  welcome: 'Välkommen till Hyte-työtila, {{name}}! Välj ett lösenord att logga in med e-postadressen {{email}}.',
  password: 'Nytt lösenord',
  hint: 'Minst {{count}} tecken.',
  again: 'Lösenordet igen',
  submit: 'Spara lösenordet',
  saving: 'Sparar…',
  tooShort: 'Lösenordet måste ha minst {{count}} tecken.',
  mismatch: 'Lösenorden är inte lika. Skriv samma lösenord i båda fälten.',
  expired: 'Länken gäller inte längre. Be administratören om en ny länk.',
  invalidTitle: 'Länken gäller inte',
  invalid: 'Länken har redan använts, har gått ut eller saknar en del. Be administratören om en ny länk.',
  loadFailed: 'Länken kunde inte kontrolleras',
  toLogin: 'Till inloggningen',
  done: 'Lösenordet är angivet. Logga in med din e-postadress och ditt nya lösenord.',
};
