import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { SIGNATURES, meetingTime, minutesHeading, type Minutes } from './minutesModel';

const require = createRequire(import.meta.url);
const FONT_DIR = path.dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
pdfmake.setFonts({
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
});
// The minutes are made from the meeting's words only: pdfmake may read its own fonts and fetch nothing.
pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === FONT_DIR);
pdfmake.setUrlAccessPolicy(() => false);

const bullets = (items: string[]): Content => (items.length ? { ul: items.map((text) => ({ text })), margin: [0, 0, 0, 8] } : { text: '–' });
const h1 = (text: string): Content => ({ text, fontSize: 14, bold: true, margin: [0, 14, 0, 4] });
const h2 = (text: string): Content => ({ text, fontSize: 11, bold: true, margin: [0, 8, 0, 2] });

/** The minutes as a PDF (pdfmake, Roboto embedded): text objects, never markup, so nothing needs escaping. */
export async function renderMinutesPdf(minutes: Minutes): Promise<Buffer> {
  const content: Content[] = [
    { text: minutesHeading(minutes), fontSize: 20, bold: true, margin: [0, 0, 0, 8] },
    { text: minutes.approved ? 'Hyväksytty pöytäkirja.' : 'Luonnos: pöytäkirjaa ei ole vielä hyväksytty.', italics: true },
    { text: `Toimielin: ${minutes.groupName}` },
    { text: `Aika: ${meetingTime(minutes.startsAt)}` },
    ...(minutes.place ? [{ text: `Paikka: ${minutes.place}` }] : []),
    ...(minutes.videoLink ? [{ text: `Etäyhteys: ${minutes.videoLink}` }] : []),
    { text: `Suunnitelma: ${minutes.planTitle}` },
    h1('Läsnä'),
    bullets(minutes.present),
    h1('Poissa'),
    bullets(minutes.absent),
    ...(minutes.guests.length ? [h1('Muut läsnäolijat'), bullets(minutes.guests)] : []),
  ];
  for (const item of minutes.items) {
    content.push(h1(`§ ${item.number} ${item.title}`));
    if (item.notes) content.push(h2('Käsittely'), { text: item.notes });
    content.push(h2('Päätös'), { text: item.decision || '–' });
    if (item.changes.length) content.push(h2('Kokouksessa tehdyt tilamuutokset'), bullets(item.changes));
  }
  if (minutes.otherChanges.length) content.push(h1('Muut kokouksessa tehdyt tilamuutokset'), bullets(minutes.otherChanges));
  content.push(h1('Allekirjoitukset'), {
    columns: [0, 1].map((column) => ({
      stack: SIGNATURES.filter((_, i) => i % 2 === column).map((role) => ({ text: role, margin: [0, 40, 0, 0], decoration: 'overline' as const })),
    })),
    columnGap: 40,
  });
  const definition: TDocumentDefinitions = {
    info: { title: minutesHeading(minutes), author: minutes.groupName },
    language: 'fi',
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    pageMargins: [56, 56, 56, 56],
  };
  return Buffer.from(await pdfmake.createPdf(definition).getBuffer());
}
