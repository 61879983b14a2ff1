/**
 * The indicator's chart SVG (`chartSvg.ts`) as a PNG, for the formats that
 * take no SVG of their own (Word). Drawn by resvg (@resvg/resvg-js, MPL-2.0),
 * a native module, on the export's render thread.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
/**
 * The chart names "Arial, Helvetica, sans-serif", which a server rarely has:
 * its sans-serif is drawn in the Roboto the PDF export embeds (pdfmake's), so
 * the picture looks the same on every machine and never loses its text to a
 * missing font. The chart's bold (700) takes Roboto Medium, the nearest heavier weight.
 */
const FONT_DIR = path.dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
const FONT_FILES = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf'].map((file) => path.join(FONT_DIR, file));

/** Pixels of the PNG per pixel of the SVG: sharp in print at the size the exports give a chart (~200 dpi and more). */
export const PNG_SCALE = 2;

export interface ChartPng {
  png: Buffer;
  /** The SVG's own size in CSS pixels (the PNG has `PNG_SCALE` times as many). */
  width: number;
  height: number;
}

type Resvg = typeof import('@resvg/resvg-js').Resvg;
let resvg: Promise<Resvg> | undefined;

/**
 * The SVG drawn at `PNG_SCALE` on white. The native module is loaded at the
 * first chart, not when the server or a render thread starts: most exports
 * draw no chart, and the server's start memory counts (issue 18).
 */
export async function chartPng(svg: string): Promise<ChartPng> {
  resvg ??= import('@resvg/resvg-js').then((module) => module.Resvg);
  const Resvg = await resvg;
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Roboto', sansSerifFamily: 'Roboto' },
    logLevel: 'off',
  });
  const { width, height } = image;
  return { png: image.render().asPng(), width, height };
}
