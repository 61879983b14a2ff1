import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SotkanetStandIn } from '../../tests/support/sotkanetStandIn';
import { FileIndicatorCache } from '../storage/fileIndicatorCache';
import { SotkanetClient } from './sotkanet/sotkanetClient';
import { SotkanetSource, SotkanetUnavailable } from './sotkanetSource';

const DAY = 24 * 3600_000;

describe('Sotkanet through the cache', () => {
  let standIn: SotkanetStandIn;
  let dir: string;
  let clock: number;
  const client = () => new SotkanetClient({ baseUrl: standIn.url(), userAgent: 'test', timeoutMs: 300, retries: 1, backoffMs: 10 });
  const source = (cache = new FileIndicatorCache(dir)) => new SotkanetSource(client(), cache, { maxAgeMs: DAY, pauseAfterFailureMs: 60_000, now: () => clock });

  beforeAll(async () => {
    standIn = await SotkanetStandIn.start();
  });
  afterAll(() => standIn.stop());
  beforeEach(async () => {
    standIn.heal();
    standIn.resetCounts();
    dir = await mkdtemp(join(tmpdir(), 'hyte-sotkanet-'));
    clock = Date.parse('2026-12-02T08:00:00Z');
    return () => rm(dir, { recursive: true, force: true });
  });

  it('answers from the cache for a day, then fetches again', async () => {
    const sotkanet = source();
    const first = await sotkanet.catalogue();
    expect(first).toMatchObject({ fetchedAt: '2026-12-02T08:00:00.000Z', stale: false });
    clock += DAY - 1;
    await sotkanet.catalogue();
    expect(standIn.count('indicators')).toBe(1);
    clock += 2;
    expect((await sotkanet.catalogue()).fetchedAt).toBe(new Date(clock).toISOString());
    expect(standIn.count('indicators')).toBe(2);
  });

  it('gives the cached value with stale and its date when Sotkanet fails, and pauses before asking again', async () => {
    const sotkanet = source();
    await sotkanet.series(5, [421, 1101, 658]);
    standIn.failAll('status500');
    clock += DAY + 1;
    const stale = await sotkanet.series(5, [421, 1101, 658]);
    expect(stale).toMatchObject({ stale: true, fetchedAt: '2026-12-02T08:00:00.000Z' });
    expect(new Set(stale.value.map((r) => r.region))).toEqual(new Set([421, 1101, 658]));
    const asked = standIn.count();
    clock += 1000;
    expect((await sotkanet.series(5, [421, 1101, 658])).stale).toBe(true);
    expect(standIn.count()).toBe(asked);
  });

  it('says unavailable when nothing is cached, and not-found for an indicator Sotkanet does not have', async () => {
    standIn.fail('regions', 'garbage');
    await expect(source().regions()).rejects.toBeInstanceOf(SotkanetUnavailable);
    standIn.heal();
    await expect(source().metadata(4242)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('survives a restart: a new source on the same storage reads what the first one fetched', async () => {
    await source().regions();
    standIn.failAll('hang');
    const later = source(new FileIndicatorCache(dir));
    expect((await later.regions()).value.areasOf('297')?.county?.title.fi).toBe('Pohjois-Savon hyvinvointialue');
  });

  it('fetches again a cached value it cannot read', async () => {
    await source().catalogue();
    await writeFile(join(dir, 'indicators', 'catalogue.json'), '{"key":"catalogue","fetchedAt":"2026-12-02T08:00:00.000Z","value":"no list"}');
    expect((await source(new FileIndicatorCache(dir)).catalogue()).value.get(5)).toBeDefined();
    expect(standIn.count('indicators')).toBe(2);
  });

  it('refreshes what is due, catalogue first, and leaves what another process refreshed', async () => {
    const cache = new FileIndicatorCache(dir);
    const one = source(cache);
    await one.series(186, [421]);
    expect((await cache.list()).map((e) => e.key).sort()).toEqual(['data-186-421', 'metadata-186']);
    await one.catalogue();
    clock += DAY;
    standIn.resetCounts();
    const other = source(cache);
    expect((await one.refreshDue()).refreshed).toEqual(['catalogue', 'metadata-186', 'data-186-421']);
    expect((await other.refreshDue()).refreshed).toEqual([]);
    expect(standIn.requests.map((r) => r.endpoint)).toEqual(['indicators', 'indicator', 'json']);
  });

  it('stops a refresh at the first sign that Sotkanet is down', async () => {
    const sotkanet = source();
    await sotkanet.series(5, [421]);
    clock += DAY;
    standIn.failAll('status500');
    expect(await sotkanet.refreshDue()).toEqual({ refreshed: [], failed: ['metadata-5'] });
  });
});
