/** The public page of a published plan version: text, measure table, status summary and yearly report, with its facts. */
import { LICENCES } from '../../shared/api/publications';
import { finnishDay, isoDay } from '../exports/common/dates';
import { FALLBACK_TITLE } from '../exports/common/documentInfo';
import { measureTable } from '../exports/html/measureTable';
import { indicatorSectionHtml } from '../exports/html/indicatorSection';
import { escapeHtml } from '../exports/html/textBlocks';
import { planTextTopBlocks, topSectionLevel } from '../exports/common/planText';
import type { IndicatorExportSection } from '../indicators/exportSection';
import type { Publication } from '../storage/publicationStore';
import { renderPage } from './pageLayout';
import { reportSections, textSection, tocNav, type TocEntry } from './planSections';
import type { PublicPlanView } from './publicView';
import { publicationPaths } from './paths';

export interface PublicPageInput {
  view: PublicPlanView;
  publication: Publication;
  /** When the published version was made: the date the content is from. */
  versionDate: Date;
  /** The plan's other publications still up, newest first: the archive. */
  archive: Publication[];
  /** The version's indicators with their charts and figures (none: no section, and the text's charts say so): their section, and the charts in the text. */
  indicators?: IndicatorExportSection | null;
}

/** The languages a plan is published in; plans have one text today, in Finnish. */
const LANGUAGES = [{ lang: 'fi', name: 'suomi' }];

const time = (date: Date) => `<time datetime="${isoDay(date)}">${finnishDay(date)}</time>`;

function footer({ publication, versionDate, archive }: PublicPageInput): string {
  const paths = publicationPaths(publication);
  const licence = LICENCES[publication.licence];
  const source = publication.municipality ? `${escapeHtml(publication.municipality)}, hyvinvointiryhmä` : 'Kunnan hyvinvointiryhmä';
  const earlier = archive
    .filter((p) => p.id !== publication.id)
    .map((p) => `<li><a href="${publicationPaths(p).page}">${escapeHtml(p.versionLabel)}</a>, julkaistu ${time(new Date(p.publishedAt))}</li>`)
    .join('');
  return `<h2 id="tiedot">Tietoja julkaisusta</h2>
<dl class="facts">
<dt>Lähde</dt><dd>${source}</dd>
<dt>Versio</dt><dd>${escapeHtml(publication.versionLabel)}, ${time(versionDate)}</dd>
<dt>Julkaistu</dt><dd>${time(new Date(publication.publishedAt))}</dd>
<dt>Kieliversiot</dt><dd>${LANGUAGES.map((l) => `<span lang="${l.lang}">${l.name}</span>`).join(', ')}</dd>
<dt>Avoin data</dt><dd><a href="${paths.json}" type="application/json">JSON</a>, <a href="${paths.csv}" type="text/csv">CSV</a>; lisenssi <a href="${licence.url}" rel="license">${escapeHtml(licence.name)}</a></dd>
</dl>
<nav aria-label="Julkaisun muut sivut">
<ul>
<li><a href="${paths.statement}">Saavutettavuusseloste</a></li>
<li><a href="${paths.latest}">Uusin julkaistu versio</a></li>
</ul>
${earlier ? `<h3>Aiemmat julkaisut</h3>\n<ul>${earlier}</ul>` : ''}
</nav>`;
}

export function renderPublicPage(input: PublicPageInput): string {
  const { view, publication } = input;
  const title = view.title.trim() || FALLBACK_TITLE;
  const paths = publicationPaths(publication);
  const blocks = planTextTopBlocks(view.body, title);
  const level = topSectionLevel(blocks);
  const toc: TocEntry[] = [];
  const text = textSection(blocks, toc, input.indicators ?? null);
  toc.push({ id: 'toimenpidetaulukko', level, text: 'Toimenpidetaulukko' });
  const table = measureTable(view, level);
  const report = reportSections(view, level, toc);
  // The indicators as the HTML export prints them: each on track or not in words, its chart, figures and source.
  if (input.indicators) toc.push({ id: 'mittarit', level, text: input.indicators.words.sectionTitle });
  const indicators = input.indicators ? indicatorSectionHtml(input.indicators, level) : '';
  toc.push({ id: 'tiedot', level: 2, text: 'Tietoja julkaisusta' });
  const municipality = publication.municipality ? escapeHtml(publication.municipality) : '';
  return renderPage({
    title: municipality ? `${title} – ${publication.municipality}` : title,
    lang: 'fi',
    headLinks: `<link rel="canonical" href="${paths.page}">
<link rel="alternate" type="application/json" href="${paths.json}">
<link rel="alternate" type="text/csv" href="${paths.csv}">
`,
    header: `${municipality ? `<p class="municipality">${municipality}</p>\n` : ''}<h1>${escapeHtml(title)}</h1>
<p class="version">${escapeHtml(publication.versionLabel)}</p>
<p class="date">Päivätty ${time(input.versionDate)}</p>`,
    nav: tocNav(toc),
    main: `${text}\n${table}\n${report}\n${indicators}`,
    footer: footer(input),
  });
}
