import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { readMunicipalityCode, readPlanIndicators } from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, type TestClient } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { SotkanetStandIn, STAND_IN_INDICATORS, STAND_IN_REGIONS, standInValue } from '../support/sotkanetStandIn';

const PASSWORD = 'mittarisalasana-123';
const PORVOO = STAND_IN_REGIONS.find((r) => r.code === '638')!;
const toimeentulotuki = STAND_IN_INDICATORS.find((i) => i.id === 5)!;

interface Series {
  area: { code: string; title: string; kind: string };
  gender: string;
  points: Array<{ year: number; value: number }>;
}

describe('indicators: the catalogue, a plan municipality, Sotkanet series and local figures', () => {
  let standIn: SotkanetStandIn;
  let server: ServerProcess;
  let member: ApiClient;
  let viewer: ApiClient;
  let planId: string;
  let live: TestClient;

  beforeAll(async () => {
    standIn = await SotkanetStandIn.start();
    server = await ServerProcess.start({ SEED_DEMO: '0', SOTKANET_URL: standIn.url(), SOTKANET_TIMEOUT_MS: '1000', PUBLIC_URL: 'https://hyte.porvoo.example' });
    const admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const groupId = (await admin.post('/api/groups', { name: 'Hyvinvointiryhmä' })).body.id as string;
    for (const [email, role] of [['jasen@porvoo.fi', 'member'], ['lukija@porvoo.fi', 'viewer']] as const) {
      const id = (await admin.post('/api/users', { email, name: role, password: PASSWORD })).body.id as string;
      expect((await admin.request('PUT', `/api/groups/${groupId}/members/${id}`, { role })).status).toBe(200);
    }
    member = await ApiClient.login(server.url, 'jasen@porvoo.fi', PASSWORD);
    viewer = await ApiClient.login(server.url, 'lukija@porvoo.fi', PASSWORD);
    planId = (await admin.post('/api/plans', { title: 'Porvoon hyvinvointisuunnitelma', groupId })).body.id;
    live = await connectClient(server.collabUrl, planDocumentName(planId), member.token!);
  });
  afterAll(async () => {
    live?.destroy();
    await server?.destroy();
    await standIn?.stop();
  });

  it('searches the catalogue in fi, sv and en titles, answering in the asked language', async () => {
    const sv = await member.get('/api/indicators/catalogue?q=befolkning');
    expect(sv.status).toBe(200);
    // A Swedish word finds both titles that have it; the answer is in Finnish, the default.
    expect(sv.body).toEqual([
      { source: 'sotkanet', sourceId: 5, title: toimeentulotuki.title.fi, producer: 'Terveyden ja hyvinvoinnin laitos (THL)' },
      { source: 'sotkanet', sourceId: 127, title: 'Väestö 31.12.', producer: 'Tilastokeskus' },
    ]);
    // In Swedish, the title that starts with it comes first.
    expect((await member.get('/api/indicators/catalogue?q=befolkning&lang=sv')).body.map((e: { title: string }) => e.title)).toEqual(['Befolkning 31.12.', toimeentulotuki.title.sv]);
    const en = await member.get('/api/indicators/catalogue?q=social%20assistance&lang=sv');
    expect(en.body.map((e: { sourceId: number }) => e.sourceId)).toEqual([5]);
    expect(en.body[0].title).toBe(toimeentulotuki.title.sv);
    // Without diacritics, and by id.
    expect((await member.get('/api/indicators/catalogue?q=vaesto')).body[0].sourceId).toBe(127);
    expect((await member.get('/api/indicators/catalogue?q=186&lang=en')).body[0]).toMatchObject({ sourceId: 186, title: 'Mortality / 100 000 inhabitants' });
    expect(sv.headers.get('x-data-stale')).toBe('0');
    expect(Date.parse(sv.headers.get('x-data-fetched-at')!)).toBeGreaterThan(Date.now() - 60_000);
    expect(standIn.requests[0]?.userAgent).toBe('Hyte-tyotila/0.1.0 (+https://hyte.porvoo.example)');
    // The catalogue was fetched once and then searched from the cache.
    expect(standIn.count('indicators')).toBe(1);
    expect((await member.get(`/api/indicators/catalogue?q=${'x'.repeat(201)}`)).status).toBe(400);
  });

  it('sets the municipality by its code; a code that is not a municipality is a 400 and changes nothing', async () => {
    for (const code of ['32', '01', '999']) {
      const refused = await member.request('PATCH', `/api/plans/${planId}`, { municipalityCode: code });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatch(/not the code of a municipality/);
    }
    expect((await member.request('PATCH', `/api/plans/${planId}`, { municipalityCode: 'Porvoo' })).status).toBe(400);
    expect((await viewer.request('PATCH', `/api/plans/${planId}`, { municipalityCode: '638' })).status).toBe(403);
    expect((await member.get(`/api/plans/${planId}/municipality`)).body.code).toBeNull();

    expect((await member.request('PATCH', `/api/plans/${planId}`, { municipalityCode: '638' })).status).toBe(200);
    const areas = await viewer.get(`/api/plans/${planId}/municipality?lang=sv`);
    expect(areas.body).toEqual({
      code: '638',
      municipality: { code: '638', title: 'Borgå', kind: 'municipality' },
      county: { code: '32', title: 'Östra Nylands välfärdsområde', kind: 'county' },
      country: { code: '246', title: 'Hela landet', kind: 'country' },
      stale: false,
    });
    // In the plan document, live for everyone who has it open.
    await waitFor(() => readMunicipalityCode(live.doc) === '638', 'the municipality in the live document');
    const audit = (await member.get(`/api/plans/${planId}/audit?entity=plan`)).body as Array<{ field: string; to: string }>;
    expect(audit.find((e) => e.field === 'municipalityCode')?.to).toBe('638');
  });

  it("adds a Sotkanet indicator: the municipality's, county's and country's series, by sex, filtered on our side", async () => {
    const added = await member.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 5 });
    expect(added.status).toBe(201);
    const view = added.body;
    expect(view).toMatchObject({ source: 'sotkanet', sourceId: 5, title: toimeentulotuki.title.fi, unit: 'prosenttia', stale: false, problem: null, target: null });
    expect(view.attribution).toMatch(/^Lähde: THL, Sotkanet\.fi \(CC BY 4\.0\), haettu \d{1,2}\.\d{1,2}\.\d{4}$/);
    const series = view.series as Series[];
    expect(series.map((s) => `${s.area.kind}:${s.gender}`)).toEqual([
      'municipality:total', 'municipality:female', 'municipality:male',
      'county:total', 'county:female', 'county:male',
      'country:total', 'country:female', 'country:male',
    ]);
    expect(new Set(series.map((s) => s.area.title))).toEqual(new Set(['Porvoo', 'Itä-Uudenmaan hyvinvointialue', 'Koko maa']));
    const porvoo = series[0]!;
    expect(porvoo.area.code).toBe('638');
    expect(porvoo.points.map((p) => p.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(porvoo.points.at(-1)!.value).toBe(standInValue(toimeentulotuki, PORVOO.id, 2023, 'total'));
    // The data call was answered for every region; Kuopio, Pori and Helsinki were left out here.
    expect(standIn.requests.filter((r) => r.endpoint === 'json').at(-1)!.query.getAll('genders').sort()).toEqual(['female', 'male', 'total']);

    const swedish = await viewer.get(`/api/plans/${planId}/indicators?lang=sv`);
    expect(swedish.status).toBe(200);
    expect(swedish.body[0]).toMatchObject({ title: toimeentulotuki.title.sv, unit: 'procent' });
    expect(swedish.body[0].attribution).toMatch(/^Källa: THL, Sotkanet\.fi \(CC BY 4\.0\), hämtad /);
    expect(swedish.body[0].series[0].area.title).toBe('Borgå');
  });

  it('refuses an indicator Sotkanet does not have, one already in the plan, and a viewer', async () => {
    const unknown = await member.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 99999 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/no indicator 99999/);
    expect((await member.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 5 })).status).toBe(409);
    expect((await member.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 'viisi' })).status).toBe(400);
    expect((await member.post(`/api/plans/${planId}/indicators`, { source: 'web', url: 'http://x' })).status).toBe(400);
    expect((await viewer.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 186 })).status).toBe(403);
    const mortality = await member.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: '186' });
    expect(mortality.status).toBe(201);
    // Sotkanet has no figures by sex for this one: totals only.
    expect(mortality.body.series.map((s: Series) => s.gender)).toEqual(['total', 'total', 'total']);
    expect((await member.get(`/api/plans/${planId}/indicators`)).body.map((v: { sourceId: number }) => v.sourceId)).toEqual([5, 186]);
  });

  it('keeps a local indicator with the figures people enter, and a target for any indicator', async () => {
    const local = await member.post(`/api/plans/${planId}/indicators`, { source: 'local', title: 'Nuorisotalon kävijät', unit: 'käyntiä' });
    expect(local.status).toBe(201);
    expect(local.body).toMatchObject({ source: 'local', sourceId: null, series: [], problem: 'no-data', attribution: null });
    const id = local.body.id as string;
    const put = await member.request('PUT', `/api/plans/${planId}/indicators/${id}/values`, { points: [{ year: 2024, value: 5120 }, { year: 2023, value: 4870 }] });
    expect(put.status).toBe(200);
    expect(put.body.series).toEqual([{ area: { code: '638', title: 'Porvoo', kind: 'municipality' }, gender: 'total', points: [{ year: 2023, value: 4870 }, { year: 2024, value: 5120 }] }]);
    expect(put.body.problem).toBeNull();
    expect((await member.request('PUT', `/api/plans/${planId}/indicators/${id}/values`, { points: [{ year: 2024, value: 1 }, { year: 2024, value: 2 }] })).status).toBe(400);
    expect((await member.request('PUT', `/api/plans/${planId}/indicators/${id}/values`, { points: [{ year: 2024, value: 'paljon' }] })).status).toBe(400);
    expect((await viewer.request('PUT', `/api/plans/${planId}/indicators/${id}/values`, { points: [] })).status).toBe(403);

    const sotkanetId = (await member.get(`/api/plans/${planId}/indicators`)).body[0].id as string;
    expect((await member.request('PUT', `/api/plans/${planId}/indicators/${sotkanetId}/values`, { points: [{ year: 2024, value: 1 }] })).status).toBe(400);
    const target = await member.request('PATCH', `/api/plans/${planId}/indicators/${sotkanetId}`, { target: { year: 2028, value: 4.5, direction: 'decrease' }, baselineYear: 2021 });
    expect(target.status).toBe(200);
    expect(target.body).toMatchObject({ target: { year: 2028, value: 4.5, direction: 'decrease' }, baselineYear: 2021 });
    expect((await member.request('PATCH', `/api/plans/${planId}/indicators/${sotkanetId}`, {})).status).toBe(400);
    expect((await member.request('PATCH', `/api/plans/${planId}/indicators/${sotkanetId}`, { target: { year: 2028, value: 4.5, direction: 'sideways' } })).status).toBe(400);
    expect((await member.request('PATCH', `/api/plans/${planId}/indicators/${sotkanetId}`, { title: 'Oma nimi' })).status).toBe(400);
    expect((await member.request('PATCH', `/api/plans/${planId}/indicators/nosuchindicator`, { baselineYear: 2020 })).status).toBe(404);
    expect((await viewer.request('PATCH', `/api/plans/${planId}/indicators/${sotkanetId}`, { baselineYear: 2020 })).status).toBe(403);
    expect((await member.get(`/api/plans/${planId}/indicators/${sotkanetId}`)).body.baselineYear).toBe(2021);

    // The set is in the plan document, where every editor sees it and versions keep it.
    await waitFor(() => readPlanIndicators(live.doc).length === 3, 'three indicators in the live document');
    expect(readPlanIndicators(live.doc).map((i) => i.source)).toEqual(['sotkanet', 'sotkanet', 'local']);
    expect(readPlanIndicators(live.doc)[2]?.localValues).toEqual([{ year: 2023, value: 4870 }, { year: 2024, value: 5120 }]);
  });

  it('draws the chart as an accessible SVG with its source', async () => {
    const id = (await member.get(`/api/plans/${planId}/indicators`)).body[0].id as string;
    const response = await fetch(`${server.url}/api/plans/${planId}/indicators/${id}/chart.svg`, { headers: { Authorization: `Bearer ${viewer.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="[^"]+"/);
    expect(svg).toContain(`<title id=`);
    expect(svg).toContain('Tavoite 2028: 4,5');
    expect(svg).toContain('Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu');
    expect((await viewer.get(`/api/plans/${planId}/indicators/nosuchindicator/chart.svg`)).status).toBe(404);
  });

  it('removes an indicator', async () => {
    const list = (await member.get(`/api/plans/${planId}/indicators`)).body as Array<{ id: string }>;
    expect((await viewer.request('DELETE', `/api/plans/${planId}/indicators/${list[1]!.id}`)).status).toBe(403);
    expect((await member.request('DELETE', `/api/plans/${planId}/indicators/${list[1]!.id}`)).status).toBe(204);
    expect((await member.request('DELETE', `/api/plans/${planId}/indicators/${list[1]!.id}`)).status).toBe(404);
    expect((await member.get(`/api/plans/${planId}/indicators/${list[1]!.id}`)).status).toBe(404);
    expect((await member.get(`/api/plans/${planId}/indicators`)).body).toHaveLength(2);
  });
});
