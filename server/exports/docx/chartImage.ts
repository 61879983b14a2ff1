/**
 * The indicator charts of the Word document: the same SVG the HTML export
 * inlines and the PDF draws as vectors, as a PNG (`chartPng.ts`) in a Word
 * picture whose alternative text (title and description) is the chart in
 * words, as the PDF's Figure has. Word's own SVG pictures need a PNG beside
 * them anyway, and the programs that read DOCX without Word show only that.
 */
import { ImageRun, Paragraph } from 'docx';
import type { ExportedIndicator, IndicatorExportSection } from '../../indicators/exportSection';
import { chartPng, type ChartPng } from '../../indicators/chartPng';

/** The charts of a section by indicator id; an indicator with no figures to draw has none. */
export type ChartImages = ReadonlyMap<string, ChartPng>;

/** Every drawn chart of the section as a PNG, one at a time (CPU work on this render thread). */
export async function chartImages(section: IndicatorExportSection | null): Promise<ChartImages> {
  const images = new Map<string, ChartPng>();
  for (const item of section?.indicators ?? []) {
    if (item.svg && !images.has(item.view.id)) images.set(item.view.id, await chartPng(item.svg));
  }
  return images;
}

/** Px of the chart's SVG to points, as in the PDF (`pdf/indicatorSection.ts`): its label text at 7.7 pt. */
const MAX_SCALE = 0.7;
const TWIPS_PER_POINT = 20;
const PX_PER_POINT = 96 / 72;

/** The chart as a picture in a paragraph of its own, at most `width` twips wide, kept with what follows it; null when it has none. */
export function chartParagraph(images: ChartImages, item: ExportedIndicator, width: number): Paragraph | null {
  const image = images.get(item.view.id);
  if (!image) return null;
  const points = Math.min(width / TWIPS_PER_POINT, image.width * MAX_SCALE);
  const title = item.row.unit ? `${item.row.title} (${item.row.unit})` : item.row.title;
  return new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: Math.round(points * PX_PER_POINT), height: Math.round((points * PX_PER_POINT * image.height) / image.width) },
        altText: { name: title, title, description: item.alt },
      }),
    ],
  });
}
