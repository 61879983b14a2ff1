// Issue 14: the indicator catalogue's search and a report with 20 indicator charts. A Sotkanet stand-in
// (tests/support, never the real Sotkanet) serves a catalogue of Sotkanet's size (~3,700 indicators)
// with figures; a real server of its own, pointed at it, answers the searches (request until the last
// byte) and renders the Porvoo plan with 20 indicators, each with a target and a baseline, into DOCX,
// PDF and HTML on its export threads. The PDF is kept for looking at its charts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standInCatalogue } from '../tests/support/sotkanetCatalogue';
import { SotkanetStandIn } from '../tests/support/sotkanetStandIn';
import { median, percentile } from './stats';
import { HyteServer } from './targets';

export interface IndicatorBenchConfig {
  catalogueSize: number;
  /** Rounds over the search terms. */
  searchRounds: number;
  charts: number;
  exportRepetitions: number;
}

export interface IndicatorBenchResult {
  config: IndicatorBenchConfig;
  catalogueBytes: number;
  /** The first search: the server fetches the catalogue from the stand-in, checks it and indexes it. */
  firstSearchMs: number;
  searches: number;
  searchMedianMs: number;
  searchP95Ms: number;
  searchMaxMs: number;
  exports: Array<{ format: 'docx' | 'pdf' | 'html'; firstMs: number; medianMs: number; maxMs: number; bytes: number; pages?: number }>;
  pdfPath: string;
}

/** What people type: whole and partial words in the three languages, without diacritics, an id. */
const TERMS = ['toimeentulotuki', 'kiusattu', 'yksinäisyys', 'befolkning', 'ensamhet', 'loneliness', 'social assistance', 'vaesto', 'tupakoivat 8. ja 9. luokan', '75 vuotta', 'kela', '3113'];

async function timed(url: string, token: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes };
}

export async function indicatorBench(config: IndicatorBenchConfig, log: (message: string) => void): Promise<IndicatorBenchResult> {
  const catalogue = standInCatalogue(config.catalogueSize);
  const standIn = await SotkanetStandIn.start(0, catalogue);
  const dataDir = await mkdtemp(join(tmpdir(), 'hyte-bench-indicators-'));
  const hyte = await HyteServer.start(dataDir, { env: { SOTKANET_URL: standIn.url(), SOTKANET_TIMEOUT_MS: '20000' } });
  try {
    const catalogueBytes = (await timed(`${standIn.url()}/indicators`, '')).bytes;
    standIn.resetCounts();
    const search = (term: string) => timed(`${hyte.url}/api/indicators/catalogue?q=${encodeURIComponent(term)}`, hyte.token);
    const first = await search(TERMS[0]!);
    if (standIn.count('indicators') !== 1) throw new Error('the first search did not fetch the catalogue');
    log(`indicators: catalogue of ${catalogue.length} (${(catalogueBytes / 1024 / 1024).toFixed(1)} MB), first search ${first.ms.toFixed(0)} ms`);
    const samples: number[] = [];
    for (let round = 0; round < config.searchRounds; round++) {
      for (const term of round % 2 === 0 ? TERMS : [...TERMS].reverse()) samples.push((await search(term)).ms);
    }
    log(`indicators: ${samples.length} searches, median ${median(samples).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`);

    // The demo plan (seeded on the first start) with `charts` indicators that have figures, each with a target and baseline.
    const [plan] = await hyte.api<Array<{ id: string }>>('GET', '/plans');
    const planId = plan!.id;
    await hyte.api('PATCH', `/plans/${planId}`, { municipalityCode: '638' });
    const chosen = catalogue.filter((_, i) => i < 5 || i % 97 === 0).slice(0, config.charts);
    for (const [i, indicator] of chosen.entries()) {
      const added = await hyte.api<{ id: string; series: Array<{ area: { kind: string }; gender: string; points: Array<{ value: number }> }> }>('POST', `/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: indicator.id });
      const own = added.series.find((s) => s.area.kind === 'municipality' && s.gender === 'total')!;
      const start = own.points[0]!.value;
      const direction = i % 3 === 0 ? 'increase' : 'decrease';
      const value = Math.round(start * (direction === 'increase' ? 1.2 : 0.7) * 10) / 10;
      await hyte.api('PATCH', `/plans/${planId}/indicators/${added.id}`, { target: { year: 2028, value, direction }, baselineYear: indicator.range.start + 2 });
    }
    log(`indicators: ${chosen.length} indicators in the plan`);

    const exports: IndicatorBenchResult['exports'] = [];
    const pdfPath = join(tmpdir(), 'hyte-bench-indicators.pdf');
    for (const format of ['docx', 'pdf', 'html'] as const) {
      const url = `${hyte.url}/api/plans/${planId}/export?format=${format}`;
      const firstExport = await timed(url, hyte.token);
      const times: number[] = [];
      for (let r = 0; r < config.exportRepetitions; r++) times.push((await timed(url, hyte.token)).ms);
      exports.push({ format, firstMs: firstExport.ms, medianMs: median(times), maxMs: Math.max(...times), bytes: firstExport.bytes });
      log(`indicators: ${format} with ${chosen.length} indicators, first ${firstExport.ms.toFixed(0)} ms, median ${median(times).toFixed(0)} ms, ${(firstExport.bytes / 1024).toFixed(0)} KB`);
    }
    const pdf = Buffer.from(await (await fetch(`${hyte.url}/api/plans/${planId}/export?format=pdf`, { headers: { Authorization: `Bearer ${hyte.token}` } })).arrayBuffer());
    await writeFile(pdfPath, pdf);
    const pdfRow = exports.find((e) => e.format === 'pdf')!;
    pdfRow.pages = Number(/\/Type \/Pages\n\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? Number.NaN);
    return {
      config,
      catalogueBytes,
      firstSearchMs: first.ms,
      searches: samples.length,
      searchMedianMs: median(samples),
      searchP95Ms: percentile(samples, 95),
      searchMaxMs: Math.max(...samples),
      exports,
      pdfPath,
    };
  } finally {
    await hyte.stop();
    await standIn.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The section of docs/benchmarks.md. */
export function indicatorBenchSection(r: IndicatorBenchResult): string {
  const rows = r.exports.map(
    (e) => `| ${e.format.toUpperCase()} | ${e.firstMs.toFixed(0)} | ${e.medianMs.toFixed(0)} | ${e.maxMs.toFixed(0)} | ${(e.bytes / 1024).toFixed(0)}${e.pages ? ` (${e.pages} pages)` : ''} |`,
  );
  return `## Indicators (issue 14)

A Sotkanet stand-in serves ${r.config.catalogueSize} indicators (${(r.catalogueBytes / 1024 / 1024).toFixed(1)} MB of catalogue, as Sotkanet's ~3,700); a server of its own searches it and exports the Porvoo plan with ${r.config.charts} indicators (each with a target and a baseline, the municipality against its county and the country, by sex).

| catalogue search | ms |
| --- | --: |
| first search (fetch, check and index the catalogue) | ${r.firstSearchMs.toFixed(0)} |
| median of ${r.searches} searches (fi, sv, en, partial words, an id) | ${r.searchMedianMs.toFixed(1)} |
| p95 | ${r.searchP95Ms.toFixed(1)} |
| max | ${r.searchMaxMs.toFixed(1)} |

| export with ${r.config.charts} indicators | first ms | median ms (${r.config.exportRepetitions}) | max ms | KB |
| --- | --: | --: | --: | --: |
${rows.join('\n')}

The PDF draws each chart as vectors and tags it as a Figure; the HTML has them as inline SVG; the DOCX has each chart as a PNG (drawn from the same SVG by resvg, at twice its size) with the chart in words as its alternative text, and the figures tables.`;
}
