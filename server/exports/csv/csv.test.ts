import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { measureTableInputSchema } from '../../../shared/plan';
import { readMeasureTableFile } from '../../plans/tableFile';
import { hostileInput, porvooInput } from '../../../tests/support/exportTestData';
import { guardFormula, renderCsv } from './csv';

const HEADER = ['Painopiste', 'Tavoite', 'Toimenpide', 'Vastuutaho', 'Kohderyhmä', 'Mittari', 'Aikataulu', 'Tila', 'Tilan kuvaus', 'Hanke'];

/** The measures of an input as [title, status] pairs, in order. */
function statusesOf(table: { focusAreas: Array<{ goals: Array<{ measures: Array<{ title: string; status?: string | null }> }> }> }) {
  return table.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures.map((m) => [m.title, m.status])));
}

describe('CSV export', () => {
  it('is UTF-8 with a BOM, ; between fields and one row per measure', () => {
    const bytes = renderCsv(porvooInput());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(records[0]).toEqual(HEADER);
    expect(records).toHaveLength(1 + 41);
    expect(records[1]).toEqual([
      '1. Asukkaiden osallisuus ja asiakaslähtöinen toiminta',
      'Osallisuuden vaikuttavuuden parantaminen.',
      'Osallisuuden huolellinen määrittely ja kuvaaminen.',
      'hallintojohto ja viestintä',
      '',
      'Kouluterveyskysely; Sotkanet',
      '2024',
      'Viety suunnitellusti loppuun',
      'Työryhmä on koottu, ensimmäinen kokous pidetty.',
      '',
    ]);
    expect(bytes.toString('utf8')).toContain('\r\n');
  });

  it('quotes separators, quotes and line breaks, and guards against formula injection', () => {
    const records = parse(renderCsv(hostileInput()), { bom: true, delimiter: ';' }) as string[][];
    expect(records).toHaveLength(1 + 2);
    const [, first] = records;
    expect(first?.[1]).toBe('Tavoite; "lainattu"\nrivinvaihdolla');
    expect(first?.[2]).toBe('<script>alert(1)</script>');
    expect(first?.[3]).toBe('\'=HYPERLINK("http://evil.example","klikkaa")');
    expect(first?.[4]).toBe('lapset ja nuoret');
    expect(first?.[5]).toBe("'+SUM(A1:A9)");
    expect(first?.[6]).toBe("'-2024");
    expect(first?.[8]).toBe("'@cmd");
    expect(records[2]?.[2]).toBe('Åtgärd på svenska');
    expect(guardFormula('\t=1')).toBe("'\t=1");
    expect(guardFormula('Normaali teksti = ok')).toBe('Normaali teksti = ok');
  });

  it('imports back into the same measure table, statuses included', async () => {
    const porvoo = porvooInput();
    const imported = await readMeasureTableFile(renderCsv(porvoo), 'csv');
    expect(imported.focusAreas.map((fa) => fa.title)).toEqual(porvoo.data.focusAreas.map((fa) => fa.title));
    const parsed = measureTableInputSchema.parse(imported);
    expect(statusesOf(parsed)).toEqual(statusesOf(porvoo.data));
  });
});
