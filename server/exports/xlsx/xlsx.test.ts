import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { measureTableInputSchema } from '../../../shared/plan';
import { readMeasureTableFile } from '../../plans/tableFile';
import { hostileInput, porvooInput } from '../../../tests/support/exportTestData';
import { renderXlsx } from './xlsx';

const HEADER = ['Painopiste', 'Tavoite', 'Toimenpide', 'Vastuutaho', 'Kohderyhmä', 'Mittari', 'Aikataulu', 'Tila', 'Tilan kuvaus'];

/** The measures of an input as [title, status] pairs, in order. */
function statusesOf(table: { focusAreas: Array<{ goals: Array<{ measures: Array<{ title: string; status?: string | null }> }> }> }) {
  return table.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures.map((m) => [m.title, m.status])));
}

describe('XLSX export', () => {
  it('reads back in Excel form: bold frozen header, autofilter, widths, wrapped text, coloured status', async () => {
    const input = porvooInput();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(input)) as unknown as ArrayBuffer);
    expect(workbook.creator).toBe('Porvoo');
    expect(workbook.title).toBe('Porvoon kaupungin hyvinvointisuunnitelma');
    const sheet = workbook.getWorksheet('Toimenpidetaulukko');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(1 + 41);
    expect(sheet.getColumn(3).width).toBeGreaterThan(40);

    const first = sheet.getRow(2);
    expect(first.getCell(1).text).toBe('1. Asukkaiden osallisuus ja asiakaslähtöinen toiminta');
    expect(first.getCell(3).text).toBe('Osallisuuden huolellinen määrittely ja kuvaaminen.');
    expect(first.getCell(8).text).toBe('Viety suunnitellusti loppuun');
    expect(first.getCell(9).text).toBe('Työryhmä on koottu, ensimmäinen kokous pidetty.');
    expect(first.getCell(3).alignment?.wrapText).toBe(true);
    expect(first.getCell(8).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB7DFB0' } });
    expect(sheet.getRow(3).getCell(8).text).toBe('Suunnitteluasteella tai aloitettu');
    expect(sheet.getRow(3).getCell(8).fill).toMatchObject({ fgColor: { argb: 'FFFFE699' } });
    const targetGroups = new Set(sheet.getColumn(5).values.slice(2).filter(Boolean));
    expect([...targetGroups].sort()).toEqual(['ikäihmiset', 'lapset ja nuoret', 'työikäiset']);
  });

  it('stores formulas typed by users as text and imports back into the same measure table', async () => {
    const input = hostileInput();
    const bytes = await renderXlsx(input);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const cell = workbook.worksheets[0]?.getRow(2).getCell(4);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe('=HYPERLINK("http://evil.example","klikkaa")');

    const porvoo = porvooInput();
    const imported = measureTableInputSchema.parse(await readMeasureTableFile(await renderXlsx(porvoo), 'xlsx'));
    expect(statusesOf(imported)).toEqual(statusesOf(porvoo.data));
  });
});
