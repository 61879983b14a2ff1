// Finnish and Swedish as written in Finland ("12.3.2026 klo 14.05", "12.3.2026 14.05"), English as in Europe.
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment as people in the meeting read it, in the interface language and the browser's time zone. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'fi-FI', { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
