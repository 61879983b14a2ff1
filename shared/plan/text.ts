import * as Y from 'yjs';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Replaces the content of `text` with `value` by deleting and inserting only
 * the part that differs (common prefix and suffix kept), so that concurrent
 * edits of other parts of the same text merge. Never splits a surrogate pair.
 */
export function replaceYText(text: Y.Text, value: string): void {
  const current = text.toString();
  if (current === value) return;
  if (text.length !== current.length) {
    // Embeds or other non-string content: start over.
    text.delete(0, text.length);
    text.insert(0, value);
    return;
  }
  const max = Math.min(current.length, value.length);
  let prefix = 0;
  while (prefix < max && current.charCodeAt(prefix) === value.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(current.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    current.charCodeAt(current.length - 1 - suffix) === value.charCodeAt(value.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(current.charCodeAt(current.length - suffix))) suffix--;
  const removed = current.length - prefix - suffix;
  if (removed > 0) text.delete(prefix, removed);
  const inserted = value.slice(prefix, value.length - suffix);
  if (inserted.length > 0) text.insert(prefix, inserted);
}

/** The string content of a field that should be a Y.Text; plain strings are read as they are, anything else as ''. */
export function readTextValue(value: unknown): string {
  if (value instanceof Y.Text) return value.toString();
  if (typeof value === 'string') return value;
  return '';
}

/** The content of a plain-string field; anything else as ''. */
export function readStringValue(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
