import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { indicatorViews } from '../../tests/support/indicatorExportData';
import { chartPng, PNG_SCALE } from './chartPng';
import { indicatorChartSvg } from './chartSvg';

const ROOT = resolve(import.meta.dirname, '../..');

/** The PNG's size from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the chart as PNG', () => {
  it('draws the chart SVG at twice its size, on white', async () => {
    const [view] = indicatorViews();
    const svg = await indicatorChartSvg(view!, 'fi');
    const image = await chartPng(svg);
    const [, width, height] = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);
    expect({ width: image.width, height: image.height }).toEqual({ width, height });
    expect(image.png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngSize(image.png)).toEqual({ width: width! * PNG_SCALE, height: height! * PNG_SCALE });
  });

  it('draws text in the chart’s font family, which the server does not have (Arial), and in bold', async () => {
    // resvg leaves out text it has no font for: the picture is then the blank one, byte for byte.
    const svg = (text: string, weight = 'normal') =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="4" y="22" font-family="Arial, Helvetica, sans-serif" font-size="18" font-weight="${weight}">${text}</text></svg>`;
    const [blank, regular, bold] = await Promise.all([chartPng(svg('')), chartPng(svg('Lähtötaso')), chartPng(svg('Lähtötaso', 'bold'))]);
    expect(regular.png.equals(blank.png)).toBe(false);
    expect(bold.png.equals(regular.png)).toBe(false);
  });

  it('loads the native renderer in worker threads (the export threads), two at once', async () => {
    const path = createRequire(import.meta.url).resolve('@resvg/resvg-js');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const inThread = () =>
      new Promise<number>((done, fail) => {
        const worker = new Worker(
          `const { workerData, parentPort } = require('node:worker_threads');
           const { Resvg } = require(workerData.path);
           parentPort.postMessage(new Resvg(workerData.svg).render().asPng().length);`,
          { eval: true, workerData: { path, svg } },
        );
        worker.once('message', done).once('error', fail);
      });
    const sizes = await Promise.all([inThread(), inThread()]);
    for (const size of sizes) expect(size).toBeGreaterThan(50);
  });

  it('is loaded at the first chart: the export thread imports the native module only on demand, the server never', async () => {
    const imports = async (entry: string) => {
      const { metafile } = await build({ absWorkingDir: ROOT, entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, metafile: true, logLevel: 'silent', outdir: 'out' });
      return Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.path.startsWith('@resvg/')));
    };
    expect(await imports('server/main.ts')).toEqual([]);
    const thread = await imports('server/exports/renderThread.ts');
    expect(thread.length).toBeGreaterThan(0);
    expect(thread.every((i) => i.kind === 'dynamic-import')).toBe(true);
  });
});
