import { isoDay } from './dates';
import { FALLBACK_TITLE } from './documentInfo';

/** Room for the date and extension within the 255 bytes most file systems allow. */
const MAX_TITLE_LENGTH = 120;

/** Names Windows refuses for a file whatever its extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A title made safe as part of a file name on Windows, macOS and Linux:
 * characters illegal on any of them and control characters become spaces,
 * Finnish and Swedish letters (and any other letter) stay.
 */
function safeTitle(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces, which would change the name.
    .replace(/[. ]+$/u, '');
  const short = [...cleaned].slice(0, MAX_TITLE_LENGTH).join('').trim();
  if (short === '' || WINDOWS_RESERVED.test(short)) return FALLBACK_TITLE;
  return short;
}

/** `Porvoon kaupungin hyvinvointisuunnitelma 2026-11-22.docx` */
export function exportFileName(title: string, date: Date, extension: string): string {
  return `${safeTitle(title)} ${isoDay(date)}.${extension}`;
}

/** The plain-ASCII fallback for clients that ignore `filename*`: ä → a, ö → o, å → a. */
function asciiFallback(fileName: string): string {
  return fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}

/** RFC 5987 percent-encoding: encodeURIComponent leaves a few characters the ABNF does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="Porvoon ... 2026-11-22.docx"; filename*=UTF-8''Porvoon%20...`:
 * every current browser takes the UTF-8 name, older clients the ASCII one.
 */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
