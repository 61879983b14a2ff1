import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { ApiClient } from '../support/api';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('measure tables from CSV and XLSX files, and the status report', () => {
  let server: ServerProcess;
  let api: ApiClient;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => server?.destroy());

  const upload = (title: string, body: Uint8Array<ArrayBuffer> | string, type: string) => api.importTable(title, body, type);

  it('imports a Finnish Excel CSV (semicolons, Windows-1252, group cells left blank)', async () => {
    const csv = [
      'Painopiste;Tavoite;Toimenpide;Vastuutaho;Kohderyhmä;Mittari;Aikataulu;Tila',
      'Osallisuus;Nuoret mukaan;Nuorisovaltuuston kuuleminen;nuorisopalvelut;lapset ja nuoret;kuulemiset/v;2025;vihreä',
      ';;Kouluterveyskyselyn tulosten käsittely;opetus;lapset ja nuoret;;2026;keltainen',
      ';Ikääntyneet mukaan;Vanhusneuvoston työpajat;hyvinvointialue;ikäihmiset;;;',
      'Liikkuminen;Arkiliikunta;Kävelyreitit kuntoon;"kaupunkikehitys; liikuntapalvelut";kaikki;km;2027;punainen',
    ].join('\r\n');
    const response = await upload('CSV-kunta', new Uint8Array(Buffer.from(csv, 'latin1')) as Uint8Array<ArrayBuffer>, 'text/csv');
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const data = (await api.get(`/api/plans/${id}/data`)).body;
    expect(data.focusAreas.map((f: any) => f.title)).toEqual(['Osallisuus', 'Liikkuminen']);
    expect(data.focusAreas[0].goals.map((g: any) => g.measures.length)).toEqual([2, 1]);
    expect(data.focusAreas[0].goals[0].measures[1]).toMatchObject({
      title: 'Kouluterveyskyselyn tulosten käsittely',
      targetGroup: 'lapset ja nuoret',
      status: 'started',
      schedule: '2026',
    });
    expect(data.focusAreas[1].goals[0].measures[0]).toMatchObject({
      // Two parties, named with ", " between them as /data always joins them.
      responsible: 'kaupunkikehitys, liikuntapalvelut',
      targetGroup: 'kaikki',
      status: 'not-started',
    });

    const report = (await api.get(`/api/plans/${id}/report`)).body;
    expect(report.total).toEqual({ done: 1, started: 1, 'not-started': 1, unassessed: 1 });
    expect(report.focusAreas[0]).toMatchObject({ title: 'Osallisuus', counts: { done: 1, started: 1, 'not-started': 0, unassessed: 1 } });
  });

  it('imports an XLSX sheet with merged focus-area and goal cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Toimenpiteet');
    sheet.addRow(['Hyvinvointisuunnitelman toimenpidetaulukko 2025–2028']);
    sheet.addRow(['Yhteinen painopiste-alue', 'Tavoite', 'Toimenpide', 'Moniammatillinen vastuu', 'Tila']);
    sheet.addRow(['1. Asukkaiden osallisuus', 'Osallisuuden vaikuttavuus', 'Osallisuuden määrittely', 'hallintojohto', 'done']);
    sheet.addRow(['', '', 'Vastausprosenttien nostaminen', 'kaikki toimialat', 'started']);
    sheet.addRow(['', 'Asiakaslähtöisyys', 'Palvelut näkyviksi', 'viestintä', '']);
    sheet.mergeCells('A3:A5');
    sheet.mergeCells('B3:B4');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;

    const response = await upload('XLSX-kunta', bytes, XLSX_TYPE);
    expect(response.status).toBe(201);
    const data = (await api.get(`/api/plans/${(await response.json()).id}/data`)).body;
    expect(data.focusAreas).toHaveLength(1);
    expect(data.focusAreas[0].goals.map((g: any) => [g.title, g.measures.map((m: any) => m.title)])).toEqual([
      ['Osallisuuden vaikuttavuus', ['Osallisuuden määrittely', 'Vastausprosenttien nostaminen']],
      ['Asiakaslähtöisyys', ['Palvelut näkyviksi']],
    ]);
  });

  it('refuses files it cannot use with a 4xx that says why, creating nothing', async () => {
    const before = (await api.get('/api/plans')).body.length;
    const noColumns = await upload('Huono', 'a;b;c\n1;2;3', 'text/csv');
    expect(noColumns.status).toBe(400);
    expect((await noColumns.json()).error).toMatch(/Toimenpide/);
    const badStatus = await upload('Huono', 'Painopiste;Tavoite;Toimenpide;Tila\nP;T;M;sininen', 'text/csv');
    expect(badStatus.status).toBe(400);
    expect((await badStatus.json()).error).toMatch(/status/);
    const notXlsx = await upload('Huono', 'not a zip', XLSX_TYPE);
    expect(notXlsx.status).toBe(400);
    expect((await upload('Huono', 'x', 'application/pdf')).status).toBe(415);
    expect((await api.get('/api/plans')).body.length).toBe(before);
  });
});
