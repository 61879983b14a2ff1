import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentName } from '../../shared/documentNames';
import { formatFetchDate } from '../../shared/indicators/words';
import { setMeasureIndicators } from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitFor, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { SotkanetStandIn } from '../support/sotkanetStandIn';

const REFRESH_MS = 3_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the yearly report's indicators and the exports' indicators section, against the Sotkanet stand-in", () => {
  let standIn: SotkanetStandIn;
  let server: ServerProcess;
  let admin: ApiClient;
  let planId: string;
  let editor: TestClient;
  let sotkanetId: string;
  let localId: string;
  let measureId: string;

  const exported = async (query: string) => {
    const response = await fetch(`${server.url}/api/plans/${planId}/export?${query}`, { headers: { Authorization: `Bearer ${admin.token}` } });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  beforeAll(async () => {
    standIn = await SotkanetStandIn.start();
    server = await ServerProcess.start({ SEED_DEMO: '0', SOTKANET_URL: standIn.url(), SOTKANET_TIMEOUT_MS: '500', SOTKANET_REFRESH_MS: String(REFRESH_MS) });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const measures = { focusAreas: [{ title: 'Toimeentulo', goals: [{ title: 'Vähemmän toimeentulotukea', measures: [{ title: 'Työllisyyspalvelut' }] }] }] };
    planId = (await admin.post('/api/plans', { title: 'Porvoon hyvinvointisuunnitelma', measures })).body.id;
    expect((await admin.request('PATCH', `/api/plans/${planId}`, { municipalityCode: '638' })).status).toBe(200);
    sotkanetId = (await admin.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 5 })).body.id;
    expect((await admin.request('PATCH', `/api/plans/${planId}/indicators/${sotkanetId}`, { target: { year: 2028, value: 4.5, direction: 'decrease' }, baselineYear: 2019 })).status).toBe(200);
    localId = (await admin.post(`/api/plans/${planId}/indicators`, { source: 'local', title: 'Nuorisotalon kävijät', unit: 'käyntiä' })).body.id;
    expect((await admin.request('PUT', `/api/plans/${planId}/indicators/${localId}/values`, { points: [{ year: 2023, value: 4870 }, { year: 2024, value: 5120 }] })).status).toBe(200);
    editor = await connectClient(server.collabUrl, planDocumentName(planId), admin.token!);
    measureId = (await admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].id;
    setMeasureIndicators(editor.doc, measureId, [sotkanetId, localId]);
    await waitForAcknowledged(editor);
  });
  afterAll(async () => {
    editor?.destroy();
    await server?.destroy();
    await standIn?.stop();
  });

  it('answers the report section: latest value, changes, on track or not, and the source line with the date of the cache', async () => {
    const report = await admin.get(`/api/plans/${planId}/report/indicators`);
    expect(report.status).toBe(200);
    const [sotkanet, local] = report.body.rows;
    expect(sotkanet).toMatchObject({ id: sotkanetId, source: 'sotkanet', staleNote: null, problem: null });
    expect(sotkanet.cells).toEqual({
      latest: '5,7 (2023)',
      sinceBaseline: '−0,5 (2019–2023), tavoitteen suuntaan',
      sincePrevious: '−0,1 (2022–2023), tavoitteen suuntaan',
      target: '4,5 (2028), pienenee',
      assessment: 'Ei tavoitteen mukaisesti',
      reason: 'tavoitteen mukainen arvo vuonna 2023 olisi 5,4',
    });
    expect(local.cells).toMatchObject({ latest: '5\u00a0120 (2024)', sincePrevious: '+250 (2023–2024)', assessment: 'Ei tavoitetta' });
    expect(report.body.sourceLine).toBe(`Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu ${formatFetchDate(report.body.fetchedAt, 'fi')}`);
    expect(Date.parse(report.body.fetchedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(report.body.staleNote).toBeNull();
    const english = await admin.get(`/api/plans/${planId}/report/indicators?lang=en`);
    expect(english.body.rows[0].cells.assessment).toBe('Not on track');
    expect((await admin.get(`/api/plans/${planId}/report/indicators?lang=xx`)).status).toBe(400);
    expect((await admin.get('/api/plans/no-such-plan/report/indicators')).status).toBe(404);
  });

  it('prints the section in the HTML, DOCX and PDF exports of the plan and of a version', async () => {
    const html = (await exported('format=html')).toString('utf8');
    expect(html).toContain('<h2 id="mittarit">Mittarit</h2>');
    expect(html).toMatch(/<figure><svg role="img"[^>]*>[\s\S]*?<\/svg><figcaption>Lähde: THL, Sotkanet\.fi \(CC BY 4\.0\), haettu \d{1,2}\.\d{1,2}\.\d{4}<\/figcaption><\/figure>/);
    const { value: docx } = await mammoth.extractRawText({ buffer: await exported('format=docx') });
    expect(docx).toContain('Ei tavoitteen mukaisesti: tavoitteen mukainen arvo vuonna 2023 olisi 5,4');
    expect((await exported('format=pdf')).toString('latin1')).toContain('/S /Figure');

    const version = await admin.post(`/api/plans/${planId}/versions`, { label: 'Valtuustolle' });
    expect(version.status).toBe(201);
    // The indicator's target changes after the version: the version's export prints the target it had.
    expect((await admin.request('PATCH', `/api/plans/${planId}/indicators/${sotkanetId}`, { target: { year: 2030, value: 3, direction: 'decrease' } })).status).toBe(200);
    const ofVersion = (await exported(`format=html&version=${version.body.id}`)).toString('utf8');
    expect(ofVersion).toContain('<td>4,5 (2028), pienenee</td>');
    expect((await exported('format=html')).toString('utf8')).toContain('<td>3,0 (2030), pienenee</td>');
    // The other formats print no indicators section.
    expect((await exported('format=csv')).toString('utf8')).not.toContain('Mittarien tilanne');
  });

  it('says the figures are not up to date, with the date of the cache, when Sotkanet is away', async () => {
    const before = (await admin.get(`/api/plans/${planId}/report/indicators`)).body;
    standIn.failAll('status500');
    await sleep(REFRESH_MS + 500);
    const report = await admin.get(`/api/plans/${planId}/report/indicators`);
    expect(report.status).toBe(200);
    const date = formatFetchDate(before.fetchedAt, 'fi');
    expect(report.body.staleNote).toBe(`Tiedot eivät ole ajan tasalla (haettu ${date}).`);
    expect(report.body.rows[0].staleNote).toBe(`Tiedot eivät ole ajan tasalla (haettu ${date}).`);
    expect(report.body.rows[0].cells.latest).toBe('5,7 (2023)');
    const html = (await exported('format=html')).toString('utf8');
    expect(html).toContain(`<p class="stale" role="note">Tiedot eivät ole ajan tasalla (haettu ${date}).</p>`);
    standIn.heal();
  });

  it("deleting an indicator takes it out of its measures' indicatorIds, live for editors", async () => {
    expect((await admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].indicatorIds).toEqual([sotkanetId, localId]);
    expect((await admin.request('DELETE', `/api/plans/${planId}/indicators/${sotkanetId}`)).status).toBe(204);
    expect((await admin.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].indicatorIds).toEqual([localId]);
    await waitFor(() => {
      const measure = editor.doc.getMap('measures').get(measureId) as { has(key: string): boolean } | undefined;
      return measure !== undefined && !measure.has(`indicator:${sotkanetId}`);
    }, 'the reference gone in the editor');
    expect((await admin.get(`/api/plans/${planId}/report/indicators`)).body.rows.map((r: { id: string }) => r.id)).toEqual([localId]);
  });
});
