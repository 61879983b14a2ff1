/**
 * User text as every export can carry it. A plan open on the server holds
 * text exactly as a REST write gave it, so a title may contain a lone
 * surrogate (no UTF-8 encoding exists for it: a file name, an HTML page or a
 * PDF font cannot take it) or a control character that XML 1.0 forbids (a
 * DOCX or XLSX holding one does not open). Neither carries meaning in a
 * plan, so they are mended or dropped once, before any format sees the text.
 */

/** What XML 1.0 allows no document to contain; tab, line feed and carriage return stay. */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A lone surrogate becomes U+FFFD (the replacement character); characters XML forbids go. */
export function exportableText(text: string): string {
  return text.toWellFormed().replace(FORBIDDEN_IN_XML, '');
}

/**
 * Every string in plain data (objects and arrays, as the plan data, the text
 * JSON and the comment threads are), made exportable; other values as they are.
 */
export function exportableStrings<T>(value: T): T {
  if (typeof value === 'string') return exportableText(value) as T;
  if (Array.isArray(value)) return value.map(exportableStrings) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, exportableStrings(item)])) as T;
  }
  return value;
}
