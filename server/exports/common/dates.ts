/**
 * Dates of an export, on the municipality's calendar: a plan exported late in
 * the evening in Finland is dated that day, whatever time zone the server runs in.
 */
const TIME_ZONE = 'Europe/Helsinki';

const isoFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const finnishFormat = new Intl.DateTimeFormat('fi-FI', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** `2026-11-22`: sorts well in a folder of exported files. */
export function isoDay(date: Date): string {
  return isoFormat.format(date);
}

/** `22.11.2026`: how a Finnish document dates itself. */
export function finnishDay(date: Date): string {
  return finnishFormat.format(date);
}
