/**
 * The one chart definition of an indicator: a Vega-Lite spec of its time
 * series (the municipality against its well-being services county and the
 * whole country, the municipality by sex where Sotkanet has it, the target
 * and the baseline drawn in), the same figures as a table, and a one-paragraph
 * summary for alternative text. The browser, the server's SVG and every
 * export draw from here, so they show the same thing.
 *
 * Readable without colour: each line has its own point shape and stroke
 * dash, and its name is written at its end after that shape.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { AreaKind, IndicatorView, SeriesGender } from '../api/indicators';
import type { Language } from '../languages';
import type { IndicatorPoint } from '../plan/indicators';
import { CHART_WORDS, formatFigure, sotkanetAttribution } from './words';

/** One line of the chart (and one column of the table). */
export interface ChartLine {
  /** `municipality`, `county`, `country` for totals; `municipality-female` … for one sex. */
  key: string;
  label: string;
  kind: AreaKind;
  gender: SeriesGender;
  points: IndicatorPoint[];
}

export interface IndicatorTable {
  caption: string;
  /** `year` first, then one column per line. */
  columns: Array<{ key: string; label: string }>;
  /** One row a year, ascending; null where a line has no figure that year. */
  rows: Array<{ year: number } & Record<string, number | null>>;
  decimals: number | null;
}

const KIND_ORDER: Record<AreaKind, number> = { municipality: 0, county: 1, country: 2 };
const GENDER_ORDER: Record<SeriesGender, number> = { total: 0, female: 1, male: 2 };

/** Dark enough on white for text (WCAG AA), and told apart by shape and dash as well. */
const COLOURS = ['#0b4f8a', '#a4410e', '#1b6e3a', '#6a2c85', '#7a5a00', '#3b3b3b'];
const SHAPES = ['circle', 'square', 'triangle-up', 'triangle-down', 'cross', 'triangle-right'];
/** The target's shape, used by no line. */
const TARGET_SHAPE = 'diamond';
/** How far right of the plot's edge a margin label's shape sits, and its words after it (px). */
const LABEL_SHAPE_DX = 9;
const LABEL_TEXT_DX = 17;
// The first line is solid: an empty dash list (not [1, 0], which PDF dash patterns refuse: zero lengths).
const DASHES: number[][] = [[], [7, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 5]];

/** d3-format locales: a decimal comma and a (no-break) space between thousands in Finnish and Swedish. */
const NUMBER_LOCALES: Record<Language, { decimal: string; thousands: string; grouping: number[]; currency: [string, string]; minus: string }> = {
  fi: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0€'], minus: '\u2212' },
  sv: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0€'], minus: '\u2212' },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''], minus: '\u2212' },
};

const WIDTH = 520;
const HEIGHT = 260;
const LABEL_GAP_PX = 13;

/**
 * The lines drawn: each area's total, and the municipality's sexes where
 * given; an area without a total shows its sexes instead.
 */
export function chartLines(view: IndicatorView, lang: Language): ChartLine[] {
  const words = CHART_WORDS[lang];
  const hasTotal = new Set(view.series.filter((s) => s.gender === 'total' && s.points.length > 0).map((s) => s.area.kind));
  return view.series
    .filter((s) => s.points.length > 0 && (s.gender === 'total' || s.area.kind === 'municipality' || !hasTotal.has(s.area.kind)))
    // The areas' totals first, then the sexes.
    .sort((a, b) => Number(a.gender !== 'total') - Number(b.gender !== 'total') || KIND_ORDER[a.area.kind] - KIND_ORDER[b.area.kind] || GENDER_ORDER[a.gender] - GENDER_ORDER[b.gender])
    .map((s) => ({
      key: s.gender === 'total' ? s.area.kind : `${s.area.kind}-${s.gender}`,
      label: s.gender === 'total' ? s.area.title : `${s.area.title}, ${words.gender[s.gender]}`,
      kind: s.area.kind,
      gender: s.gender,
      points: [...s.points].sort((a, b) => a.year - b.year),
    }));
}

/** The source line: Sotkanet's with its fetch date, or the municipality's own. */
export function indicatorSourceLine(view: IndicatorView, lang: Language): string {
  if (view.source === 'local') return CHART_WORDS[lang].localSource;
  return view.attribution ?? (view.fetchedAt ? sotkanetAttribution(view.fetchedAt, lang) : '');
}

/** The chart's figures as a table: one row a year, one column per line (for screen readers and for reading numbers). */
export function indicatorTable(view: IndicatorView, lang: Language): IndicatorTable {
  const lines = chartLines(view, lang);
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
  const rows = years.map((year) => {
    const row: { year: number } & Record<string, number | null> = { year } as { year: number } & Record<string, number | null>;
    for (const line of lines) row[line.key] = line.points.find((p) => p.year === year)?.value ?? null;
    return row;
  });
  return {
    caption: CHART_WORDS[lang].tableCaption(view.title),
    columns: [{ key: 'year', label: CHART_WORDS[lang].year }, ...lines.map((l) => ({ key: l.key, label: l.label }))],
    rows,
    decimals: view.decimals,
  };
}

/** Alternative text: what the chart shows in words (latest figure of each line, the target, the source). */
export function indicatorChartSummary(view: IndicatorView, lang: Language): string {
  const words = CHART_WORDS[lang];
  const lines = chartLines(view, lang);
  const parts = [words.chartOf(view.title) + (view.unit ? ` (${view.unit})` : '') + '.'];
  if (lines.length === 0) parts.push(view.problem ? words.problems[view.problem] : words.noFigures);
  else {
    const latest = lines.map((line) => {
      const last = line.points.at(-1)!;
      return words.latest(line.label, last.year, formatFigure(last.value, lang, view.decimals));
    });
    parts.push(`${latest.join('; ')}.`);
  }
  if (view.target) parts.push(`${words.targetLine(view.target.year, formatFigure(view.target.value, lang, view.decimals))}.`);
  const source = indicatorSourceLine(view, lang);
  if (source) parts.push(source + '.');
  return parts.join(' ');
}

/** Long titles on lines of about `max` characters (Vega-Lite does not wrap a title itself). */
function wrap(text: string, max = 70): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines.slice(0, 4) : [''];
}

/** The y domain: from zero when the figures are not far from it, else around them; always with room above and below. */
function valueDomain(values: number[]): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo >= 0 && lo <= hi * 0.5) lo = 0;
  const span = hi - lo || Math.abs(hi) * 0.2 || 1;
  hi += span * 0.08;
  if (lo !== 0) lo -= span * 0.08;
  return [lo, hi];
}

/** How far each label of the right margin moves down (px) so that no two overlap: sorted by height, pushed apart. */
function labelOffsets(labels: Array<{ key: string; value: number }>, domain: [number, number]): Map<string, number> {
  const toPx = (value: number) => HEIGHT * (1 - (value - domain[0]) / (domain[1] - domain[0]));
  const ends = labels.map((l) => ({ key: l.key, y: toPx(l.value) })).sort((a, b) => a.y - b.y);
  const offsets = new Map<string, number>();
  let previous = -Infinity;
  for (const end of ends) {
    const placed = Math.max(end.y, previous + LABEL_GAP_PX);
    offsets.set(end.key, placed - end.y);
    previous = placed;
  }
  return offsets;
}

/**
 * The Vega-Lite spec of an indicator's chart in `lang`. With no figures it
 * is a frame with the reason written in it, never a blank.
 */
export function indicatorChartSpec(view: IndicatorView, lang: Language): TopLevelSpec {
  const words = CHART_WORDS[lang];
  const lines = chartLines(view, lang);
  const subtitle = [view.unit, indicatorSourceLine(view, lang)].filter(Boolean);
  const title = { text: wrap(view.title), subtitle, anchor: 'start' as const, fontSize: 15, subtitleFontSize: 11, subtitleColor: '#3b3b3b', offset: 12 };
  const base = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    config: { locale: { number: NUMBER_LOCALES[lang] }, font: 'Arial, Helvetica, sans-serif', axis: { labelFontSize: 11, titleFontSize: 12, labelColor: '#222', titleColor: '#222' }, view: { stroke: '#bbb' } },
  };
  if (lines.length === 0) {
    return {
      ...base,
      data: { values: [{ message: wrap(view.problem ? words.problems[view.problem] : words.noFigures, 60).join('\n') }] },
      mark: { type: 'text', fontSize: 13, color: '#222', lineBreak: '\n', lineHeight: 18 },
      encoding: { text: { field: 'message' }, x: { value: WIDTH / 2 }, y: { value: HEIGHT / 2 } },
    } as TopLevelSpec;
  }

  const domainKeys = lines.map((l) => l.label);
  const scale = (range: unknown[]) => ({ domain: domainKeys, range: range.slice(0, domainKeys.length) });
  const values = lines.flatMap((line) => line.points.map((p) => ({ year: p.year, value: p.value, line: line.label })));
  const allValues = values.map((v) => v.value).concat(view.target ? [view.target.value] : []);
  const yDomain = valueDomain(allValues);
  const years = values.map((v) => v.year).concat(view.target ? [view.target.year] : [], view.baselineYear ? [view.baselineYear] : []);
  const x = { field: 'year', type: 'quantitative' as const, title: words.year, scale: { domain: [Math.min(...years), Math.max(...years)], nice: false }, axis: { format: 'd', tickMinStep: 1, labelAngle: 0, grid: false } };
  const y = { field: 'value', type: 'quantitative' as const, title: view.unit || words.value, scale: { domain: yDomain, nice: false }, axis: { format: view.decimals === 0 ? ',d' : ',~f', grid: true, gridColor: '#e4e4e4' } };
  const xMax = x.scale.domain[1]!;
  const fmt = (value: number) => formatFigure(value, lang, view.decimals);
  // Each line's name and latest figure, and the target, in the right margin at their height, each after its
  // line's shape, so that a label is matched to its line by shape too. The shape is drawn as a mark, not a
  // character: the exports' fonts have no ▲ or ◆.
  const marginLabels = [
    ...lines.map((line, i) => ({ key: line.key, value: line.points.at(-1)!.value, text: `${line.label} ${fmt(line.points.at(-1)!.value)}`, color: COLOURS[i % COLOURS.length]!, shape: SHAPES[i % SHAPES.length]! })),
    ...(view.target ? [{ key: 'target', value: view.target.value, text: words.targetLine(view.target.year, fmt(view.target.value)), color: '#111', shape: TARGET_SHAPE }] : []),
  ];
  const offsets = labelOffsets(marginLabels, yDomain);
  // One legend for colour and shape: each line's key is its points' filled shape in its colour (a dashed
  // outline around a small symbol only blurred the shape). Across, three keys a row, so that the chart is
  // not much taller than its plot (a page of an export holds the chart and its table).
  const legend = { title: null, orient: 'bottom', direction: 'horizontal', columns: 3, columnPadding: 18, rowPadding: 6, labelLimit: 400, labelFontSize: 11, symbolStrokeWidth: 0 };

  const layers: unknown[] = [
    {
      data: { values },
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x,
        y,
        color: { field: 'line', type: 'nominal', scale: scale(COLOURS), legend },
        strokeDash: { field: 'line', type: 'nominal', scale: scale(DASHES), legend },
      },
    },
    {
      data: { values },
      mark: { type: 'point', filled: true, size: 55, opacity: 1 },
      encoding: {
        x,
        y,
        color: { field: 'line', type: 'nominal', scale: scale(COLOURS), legend },
        shape: { field: 'line', type: 'nominal', scale: scale(SHAPES), legend },
      },
    },
    ...marginLabels.flatMap((label) => [
      {
        data: { values: [{ year: xMax, value: label.value }] },
        mark: { type: 'point', shape: label.shape, filled: true, size: 45, opacity: 1, color: label.color, xOffset: LABEL_SHAPE_DX, yOffset: offsets.get(label.key) ?? 0 },
        encoding: { x, y },
      },
      {
        data: { values: [{ year: xMax, value: label.value, text: label.text }] },
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: LABEL_TEXT_DX, dy: offsets.get(label.key) ?? 0, fontSize: 11, fontWeight: 'bold', color: label.color },
        encoding: { x, y, text: { field: 'text' } },
      },
    ]),
  ];
  if (view.baselineYear) {
    const baseline = [{ year: view.baselineYear, text: `${words.baseline} ${view.baselineYear}` }];
    layers.push(
      { data: { values: baseline }, mark: { type: 'rule', strokeDash: [3, 3], color: '#666' }, encoding: { x } },
      { data: { values: baseline }, mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, y: 2, fontSize: 10, color: '#333' }, encoding: { x, text: { field: 'text' } } },
    );
  }
  if (view.target) {
    const target = [{ year: view.target.year, value: view.target.value }];
    layers.push(
      { data: { values: target }, mark: { type: 'rule', strokeDash: [1, 3], color: '#222', strokeWidth: 1.5 }, encoding: { y } },
      { data: { values: target }, mark: { type: 'point', shape: TARGET_SHAPE, filled: true, size: 150, color: '#111' }, encoding: { x, y } },
    );
  }
  return { ...base, layer: layers } as TopLevelSpec;
}
