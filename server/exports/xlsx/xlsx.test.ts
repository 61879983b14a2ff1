import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { measureTableInputSchema } from '../../../shared/plan';
import { readMeasureTableFile } from '../../plans/tableFile';
import { hostileInput, porvooInput } from '../../../tests/support/exportTestData';
import { renderXlsx } from './xlsx';

const HEADER = ['Painopiste', 'Tavoite', 'Toimenpide', 'Vastuutaho', 'Kohderyhmä', 'Mittari', 'Aikataulu', 'Tila', 'Tilan kuvaus', 'Hanke'];

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
    // What a reader sees: the ten columns; the eleventh, the measure ids, is hidden.
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER, 'Hyte-tunniste']);
    expect(HEADER.map((_, index) => sheet.getColumn(index + 1).hidden)).toEqual(HEADER.map(() => false));
    expect(sheet.getColumn(11).hidden).toBe(true);
    expect(workbook.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name)).toEqual(['Toimenpidetaulukko']);
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
    expect(first.getCell(8).dataValidation).toMatchObject({ type: 'list', formulae: ['"Viety suunnitellusti loppuun,Suunnitteluasteella tai aloitettu,Ei toteutunut tai ei aloitettu,Ei arvioitu"'] });
    expect(first.getCell(11).text).toBe(input.data.focusAreas[0]!.goals[0]!.measures[0]!.id);
    expect(sheet.getRow(3).getCell(8).text).toBe('Suunnitteluasteella tai aloitettu');
    expect(sheet.getRow(3).getCell(8).fill).toMatchObject({ fgColor: { argb: 'FFFFE699' } });
    const targetGroups = new Set(sheet.getColumn(5).values.slice(2).filter(Boolean));
    expect([...targetGroups].sort()).toEqual(['ikäihmiset', 'lapset ja nuoret', 'työikäiset']);
  });

  it('carries the plan, the time of its content and each measure\'s exported values on a very hidden sheet', async () => {
    const input = { ...porvooInput(), versionLabel: 'Valtuustolle 12.6.2026', date: new Date('2026-06-12T09:30:00.000Z') };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(input)) as unknown as ArrayBuffer);
    const baseline = workbook.getWorksheet('hyte-round-trip');
    if (!baseline) throw new Error('no baseline sheet');
    expect(baseline.state).toBe('veryHidden');
    expect(baseline.getRow(1).values).toEqual([undefined, 'hyte-round-trip', '1', input.data.id, 'Porvoon kaupungin hyvinvointisuunnitelma', '2026-06-12T09:30:00.000Z', 'Valtuustolle 12.6.2026']);
    expect(baseline.getRow(2).values).toEqual([undefined, 'id', 'focusArea', 'goal', 'title', 'responsible', 'targetGroup', 'indicator', 'schedule', 'status', 'statusNote']);
    const measures = input.data.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures));
    expect(baseline.rowCount).toBe(2 + measures.length);
    const first = measures[0]!;
    // The status as its key: the visible sheet's Finnish words may be retyped, the baseline is what was exported.
    expect(baseline.getRow(3).getCell(1).text).toBe(first.id);
    expect(baseline.getRow(3).getCell(9).text).toBe(first.status);
    expect(baseline.getRow(3).getCell(10).text).toBe(first.statusNote);
    // The measure sheet's ids in the same order.
    const sheet = workbook.getWorksheet('Toimenpidetaulukko')!;
    expect(measures.map((_, index) => sheet.getRow(index + 2).getCell(11).text)).toEqual(measures.map((m) => m.id));
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
