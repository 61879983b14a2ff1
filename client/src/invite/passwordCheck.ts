/** The server's minimum (server/users/routes.ts), checked here too so that the person learns it before sending. */
export const MIN_PASSWORD_LENGTH = 8;

export type PasswordProblem = 'tooShort' | 'mismatch';

/** What is wrong with a new password typed twice, or null when it may be sent. */
export function passwordProblem(password: string, again: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password !== again) return 'mismatch';
  return null;
}
