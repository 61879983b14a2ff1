import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { SotkanetStandIn } from '../support/sotkanetStandIn';

const REFRESH_MS = 3_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function svgOf(server: ServerProcess, api: ApiClient, path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${api.token}` } });
  return { status: response.status, text: await response.text() };
}

describe('indicators when Sotkanet goes away: the cache answers, and says how old it is', () => {
  let standIn: SotkanetStandIn;
  let server: ServerProcess;
  let admin: ApiClient;
  let planId: string;
  let before: { fetchedAt: string; series: unknown };

  beforeAll(async () => {
    standIn = await SotkanetStandIn.start();
    server = await ServerProcess.start({ SEED_DEMO: '0', SOTKANET_URL: standIn.url(), SOTKANET_TIMEOUT_MS: '500', SOTKANET_REFRESH_MS: String(REFRESH_MS) });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await admin.post('/api/plans', { title: 'Porin hyvinvointisuunnitelma' })).body.id;
    expect((await admin.request('PATCH', `/api/plans/${planId}`, { municipalityCode: '609' })).status).toBe(200);
    const added = await admin.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 5 });
    expect(added.status).toBe(201);
    before = { fetchedAt: added.body.fetchedAt, series: added.body.series };
  });
  afterAll(async () => {
    await server?.destroy();
    await standIn?.stop();
  });

  it('serves the cached series with stale and the fetch date once they are older than the refresh age', async () => {
    const port = standIn.port;
    await standIn.stop();
    await sleep(REFRESH_MS + 500);
    const list = await admin.get(`/api/plans/${planId}/indicators`);
    expect(list.status).toBe(200);
    expect(list.body[0]).toMatchObject({ stale: true, fetchedAt: before.fetchedAt, series: before.series, problem: null });
    expect(list.body[0].attribution).toMatch(/^Lähde: THL, Sotkanet\.fi \(CC BY 4\.0\), haettu /);
    const catalogue = await admin.get('/api/indicators/catalogue?q=kuolleisuus');
    expect(catalogue.status).toBe(200);
    expect(catalogue.headers.get('x-data-stale')).toBe('1');
    expect((await admin.get(`/api/plans/${planId}/municipality`)).body).toMatchObject({ code: '609', stale: true, municipality: { title: 'Pori' } });

    // An indicator whose figures were never fetched: added (the catalogue is cached), shown with the reason.
    const uncached = await admin.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 186 });
    expect(uncached.status).toBe(201);
    expect(uncached.body).toMatchObject({ series: [], problem: 'unavailable' });
    const chart = await svgOf(server, admin, `/api/plans/${planId}/indicators/${uncached.body.id}/chart.svg`);
    expect(chart.status).toBe(200);
    expect(chart.text).toContain('Sotkanetiin ei saada yhteyttä');

    // After a restart the cache on disk still answers.
    await server.restart();
    const afterRestart = await admin.get(`/api/plans/${planId}/indicators`);
    expect(afterRestart.status).toBe(200);
    expect(afterRestart.body[0]).toMatchObject({ stale: true, fetchedAt: before.fetchedAt, series: before.series });

    // Sotkanet is back: the figures are fresh again.
    standIn = await SotkanetStandIn.start(port);
    const deadline = Date.now() + 15_000;
    let fresh = afterRestart.body[0];
    while (fresh.stale && Date.now() < deadline) {
      await sleep(300);
      fresh = (await admin.get(`/api/plans/${planId}/indicators`)).body[0];
    }
    expect(fresh.stale).toBe(false);
    expect(Date.parse(fresh.fetchedAt)).toBeGreaterThan(Date.parse(before.fetchedAt));
  });
});

describe('indicators when Sotkanet answers garbage, the wrong shape, errors or nothing, and nothing is cached', () => {
  let standIn: SotkanetStandIn;
  let server: ServerProcess;
  let admin: ApiClient;
  let planId: string;

  beforeAll(async () => {
    standIn = await SotkanetStandIn.start();
    server = await ServerProcess.start({ SEED_DEMO: '0', SOTKANET_URL: standIn.url(), SOTKANET_TIMEOUT_MS: '400' });
    admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await admin.post('/api/plans', { title: 'Suunnitelma' })).body.id;
  });
  afterAll(async () => {
    await server?.destroy();
    await standIn?.stop();
  });

  /** The server pauses asking a failing Sotkanet for three timeouts; a test of another failure waits that out. */
  const nextFailure = () => sleep(3 * 400 + 100);

  it('answers a clear 502 or 503, never a 500, and changes nothing', async () => {
    const cases = [
      { failure: 'garbage', status: 502 },
      { failure: 'wrong-shape', status: 502 },
      { failure: 'status500', status: 502 },
      { failure: 'hang', status: 503 },
    ] as const;
    for (const { failure, status } of cases) {
      standIn.failAll(failure);
      const started = Date.now();
      const catalogue = await admin.get('/api/indicators/catalogue?q=väestö');
      expect(catalogue.status, failure).toBe(status);
      expect(catalogue.body.error).toMatch(/Sotkanet .* nothing is cached/);
      expect(Date.now() - started).toBeLessThan(5_000);
      const municipality = await admin.request('PATCH', `/api/plans/${planId}`, { municipalityCode: '638' });
      expect([502, 503]).toContain(municipality.status);
      expect((await admin.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 5 })).status).toBeGreaterThanOrEqual(502);
      await nextFailure();
    }
    expect((await admin.get(`/api/plans/${planId}/municipality`)).body.code).toBeNull();
    expect((await admin.get(`/api/plans/${planId}/indicators`)).body).toEqual([]);
  });

  it('says why a chart is empty: no municipality, or no figures from Sotkanet', async () => {
    standIn.heal();
    const added = await admin.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 127 });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ problem: 'no-municipality', series: [] });
    const chart = await svgOf(server, admin, `/api/plans/${planId}/indicators/${added.body.id}/chart.svg?lang=en`);
    expect(chart.text).toContain('No municipality has been chosen');
    expect((await admin.request('PATCH', `/api/plans/${planId}`, { municipalityCode: '020' })).status).toBe(200);
    // Akaa is in no county in the stand-in's regions: the municipality and the country only.
    const view = (await admin.get(`/api/plans/${planId}/indicators`)).body[0];
    expect(view.problem).toBeNull();
    expect(view.series.filter((s: { gender: string }) => s.gender === 'total').map((s: { area: { kind: string } }) => s.area.kind)).toEqual(['municipality', 'country']);
  });

  it('keeps hostile text from Sotkanet as text: escaped in the SVG', async () => {
    standIn.titleOverride = () => ({ fi: '<script>alert(1)</script> "><img src=x onerror=alert(2)>', sv: '</title><svg onload=alert(3)>', en: ']]><!--' });
    const other = await ServerProcess.start({ SEED_DEMO: '0', SOTKANET_URL: standIn.url() });
    try {
      const api = await ApiClient.login(other.url, ADMIN_EMAIL, ADMIN_PASSWORD);
      const plan = (await api.post('/api/plans', { title: 'Suunnitelma' })).body.id as string;
      expect((await api.request('PATCH', `/api/plans/${plan}`, { municipalityCode: '638' })).status).toBe(200);
      const added = await api.post(`/api/plans/${plan}/indicators`, { source: 'sotkanet', sourceId: 5 });
      expect(added.status).toBe(201);
      expect(added.body.title).toBe('<script>alert(1)</script> "><img src=x onerror=alert(2)>');
      for (const lang of ['fi', 'sv', 'en']) {
        const chart = await svgOf(other, api, `/api/plans/${plan}/indicators/${added.body.id}/chart.svg?lang=${lang}`);
        expect(chart.status).toBe(200);
        expect(chart.text).not.toMatch(/<script|<img|<svg onload|<\/title><svg|<!--/);
        expect(chart.text.match(/<svg/g)).toHaveLength(1);
      }
    } finally {
      await other.destroy();
      standIn.titleOverride = null;
    }
  });
});
