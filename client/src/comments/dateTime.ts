// Finnish and Swedish as written in Finland ("12.3.2026 klo 14.05"), English as in Europe.
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment as people in the meeting read it, in the interface language and the browser's time zone. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const locale = LOCALES[language] ?? 'fi-FI';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** "Maija Meikäläinen" → "Maija M.": short enough for a line of history, still telling people apart. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return last ? `${first} ${last.charAt(0)}.` : first;
}
