/**
 * The plan as one self-contained, accessible web page: what the municipality
 * publishes on its site (WCAG 2.1 AA). Inline CSS only, no scripts, no
 * external resources; everything user-written is escaped. The text
 * (`textBlocks.ts`), the measure table (`measureTable.ts`) and the style
 * sheet (`styles.ts`) have their modules beside this one.
 */
import { isoDay } from '../common/dates';
import { documentInfo } from '../common/documentInfo';
import { planTextTopBlocks, topSectionLevel } from '../common/planText';
import type { ExportInput } from '../types';
import { indicatorExportSection } from '../../indicators/exportSection';
import { INDICATOR_BLOCK_CSS, indicatorBlockHtml } from './indicatorBlock';
import { INDICATOR_CSS, indicatorSectionHtml } from './indicatorSection';
import { measureTable } from './measureTable';
import { CSS } from './styles';
import { escapeHtml, renderBlock } from './textBlocks';

export async function renderHtml(input: ExportInput): Promise<Buffer> {
  const info = documentInfo(input);
  const blocks = planTextTopBlocks(input.data.body, info.title);
  const table = measureTable(input.data, topSectionLevel(blocks));
  const indicators = await indicatorExportSection(input.indicators);
  // The text's indicator charts, each drawn where it stands (numbered, for ids unique on the page).
  let charts = 0;
  const text = blocks.map((block) => (block.kind === 'indicatorChart' ? indicatorBlockHtml(indicators, block, ++charts) : renderBlock(block))).join('\n');
  const pageTitle = info.municipality ? `${info.title} – ${info.municipality}` : info.title;
  const html = `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(pageTitle)}</title>
${info.municipality ? `<meta name="author" content="${escapeHtml(info.municipality)}">\n` : ''}<style>${CSS}${indicators ? INDICATOR_CSS : ''}${charts > 0 ? INDICATOR_BLOCK_CSS : ''}</style>
</head>
<body>
<header class="title-page">
${info.municipality ? `<p class="municipality">${escapeHtml(info.municipality)}</p>\n` : ''}<h1>${escapeHtml(info.title)}</h1>
${info.versionLabel ? `<p class="version">${escapeHtml(info.versionLabel)}</p>\n` : ''}<p class="date">Päivätty <time datetime="${isoDay(input.date)}">${info.date}</time></p>
</header>
<main>
${text}
${table}
${indicators ? indicatorSectionHtml(indicators, topSectionLevel(blocks)) : ''}
</main>
</body>
</html>
`;
  return Buffer.from(html, 'utf8');
}
