import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type ServerProcess } from '../support/serverProcess';
import { SotkanetStandIn, type Endpoint } from '../support/sotkanetStandIn';
import { ScaleoutCluster } from './cluster';
import { skipScaleout } from './services';

const REFRESH_MS = 4_000;

/**
 * Two server processes on one PostgreSQL share the Sotkanet cache, and its
 * daily refresh (here every four seconds) is made by one of them at a time:
 * each value is fetched once a period, never by both. Each process asks the
 * stand-in under its own path prefix, so the requests say who made them.
 */
describe.skipIf(skipScaleout)('the Sotkanet cache on PostgreSQL with two server processes', () => {
  let cluster: ScaleoutCluster;
  let standIn: SotkanetStandIn;
  let a: ServerProcess;
  let b: ServerProcess;
  let planId: string;

  beforeAll(async () => {
    standIn = await SotkanetStandIn.start();
    cluster = await ScaleoutCluster.start({ SEED_DEMO: '0', SOTKANET_REFRESH_MS: String(REFRESH_MS), SOTKANET_TIMEOUT_MS: '3000' });
    a = await cluster.instance({ SOTKANET_URL: standIn.url('/a') });
    b = await cluster.instance({ SOTKANET_URL: standIn.url('/b') });
  });
  afterAll(async () => {
    await cluster?.stop();
    await standIn?.stop();
  });

  it('lets the other process read what one fetched, without asking Sotkanet', async () => {
    const viaA = await ApiClient.login(a.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await viaA.post('/api/plans', { title: 'Kuopion hyvinvointisuunnitelma' })).body.id;
    expect((await viaA.request('PATCH', `/api/plans/${planId}`, { municipalityCode: '297' })).status).toBe(200);
    expect((await viaA.post(`/api/plans/${planId}/indicators`, { source: 'sotkanet', sourceId: 289 })).status).toBe(201);
    const asked = standIn.count(undefined, '/b');

    const viaB = await ApiClient.login(b.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const list = await viaB.get(`/api/plans/${planId}/indicators`);
    expect(list.status).toBe(200);
    expect(list.body[0].series[0].area).toEqual({ code: '297', title: 'Kuopio', kind: 'municipality' });
    expect(list.body[0].series.map((s: { area: { kind: string } }) => s.area.kind)).toContain('county');
    expect((await viaB.get('/api/indicators/catalogue?q=kiusattu')).body[0].sourceId).toBe(289);
    expect(standIn.count(undefined, '/b')).toBe(asked);
  });

  it('refreshes each cached value once a period, by one process at a time', async () => {
    // A slow catalogue: two processes refreshing at once would both be asking while the first waits.
    standIn.delay('indicators', 1_000);
    standIn.resetCounts();
    await new Promise((resolve) => setTimeout(resolve, 3 * REFRESH_MS));

    const endpoints: Endpoint[] = ['indicators', 'regions', 'indicator', 'json'];
    for (const endpoint of endpoints) {
      const requests = standIn.requests.filter((r) => r.endpoint === endpoint);
      // Refreshed (about three periods passed), and never twice within a period.
      expect(requests.length, endpoint).toBeGreaterThanOrEqual(2);
      expect(requests.length, endpoint).toBeLessThanOrEqual(4);
      const gaps = requests.slice(1).map((r, i) => r.at - requests[i]!.at);
      expect(Math.min(...gaps), `${endpoint}: ${requests.map((r) => `${r.prefix}@${r.at}`).join(', ')}`).toBeGreaterThan(REFRESH_MS / 2);
    }
    // Whoever made a refresh, the other process reads its result.
    const viaB = await ApiClient.login(b.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const view = (await viaB.get(`/api/plans/${planId}/indicators`)).body[0];
    expect(view.stale).toBe(false);
    expect(Date.now() - Date.parse(view.fetchedAt)).toBeLessThan(2 * REFRESH_MS);
  });
});
