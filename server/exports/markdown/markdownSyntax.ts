/**
 * What the Markdown export's parts share: escaping user text so that it
 * prints as written and never turns into markup or raw HTML, and GFM tables.
 */

/** Backslash-escapes what Markdown would read as inline markup or HTML; any ASCII punctuation may be escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

/** Escapes what would start a heading, list, quote or setext line at the head of a paragraph's lines. */
export function escapeLineStarts(markdown: string): string {
  return markdown.replace(/^([ \t]*)([#+=-])/gm, '$1\\$2').replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

/** Plain text as a paragraph of its own: escaped inline and at the start of each line. */
export function textParagraph(text: string): string {
  return escapeLineStarts(escapeMarkdown(text));
}

/** A table cell's text: one line, with `<br>` where the text breaks. */
export function cellText(text: string): string {
  return escapeMarkdown(text.trim()).replace(/\r?\n/g, '<br>');
}

/** A GFM table of cells already in Markdown (one line each); rows shorter than the widest get empty cells. */
export function markdownTable(head: readonly string[], body: ReadonlyArray<readonly string[]>): string {
  const width = Math.max(head.length, ...body.map((row) => row.length));
  const line = (row: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}
