/**
 * The plan as Markdown (GitHub-flavoured): for wikis, repositories and
 * anyone who edits text by hand. User text is escaped so it prints as
 * written and never turns into markup or raw HTML (`markdownSyntax.ts`); the
 * text's indicator charts are given in words and figures (`indicatorBlock.ts`).
 */
import { indicatorExportSection } from '../../indicators/exportSection';
import { documentInfo } from '../common/documentInfo';
import { COLUMNS, LEGEND_TITLE, MEASURE_TABLE_TITLE, STATUS_LEGEND, measureCells, statusText } from '../common/measureTable';
import { planTextTopBlocks, topSectionLevel, type Block, type Inline } from '../common/planText';
import type { ExportInput } from '../types';
import { indicatorBlockMarkdown } from './indicatorBlock';
import { cellText, escapeLineStarts, escapeMarkdown, markdownTable } from './markdownSyntax';

/** Keeps spaces outside emphasis markers, where CommonMark needs them. */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
  if (!match || match[2] === '') return text;
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function renderInline(inline: Inline, lineBreak: string): string {
  if (inline.kind === 'break') return lineBreak;
  let text = inline.code ? codeSpan(inline.text) : escapeMarkdown(inline.text);
  if (inline.bold) text = wrap(text, '**');
  if (inline.italic) text = wrap(text, '_');
  if (inline.strike) text = wrap(text, '~~');
  // Markdown has no underline; the text stays, the underline goes.
  if (inline.href) text = `[${text}](<${inline.href}>)`;
  return text;
}

const renderInlines = (inlines: Inline[], lineBreak = '\\\n') =>
  inlines.map((inline) => renderInline(inline, lineBreak)).join('');

/** Headings are one line in Markdown. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

function indent(text: string, by: string): string {
  return text.replace(/\n(?!\n|$)/g, `\n${by}`);
}

function renderTable(rows: Extract<Block, { kind: 'table' }>['rows']): string {
  // GFM has no merged cells: a spanned cell is printed once and its other places left empty.
  const grid: string[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c] !== undefined) c++;
      const text = cell.blocks.map((block) => blockInline(block)).join('<br>');
      for (let dr = 0; dr < cell.rowspan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cell.colspan; dc++) target[c + dc] = dr === 0 && dc === 0 ? text : '';
      }
      c += cell.colspan;
    }
  });
  const [head = [], ...body] = grid;
  return markdownTable(head, body);
}

/** A block squeezed into one table cell. */
function blockInline(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return renderInlines(block.inlines, '<br>');
    case 'list':
      return block.items.map((item) => `• ${item.map(blockInline).join(' ')}`).join('<br>');
    case 'quote':
      return block.blocks.map(blockInline).join('<br>');
    case 'code':
      return codeSpan(block.text.replace(/\n/g, ' '));
    case 'rule':
      return '';
    case 'table':
      return block.rows.map((row) => row.map((cell) => cell.blocks.map(blockInline).join(' ')).join(' / ')).join('<br>');
  }
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${renderInlines(block.inlines, ' ')}`;
    case 'paragraph':
      return escapeLineStarts(renderInlines(block.inlines));
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${block.start + i}. ` : '- ';
          const content = item.map(renderBlock).join('\n\n');
          return marker + indent(content, ' '.repeat(marker.length));
        })
        .join('\n');
    case 'quote':
      return block.blocks
        .map(renderBlock)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'code': {
      const longest = Math.max(2, ...(block.text.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}\n${block.text.replace(/\n$/, '')}\n${fence}`;
    }
    case 'rule':
      return '---';
    case 'table':
      return renderTable(block.rows);
  }
}

function renderMeasureTable(input: ExportInput, level: number): string {
  const heading = (depth: number, text: string) => `${'#'.repeat(Math.min(level + depth, 6))} ${oneLine(text)}`;
  const parts = [heading(0, MEASURE_TABLE_TITLE)];
  const measureColumns = COLUMNS.slice(2).map((column) => column.label);
  for (const focusArea of input.data.focusAreas) {
    parts.push(heading(1, escapeMarkdown(focusArea.title.trim() || 'Nimetön painopiste')));
    for (const goal of focusArea.goals) {
      parts.push(heading(2, `Tavoite: ${escapeMarkdown(goal.title.trim() || 'nimetön tavoite')}`));
      if (goal.measures.length === 0) {
        parts.push('_Ei toimenpiteitä._');
        continue;
      }
      const rows = goal.measures.map((measure) => {
        const status = [statusText(measure.status), measure.statusNote.trim()].filter(Boolean).join(': ');
        return [...measureCells(measure), status].map(cellText);
      });
      parts.push(markdownTable(measureColumns, rows));
    }
  }
  parts.push(
    heading(1, LEGEND_TITLE),
    STATUS_LEGEND.map((entry) => `- **${entry.colorName}:** ${entry.text}`).join('\n'),
  );
  return parts.join('\n\n');
}

export async function renderMarkdown(input: ExportInput): Promise<Buffer> {
  const info = documentInfo(input);
  const blocks = planTextTopBlocks(input.data.body, info.title);
  // The text's charts in words and figures: nothing to draw, so no SVG is made.
  const indicators = blocks.some((block) => block.kind === 'indicatorChart') ? await indicatorExportSection(input.indicators, { charts: false }) : null;
  const byline = [info.municipality, info.versionLabel]
    .flatMap((text) => (text ? [`**${escapeMarkdown(text)}**`] : []))
    .concat(info.date)
    .join(' · ');
  const head = [`# ${oneLine(escapeMarkdown(info.title))}`, byline];
  const text = [...head, ...blocks.map((block) => (block.kind === 'indicatorChart' ? indicatorBlockMarkdown(indicators, block) : renderBlock(block))), renderMeasureTable(input, topSectionLevel(blocks))].join('\n\n');
  return Buffer.from(`${text}\n`, 'utf8');
}
