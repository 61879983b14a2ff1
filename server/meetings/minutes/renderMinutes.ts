/**
 * The minutes as a file, on a thread of the export pool (`server/exports/renderThread.ts`):
 * Word and PDF need docx and PDFKit, which the main thread never loads.
 */
import { renderMinutesDocx } from './minutesDocx';
import { MINUTES_CONTENT_TYPES, minutesFileName, type Minutes, type MinutesFileFormat } from './minutesModel';
import { renderMinutesPdf } from './minutesPdf';

export async function renderMinutesFile(format: MinutesFileFormat, minutes: Minutes): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  const bytes = format === 'docx' ? await renderMinutesDocx(minutes) : await renderMinutesPdf(minutes);
  return { bytes, contentType: MINUTES_CONTENT_TYPES[format], fileName: minutesFileName(minutes, format) };
}
