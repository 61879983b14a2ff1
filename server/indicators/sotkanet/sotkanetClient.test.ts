import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SotkanetStandIn } from '../../../tests/support/sotkanetStandIn';
import { SotkanetClient, SotkanetError } from './sotkanetClient';
import { RegionIndex } from './regions';

describe('Sotkanet client against a local stand-in', () => {
  let standIn: SotkanetStandIn;
  let client: SotkanetClient;

  beforeAll(async () => {
    standIn = await SotkanetStandIn.start();
  });
  afterAll(() => standIn.stop());
  beforeEach(() => {
    standIn.heal();
    standIn.resetCounts();
    client = new SotkanetClient({ baseUrl: standIn.url(), userAgent: 'Hyte-tyotila/test (+https://example.fi)', timeoutMs: 500, retries: 2, backoffMs: 20 });
  });

  it('reads the catalogue with fi, sv and en titles and sends its User-Agent', async () => {
    const items = await client.indicators();
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining([5, 127, 186]));
    expect(items.find((i) => i.id === 127)?.title).toEqual({ fi: 'Väestö 31.12.', sv: 'Befolkning 31.12.', en: 'Population on 31 December' });
    expect(standIn.requests[0]?.userAgent).toBe('Hyte-tyotila/test (+https://example.fi)');
  });

  it('reads one indicator, and says not-found for an unknown one without retrying', async () => {
    const meta = await client.indicator(5);
    expect(meta).toMatchObject({ id: 5, decimals: 1, range: { start: 2015, end: 2023 } });
    expect(meta.primaryValueType?.title?.fi).toBe('prosenttia');
    await expect(client.indicator(99999)).rejects.toMatchObject({ kind: 'not-found' });
    expect(standIn.count('indicator')).toBe(2);
  });

  it('finds a municipality by its code, its county through memberOf and the country', async () => {
    const regions = new RegionIndex(await client.regions());
    const porvoo = regions.areasOf('638');
    expect(porvoo?.municipality.title.fi).toBe('Porvoo');
    expect(porvoo?.county?.title.fi).toBe('Itä-Uudenmaan hyvinvointialue');
    expect(porvoo?.country?.title.fi).toBe('Koko maa');
    expect(regions.areasOf('297')?.county?.title.fi).toBe('Pohjois-Savon hyvinvointialue');
    expect(regions.areasOf('609')?.municipality.title.sv).toBe('Björneborg');
    expect(regions.areasOf('91')?.municipality.title.fi).toBe('Helsinki');
    // A county's code and a region's code are no municipality's.
    expect(regions.areasOf('32')).toBeUndefined();
    expect(regions.areasOf('01')).toBeUndefined();
    expect(regions.areasOf('999')).toBeUndefined();
  });

  it('asks for data with repeated years and genders', async () => {
    const rows = await client.data(5, [2021, 2022], ['total', 'male']);
    const query = standIn.requests.at(-1)!.query;
    expect(query.getAll('years')).toEqual(['2021', '2022']);
    expect(query.getAll('genders')).toEqual(['total', 'male']);
    // Every region comes back: filtering is the caller's job.
    expect(new Set(rows.map((r) => r.region)).size).toBeGreaterThan(5);
  });

  it('retries a 500 with back-off, then gives a typed error', async () => {
    standIn.fail('regions', 'status500');
    const error = await client.regions().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SotkanetError);
    expect(error).toMatchObject({ kind: 'status', status: 500 });
    expect(standIn.count('regions')).toBe(3);
  });

  it('says invalid for garbage and for another shape, without retrying', async () => {
    standIn.fail('indicators', 'garbage');
    await expect(client.indicators()).rejects.toMatchObject({ kind: 'invalid' });
    standIn.fail('indicators', 'wrong-shape');
    await expect(client.indicators()).rejects.toMatchObject({ kind: 'invalid' });
    standIn.fail('indicator', 'wrong-shape');
    await expect(client.indicator(5)).rejects.toMatchObject({ kind: 'invalid' });
    expect(standIn.count()).toBe(3);
  });

  it('times out a hanging answer, each attempt', async () => {
    standIn.fail('json', 'hang');
    const started = Date.now();
    await expect(client.data(5, [2022], ['total'])).rejects.toMatchObject({ kind: 'timeout' });
    expect(standIn.count('json')).toBe(3);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops reading an endless answer', async () => {
    standIn.fail('json', 'huge');
    const slow = new SotkanetClient({ baseUrl: standIn.url(), userAgent: 'test', timeoutMs: 3_000, retries: 0 });
    const error = await slow.data(5, [2022], ['total']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SotkanetError);
    expect(['invalid', 'timeout']).toContain((error as SotkanetError).kind);
  });

  it('says unreachable when nothing listens', async () => {
    const gone = new SotkanetClient({ baseUrl: 'http://127.0.0.1:1/rest/1.1', userAgent: 'test', timeoutMs: 500, retries: 1, backoffMs: 10 });
    await expect(gone.indicators()).rejects.toMatchObject({ kind: 'unreachable' });
  });
});
