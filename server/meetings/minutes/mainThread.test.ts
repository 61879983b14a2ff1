import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** What Word and PDF files are made with: loaded by the export threads only (issue 18: the server's memory at start). */
const RENDER_LIBRARIES = /^(docx|pdfkit|pdfmake|fontkit)(\/|$)/;

/** The packages a bundle of `entry` imports, as the build (scripts/build/server.mjs) bundles it. */
async function packagesImportedBy(entry: string): Promise<string[]> {
  const { metafile } = await build({ absWorkingDir: ROOT, entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, metafile: true, logLevel: 'silent', outdir: 'out' });
  return Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
}

describe('the minutes off the main thread', () => {
  it('the server’s main bundle imports no Word or PDF library; the export thread does', async () => {
    const main = await packagesImportedBy('server/main.ts');
    expect(main).toContain('piscina');
    expect(main.filter((name) => RENDER_LIBRARIES.test(name))).toEqual([]);
    const thread = await packagesImportedBy('server/exports/renderThread.ts');
    expect(thread).toEqual(expect.arrayContaining(['docx', 'pdfkit']));
  });
});
