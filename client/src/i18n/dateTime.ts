// Finnish and Swedish as written in Finland ("12.3.2026 klo 14.05", "12.3.2026 14.05"), English as in Europe.
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and style, made once: making an
 * Intl.DateTimeFormat costs far more than formatting with it, and the
 * measure table formats a date in every row it renders.
 */
function formatter(language: string, kind: 'day' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${language} ${kind}`;
  let format = formatters.get(key);
  if (!format) {
    const locale = LOCALES[language] ?? 'fi-FI';
    format =
      kind === 'day'
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'Europe/Helsinki' })
        : new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    formatters.set(key, format);
  }
  return format;
}

function format(iso: string, language: string, kind: 'day' | 'dateTime'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, kind).format(date);
}

/** A moment as people in the meeting read it, in the interface language and the browser's time zone. */
export const formatDateTime = (iso: string, language: string): string => format(iso, language, 'dateTime');

/** A day as people in Finland read it ("31.3.2026"), in Finnish time whatever the browser's zone. */
export const formatDay = (iso: string, language: string): string => format(iso, language, 'day');
