import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, BorderStyle } from 'docx';
import { SIGNATURES, meetingTime, minutesHeading, type Minutes } from './minutesModel';

const para = (text: string) => new Paragraph({ children: text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });
const bullets = (items: string[]) => (items.length ? items.map((text) => new Paragraph({ text, bullet: { level: 0 } })) : [para('–')]);

function signatures(): Table {
  const line = { style: BorderStyle.SINGLE, size: 6, color: '444444' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (role: string) =>
    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, borders: { top: line, bottom: none, left: none, right: none }, children: [para(role)] });
  const rows: TableRow[] = [];
  for (let i = 0; i < SIGNATURES.length; i += 2) {
    rows.push(new TableRow({ height: { value: 900, rule: 'atLeast' }, children: [new TableCell({ borders: { top: none, bottom: none, left: none, right: none }, children: [para('')], columnSpan: 2 })] }));
    rows.push(new TableRow({ children: [cell(SIGNATURES[i]!), cell(SIGNATURES[i + 1]!)] }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

/** The minutes as a Word document with real headings and lists; docx escapes the text it is given. */
export async function renderMinutesDocx(minutes: Minutes): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    heading(minutesHeading(minutes), HeadingLevel.TITLE),
    para(minutes.approved ? 'Hyväksytty pöytäkirja.' : 'Luonnos: pöytäkirjaa ei ole vielä hyväksytty.'),
    para(`Toimielin: ${minutes.groupName}`),
    para(`Aika: ${meetingTime(minutes.startsAt)}`),
    ...(minutes.place ? [para(`Paikka: ${minutes.place}`)] : []),
    ...(minutes.videoLink ? [para(`Etäyhteys: ${minutes.videoLink}`)] : []),
    para(`Suunnitelma: ${minutes.planTitle}`),
    heading('Läsnä', HeadingLevel.HEADING_1),
    ...bullets(minutes.present),
    heading('Poissa', HeadingLevel.HEADING_1),
    ...bullets(minutes.absent),
    ...(minutes.guests.length ? [heading('Muut läsnäolijat', HeadingLevel.HEADING_1), ...bullets(minutes.guests)] : []),
  ];
  for (const item of minutes.items) {
    children.push(heading(`§ ${item.number} ${item.title}`, HeadingLevel.HEADING_1));
    if (item.notes) children.push(heading('Käsittely', HeadingLevel.HEADING_2), para(item.notes));
    children.push(heading('Päätös', HeadingLevel.HEADING_2), para(item.decision || '–'));
    if (item.changes.length) children.push(heading('Kokouksessa tehdyt tilamuutokset', HeadingLevel.HEADING_2), ...bullets(item.changes));
  }
  if (minutes.otherChanges.length) children.push(heading('Muut kokouksessa tehdyt tilamuutokset', HeadingLevel.HEADING_1), ...bullets(minutes.otherChanges));
  children.push(heading('Allekirjoitukset', HeadingLevel.HEADING_1), signatures());
  const document = new Document({
    title: minutesHeading(minutes),
    creator: minutes.groupName,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
