/**
 * The languages of the interface: Finnish, the default and the language of
 * the plan's own documents (exports), Swedish and English. The words the
 * server and the client both print (statuses, the names of the server's own
 * snapshots) are given in each of them in `shared/`, so they agree everywhere.
 */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
