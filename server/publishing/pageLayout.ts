/**
 * The frame of every public page: language, skip link, landmarks, the style
 * sheet (the HTML export's, plus navigation and print rules). No scripts: the
 * pages are complete as the server sends them.
 */
import { INDICATOR_BLOCK_CSS } from '../exports/html/indicatorBlock';
import { INDICATOR_CSS } from '../exports/html/indicatorSection';
import { CSS as EXPORT_CSS } from '../exports/html/styles';
import { escapeHtml } from '../exports/html/textBlocks';

const PAGE_CSS = `${EXPORT_CSS}${INDICATOR_CSS}${INDICATOR_BLOCK_CSS}
.skip-link{position:absolute;left:-999px;top:0;background:#fff;color:#0b5394;padding:.5em 1em;border:2px solid #0b5394;z-index:10}
.skip-link:focus{left:1rem;top:1rem}
a:focus-visible{outline:3px solid #1f4e79;outline-offset:2px}
.toc{border:1px solid #c8d3e0;background:#f7f9fc;padding:.5rem 1.25rem;margin:0 0 2rem;max-width:48rem}
.toc h2{margin:.5em 0;font-size:1.2rem}
.toc ul{margin:.25em 0 .75em;padding-left:0;list-style:none}
.toc li{margin:.2em 0}
.toc .level-3{margin-left:1.2em}
.counts td,.counts th{text-align:right}
.counts th[scope=row],.counts th:first-child{text-align:left}
.page-footer{border-top:3px solid #1f4e79;margin-top:3rem;padding-top:1rem;font-size:.95rem}
.page-footer h2{font-size:1.2rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25em 1em}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
@media (max-width:40rem){body{padding:1rem .75rem}.title-page h1{font-size:1.7rem}dl.facts{grid-template-columns:1fr}}
@media print{.skip-link,.toc,.page-footer nav{display:none}.page-footer{break-before:auto}}`;

export interface PageFrame {
  title: string;
  /** `fi`: every page is in the language of the plan's text. */
  lang: string;
  /** Links in `<head>` (the data as JSON and CSV, the canonical address). */
  headLinks: string;
  header: string;
  nav?: string;
  main: string;
  footer: string;
}

/**
 * A wide table scrolls sideways in its wrapper on a phone; a keyboard user
 * reaches the hidden columns only if the wrapper takes focus (WCAG 2.1.1).
 */
function focusableScrolling(html: string): string {
  return html.replaceAll('<div class="table-wrap">', '<div class="table-wrap" tabindex="0" role="region" aria-label="Vieritettävä taulukko">');
}

export function renderPage(frame: PageFrame): string {
  return `<!doctype html>
<html lang="${escapeHtml(frame.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(frame.title)}</title>
${frame.headLinks}<style>${PAGE_CSS}</style>
</head>
<body>
<a class="skip-link" href="#sisalto">Siirry sisältöön</a>
<header class="title-page">
${frame.header}
</header>
${frame.nav ?? ''}
<main id="sisalto" tabindex="-1">
${focusableScrolling(frame.main)}
</main>
<footer class="page-footer">
${frame.footer}
</footer>
</body>
</html>
`;
}

/** What a public address answers once its publication is taken down, or when it never existed. */
export function renderGonePage(gone: boolean): string {
  const title = gone ? 'Julkaisu on poistettu' : 'Sivua ei löydy';
  const text = gone ? 'Tämä julkaisu on poistettu julkisesta verkosta.' : 'Tällä osoitteella ei ole julkaisua.';
  return renderPage({
    title,
    lang: 'fi',
    headLinks: '',
    header: `<h1>${title}</h1>`,
    main: `<p>${text}</p>`,
    footer: '<p>Hyte-työtila</p>',
  });
}
