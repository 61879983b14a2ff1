/** The page's one inline style sheet: readable on screen, and printed on A4 with the measure table on landscape pages. */
import { STATUS_LEGEND } from '../common/measureTable';

const STATUS_CSS = STATUS_LEGEND.map(
  ({ status, fill, marker }) => `.status-${status} .marker{border-color:#${marker}}td.status-${status}{background:#${fill}}`,
).join('\n');

export const CSS = `
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
