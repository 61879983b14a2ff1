/**
 * The plan as one self-contained, accessible web page: what the municipality
 * publishes on its site (WCAG 2.1 AA). Inline CSS only, no scripts, no
 * external resources; everything user-written is escaped.
 */
import type { PlanData } from '../../shared/plan';
import { isoDay } from './dates';
import { documentInfo } from './documentInfo';
import type { ExportInput } from './exportDocument';
import {
  COLUMNS,
  MEASURE_TABLE_TITLE,
  STATUS_COLORS,
  STATUS_LEGEND,
  measureCells,
  measureRows,
  statusWords,
  type MeasureRow,
} from './measureTable';
import { planTextBlocks, topSectionLevel, type Block, type Inline } from './planText';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Text with its line breaks kept (multi-line cells of the measure table). */
const multiline = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

const rowspan = (span: number) => (span > 1 ? ` rowspan="${span}"` : '');

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

function renderBlock(block: Block): string {
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

function statusCell(row: MeasureRow): string {
  if (!row.measure) return '<td></td>';
  const { status, statusNote } = row.measure;
  const { name, label } = statusWords(status);
  const words = label ? `<strong>${name}</strong> – ${label}` : `<strong>${name}</strong>`;
  const note = statusNote.trim() ? `<span class="note">${multiline(statusNote)}</span>` : '';
  return `<td class="status status-${status}"><span class="marker" aria-hidden="true"></span>${words}${note}</td>`;
}

function measureTable(data: PlanData, level: number): string {
  const heads = COLUMNS.map((column) => `<th scope="col">${column.label}</th>`).join('');
  const groups: string[][] = [];
  for (const row of measureRows(data)) {
    const cells: string[] = [];
    if (row.focusAreaSpan > 0) {
      groups.push([]);
      cells.push(`<th scope="rowgroup"${rowspan(row.focusAreaSpan)}>${multiline(row.focusArea.title)}</th>`);
    }
    if (row.goalSpan > 0) cells.push(`<th scope="row"${rowspan(row.goalSpan)}>${multiline(row.goal?.title ?? '')}</th>`);
    cells.push(...measureCells(row.measure).map((text) => `<td>${multiline(text)}</td>`), statusCell(row));
    groups.at(-1)?.push(`<tr>${cells.join('')}</tr>`);
  }
  const bodies = groups.map((rows) => `<tbody>${rows.join('')}</tbody>`).join('');
  const legend = STATUS_LEGEND.map(
    (entry) =>
      `<li class="status-${entry.status}"><span class="marker" aria-hidden="true"></span>${entry.colorName}: ${entry.text}</li>`,
  ).join('');
  return `<section aria-labelledby="toimenpidetaulukko">
<h${level} id="toimenpidetaulukko">${MEASURE_TABLE_TITLE}</h${level}>
<div class="table-wrap"><table class="measures">
<caption>${MEASURE_TABLE_TITLE}: painopisteet, tavoitteet ja toimenpiteet sekä niiden vastuutahot ja tila</caption>
<colgroup>${COLUMNS.map((column) => `<col style="width:${column.share}%">`).join('')}</colgroup>
<thead><tr>${heads}</tr></thead>
${bodies}
</table></div>
<h${Math.min(level + 1, 6)} class="legend-title">Tilan selitteet</h${Math.min(level + 1, 6)}>
<ul class="legend">${legend}</ul>
</section>`;
}

const STATUS_CSS = STATUS_LEGEND.map(
  ({ status }) =>
    `.status-${status} .marker{border-color:#${STATUS_COLORS[status].marker}}td.status-${status}{background:#${STATUS_COLORS[status].fill}}`,
).join('\n');

const CSS = `
:root{color:#1a1a1a;background:#fff}
body{font-family:"Segoe UI",Calibri,Arial,sans-serif;font-size:1rem;line-height:1.5;margin:0 auto;padding:2rem 1.5rem;max-width:78rem}
.title-page{border-bottom:3px solid #1f4e79;margin-bottom:2rem;padding-bottom:1rem}
.title-page .municipality{font-size:1.25rem;font-weight:600;color:#1f4e79;margin:0}
.title-page h1{font-size:2.2rem;line-height:1.2;margin:.3rem 0 .5rem;color:#1f4e79}
.title-page p{margin:.2rem 0}
main>p,main>ul,main>ol,main>blockquote,main>pre,main>h2,main>h3,main>h4{max-width:48rem}
h1,h2,h3,h4{color:#1f4e79;line-height:1.25;margin:1.6em 0 .5em}
h2{font-size:1.6rem}h3{font-size:1.3rem}h4{font-size:1.1rem}
a{color:#0b5394}
li>p{margin:.15em 0}
blockquote{border-left:4px solid #c8d3e0;margin:1em 0;padding:.1em 1em;color:#333}
pre{background:#f4f4f4;padding:.75em;overflow-x:auto;white-space:pre-wrap}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #8a8a8a;padding:.35em .5em;text-align:left;vertical-align:top}
thead th,.text-table th{background:#dce6f1}
.measures{font-size:.9rem}
.measures caption{text-align:left;font-weight:600;padding:.3em 0}
.measures tbody th{background:#f2f5f9;font-weight:600}
.measures tbody th[scope=row]{font-weight:normal}
.measures tbody{border-top:3px solid #1f4e79}
.status .note{display:block;margin-top:.3em;font-style:italic}
.marker{display:inline-block;width:0;height:0;border:.45em solid;border-radius:50%;margin-right:.4em;vertical-align:-.05em}
.legend{list-style:none;padding:0}
.legend li{margin:.2em 0}
${STATUS_CSS}
@media print{
  @page{size:A4;margin:18mm}
  body{max-width:none;padding:0;font-size:10.5pt}
  .measures{font-size:8.5pt}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a{color:inherit}
  a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}
  .table-wrap{overflow:visible}
  thead{display:table-header-group}
  h1,h2,h3,h4{break-after:avoid}
  section{break-before:page;page:measures}
}
/* The measure table prints on landscape pages, as in the Word and PDF exports. */
@page measures{size:A4 landscape;margin:12mm}`;

export function renderHtml(input: ExportInput): Buffer {
  const info = documentInfo(input);
  const blocks = planTextBlocks(input.data.body, info.title);
  const table = measureTable(input.data, topSectionLevel(blocks));
  const pageTitle = info.municipality ? `${info.title} – ${info.municipality}` : info.title;
  const html = `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(pageTitle)}</title>
${info.municipality ? `<meta name="author" content="${escapeHtml(info.municipality)}">\n` : ''}<style>${CSS}</style>
</head>
<body>
<header class="title-page">
${info.municipality ? `<p class="municipality">${escapeHtml(info.municipality)}</p>\n` : ''}<h1>${escapeHtml(info.title)}</h1>
${info.versionLabel ? `<p class="version">${escapeHtml(info.versionLabel)}</p>\n` : ''}<p class="date">Päivätty <time datetime="${isoDay(input.date)}">${info.date}</time></p>
</header>
<main>
${blocks.map(renderBlock).join('\n')}
${table}
</main>
</body>
</html>
`;
  return Buffer.from(html, 'utf8');
}
