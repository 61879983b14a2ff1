import { createHash } from 'node:crypto';
import type { IndicatorView } from '../../shared/api/indicators';
import { indicatorChartSpec, indicatorChartSummary } from '../../shared/indicators/chart';
import type { Language } from '../../shared/languages';

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Rendered charts by their content: a page that shows the same chart again costs no render (~100 ms each). */
const rendered = new Map<string, string>();
const MAX_RENDERED = 200;

/**
 * The indicator's chart (shared/indicators/chart.ts) as a self-contained SVG
 * string, rendered on the server without a browser. It is an image to
 * assistive technology (`role="img"`) named by its `<title>` and described by
 * its `<desc>`: the latest figures, the target and the source in words. The
 * same function serves the browser's chart and the exports.
 */
export async function indicatorChartSvg(view: IndicatorView, lang: Language): Promise<string> {
  const key = createHash('sha256').update(lang).update(JSON.stringify(view)).digest('base64url');
  const known = rendered.get(key);
  if (known) return known;
  // Loaded at the first chart, not at every start of the server (vega is large).
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const spec = compile(indicatorChartSpec(view, lang)).spec;
  const chart = new vega.View(vega.parse(spec), { renderer: 'none' });
  let svg: string;
  try {
    svg = await chart.toSVG();
  } finally {
    chart.finalize();
  }
  const id = `chart-${key.slice(0, 12)}`;
  const accessible = svg.replace(
    /^<svg /,
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc" `,
  ).replace(/^(<svg[^>]*>)/, `$1<title id="${id}-title">${escapeXml(view.title)}</title><desc id="${id}-desc">${escapeXml(indicatorChartSummary(view, lang))}</desc>`);
  if (rendered.size >= MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
  rendered.set(key, accessible);
  return accessible;
}
