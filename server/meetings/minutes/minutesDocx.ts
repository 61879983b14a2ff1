import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { SIGNATURES, WORDS, minutesFacts, minutesHeading, type Minutes } from './minutesModel';

const para = (text: string) => new Paragraph({ children: text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });
const bullets = (items: string[]) => (items.length ? items.map((text) => new Paragraph({ text, bullet: { level: 0 } })) : [para('–')]);

/** A two-column table whose first row is its header, repeated on every page (Word reads it as the header row). */
function twoColumns(headers: [string, string], rows: Array<[string, string]>): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: text || '–', bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map(([first, second]) => new TableRow({ cantSplit: true, children: [cell(first), cell(second)] })),
    ],
  });
}

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

/** The minutes as a Word document with real headings, lists and tables; docx escapes the text it is given. Rendered on an export thread. */
export async function renderMinutesDocx(minutes: Minutes): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    heading(minutesHeading(minutes), HeadingLevel.TITLE),
    para(minutes.approved ? WORDS.approved : WORDS.draft),
    ...minutesFacts(minutes).map(([term, value]) => para(`${term}: ${value}`)),
    heading(WORDS.attendance, HeadingLevel.HEADING_1),
    minutes.attendance.length ? twoColumns([WORDS.name, WORDS.attended], minutes.attendance.map((r) => [r.name, r.attendance])) : para('–'),
    ...(minutes.guests.length ? [heading(WORDS.guests, HeadingLevel.HEADING_1), twoColumns([WORDS.name, WORDS.guestNote], minutes.guests.map((g) => [g.name, g.note]))] : []),
  ];
  for (const item of minutes.items) {
    children.push(heading(`§ ${item.number} ${item.title}`, HeadingLevel.HEADING_1));
    if (item.notes) children.push(heading(WORDS.notes, HeadingLevel.HEADING_2), para(item.notes));
    children.push(heading(WORDS.decision, HeadingLevel.HEADING_2), para(item.decision || '–'));
    if (item.changes.length) children.push(heading(WORDS.changes, HeadingLevel.HEADING_2), ...bullets(item.changes));
  }
  if (minutes.otherChanges.length) children.push(heading(WORDS.otherChanges, HeadingLevel.HEADING_1), ...bullets(minutes.otherChanges));
  children.push(heading(WORDS.signatures, HeadingLevel.HEADING_1), signatures());
  const document = new Document({
    title: minutesHeading(minutes),
    creator: minutes.groupName,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
