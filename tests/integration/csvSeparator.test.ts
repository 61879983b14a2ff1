import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

/** Windows-1252, as Finnish Excel saves "CSV (puolipistein erotettu)": ä and ö are one byte each. */
const windows1252 = (text: string) => {
  const bytes = Buffer.from(text, 'latin1');
  expect(bytes.includes(0xe4)).toBe(true); // ä
  return new Uint8Array(bytes) as Uint8Array<ArrayBuffer>;
};

describe('CSV import reads each file with one separator', () => {
  let server: ServerProcess;
  let api: ApiClient;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => server?.destroy());

  const upload = (body: Uint8Array<ArrayBuffer> | string) => api.importTable('Erotin', body, 'text/csv');

  const measuresOf = async (response: Response) => {
    expect(response.status).toBe(201);
    const data = (await api.get(`/api/plans/${(await response.json()).id}/data`)).body;
    return data.focusAreas.flatMap((fa: any) => fa.goals.flatMap((g: any) => g.measures.map((m: any) => ({ focusArea: fa.title, goal: g.title, ...m }))));
  };

  it('keeps the unquoted commas of a Finnish Excel file inside their cells', async () => {
    const csv = [
      'Painopiste;Tavoite;Toimenpide;Vastuutaho;Kohderyhmä;Mittari;Aikataulu;Tila',
      'Osallisuus;Nuoret mukaan;Nuorisovaltuuston kuuleminen, myös kouluissa;Sivistystoimi, nuorisopalvelut;lapset ja nuoret;kuulemiset/v;2025–2026;vihreä',
      ';;Kouluterveyskyselyn tulokset;Sivistystoimi, opetus;lapset ja nuoret;osuus, %;2026;keltainen',
    ].join('\r\n');
    const measures = await measuresOf(await upload(windows1252(csv.replace('–', '-'))));
    expect(measures).toHaveLength(2);
    expect(measures[0]).toMatchObject({
      focusArea: 'Osallisuus',
      goal: 'Nuoret mukaan',
      title: 'Nuorisovaltuuston kuuleminen, myös kouluissa',
      responsible: 'Sivistystoimi, nuorisopalvelut',
      targetGroup: 'lapset ja nuoret',
      indicator: 'kuulemiset/v',
      schedule: '2025-2026',
      status: 'done',
    });
    expect(measures[1]).toMatchObject({ responsible: 'Sivistystoimi, opetus', indicator: 'osuus, %', status: 'started' });
  });

  it('reads a comma-separated file with quoted commas, and a tab-separated one with commas and semicolons', async () => {
    const commas = ['Painopiste,Tavoite,Toimenpide,Vastuutaho', 'Liikkuminen,Arkiliikunta,"Kävelyreitit, pyörätiet",liikuntapalvelut; tekninen toimi'].join('\n');
    expect(await measuresOf(await upload(commas))).toMatchObject([{ title: 'Kävelyreitit, pyörätiet', responsible: 'liikuntapalvelut, tekninen toimi' }]);
    const tabs = ['Painopiste\tTavoite\tToimenpide\tVastuutaho', 'Liikkuminen\tArkiliikunta\tKävelyreitit, pyörätiet\tliikuntapalvelut; tekninen toimi'].join('\n');
    expect(await measuresOf(await upload(tabs))).toMatchObject([{ title: 'Kävelyreitit, pyörätiet', responsible: 'liikuntapalvelut, tekninen toimi' }]);
  });

  it('refuses a row whose field count differs from the header, naming the row, and creates nothing', async () => {
    const before = (await api.get('/api/plans')).body.length;
    const csv = [
      'Hyvinvointisuunnitelman toimenpiteet',
      'Painopiste;Tavoite;Toimenpide;Vastuutaho;Tila',
      'Osallisuus;Nuoret mukaan;Nuorisovaltuuston kuuleminen;nuorisopalvelut;vihreä',
      ';;Kouluterveyskysely;opetus; oppilashuolto;keltainen',
    ].join('\r\n');
    const response = await upload(windows1252(csv.replace('Kouluterveyskysely', 'Kouluterveyskysely käsittely')));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe(
      'Row 4 has 6 fields where the header row has 5: the file is read with the semicolon (;) between fields, so a cell holding one must be in quotes',
    );
    expect((await api.get('/api/plans')).body.length).toBe(before);
  });
});
