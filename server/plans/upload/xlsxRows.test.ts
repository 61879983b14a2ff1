import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TableFileError } from './tableFileError';
import { readXlsxRows, readXlsxSheets } from './xlsxRows';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readXlsxRows', () => {
  it('reads the first sheet that holds anything, as Excel shows its cells', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Ohje');
      const sheet = workbook.addWorksheet('Toimenpiteet');
      sheet.addRow(['Painopiste', 'Tavoite', 'Toimenpide', 'Aikataulu', 'Valmis', 'Summa']);
      sheet.addRow([
        { richText: [{ text: 'Osalli', font: { bold: true } }, { text: 'suus' }] },
        'Nuoret & "mukaan" <heti>',
        'Kuuleminen',
        new Date(Date.UTC(2026, 5, 12)),
        true,
        { formula: 'F3*2', result: 4 },
      ]);
      sheet.getCell('D2').numFmt = 'd.m.yyyy';
      sheet.getCell('A5').value = 'Harva rivi';
    });
    expect(await readXlsxRows(bytes)).toEqual([
      { number: 1, cells: ['Painopiste', 'Tavoite', 'Toimenpide', 'Aikataulu', 'Valmis', 'Summa'] },
      { number: 2, cells: ['Osallisuus', 'Nuoret & "mukaan" <heti>', 'Kuuleminen', '12.6.2026', 'true', '4'] },
      { number: 5, cells: ['Harva rivi'] },
    ]);
  });

  it('blanks the cells a merged range covers but its first', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Toimenpiteet');
      sheet.addRow(['Painopiste', 'Tavoite', 'Toimenpide']);
      sheet.addRow(['P1', 'T1', 'M1']);
      sheet.addRow(['', '', 'M2']);
      sheet.mergeCells('A2:A3');
      sheet.mergeCells('B2:B3');
    });
    expect((await readXlsxRows(bytes)).map((row) => row.cells)).toEqual([
      ['Painopiste', 'Tavoite', 'Toimenpide'],
      ['P1', 'T1', 'M1'],
      ['', '', 'M2'],
    ]);
  });

  it('also reads a sheet by name, hidden or not, and never takes it for the table', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('tunnisteet', { state: 'veryHidden' }).addRow(['m1', 'Kuuleminen']);
      workbook.addWorksheet('Toimenpiteet').addRow(['Painopiste', 'Tavoite', 'Toimenpide']);
    });
    expect(await readXlsxSheets(bytes, 'tunnisteet')).toEqual({
      rows: [{ number: 1, cells: ['Painopiste', 'Tavoite', 'Toimenpide'] }],
      named: [{ number: 1, cells: ['m1', 'Kuuleminen'] }],
    });
    expect((await readXlsxSheets(bytes, 'ei ole')).named).toBeNull();
    // Without a name, the first sheet with rows is the table, as before.
    expect(await readXlsxRows(bytes)).toEqual([{ number: 1, cells: ['m1', 'Kuuleminen'] }]);
  });

  it('refuses what is not an XLSX workbook with a 400', async () => {
    const refusal = (bytes: Buffer) => readXlsxRows(bytes).then(() => undefined, (error: unknown) => error);
    const notZip = await refusal(Buffer.from('not a zip'));
    expect(notZip).toBeInstanceOf(TableFileError);
    expect(notZip).toMatchObject({ status: 400, message: expect.stringMatching(/cannot be read/) });
    const empty = await refusal(await workbookBytes((workbook) => workbook.addWorksheet('Tyhjä')));
    expect(empty).toMatchObject({ status: 400, message: 'The XLSX file has no rows' });
  });
});
