import type { inviteFi } from './invite.fi';

export const inviteEn: typeof inviteFi = {
  title: 'Set your password',
  welcome: 'Welcome to Hyte-työtila, {{name}}! Choose the password you will sign in with, using the email {{email}}.',
  password: 'New password',
  hint: 'At least {{count}} characters.',
  again: 'Password again',
  submit: 'Save password',
  saving: 'Saving…',
  tooShort: 'The password must have at least {{count}} characters.',
  mismatch: 'The passwords differ. Type the same password in both fields.',
  expired: 'The link is no longer valid. Ask an administrator for a new one.',
  invalidTitle: 'The link is not valid',
  invalid: 'The link was already used, has expired or is incomplete. Ask an administrator for a new one.',
  loadFailed: 'Checking the link failed',
  toLogin: 'To the sign-in page',
  done: 'Your password is set. Sign in with your email address and your new password.',
};
