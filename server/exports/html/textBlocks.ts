/** The plan text as HTML: every user-written string escaped, links only of the kinds `planText.ts` lets through. */
import type { Block, Inline } from '../common/planText';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Text with its line breaks kept (multi-line cells of the measure table). */
export const multiline = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

export const rowspan = (span: number) => (span > 1 ? ` rowspan="${span}"` : '');

function renderInline(inline: Inline): string {
  if (inline.kind === 'break') return '<br>';
  let html = escapeHtml(inline.text);
  if (inline.code) html = `<code>${html}</code>`;
  if (inline.bold) html = `<strong>${html}</strong>`;
  if (inline.italic) html = `<em>${html}</em>`;
  if (inline.underline) html = `<u>${html}</u>`;
  if (inline.strike) html = `<s>${html}</s>`;
  if (inline.href) html = `<a href="${escapeHtml(inline.href)}">${html}</a>`;
  return html;
}

const renderInlines = (inlines: Inline[]) => inlines.map(renderInline).join('');

export function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${renderInlines(block.inlines)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${renderInlines(block.inlines)}</p>`;
    case 'list': {
      const items = block.items.map((item) => `<li>${item.map(renderBlock).join('')}</li>`).join('');
      if (!block.ordered) return `<ul>${items}</ul>`;
      return block.start === 1 ? `<ol>${items}</ol>` : `<ol start="${block.start}">${items}</ol>`;
    }
    case 'quote':
      return `<blockquote>${block.blocks.map(renderBlock).join('')}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'table': {
      const rows = block.rows.map((row) => {
        // A row of header cells heads the columns below it.
        const columnHeads = row.every((cell) => cell.header);
        const cells = row.map((cell) => {
          const tag = cell.header ? 'th' : 'td';
          const attrs = [
            cell.header && columnHeads ? ' scope="col"' : '',
            cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '',
            rowspan(cell.rowspan),
          ].join('');
          return `<${tag}${attrs}>${cell.blocks.map(renderBlock).join('')}</${tag}>`;
        });
        return `<tr>${cells.join('')}</tr>`;
      });
      return `<div class="table-wrap"><table class="text-table">${rows.join('')}</table></div>`;
    }
  }
}
