import { moduleLogger } from '../logging/logger';
import type { IndicatorCacheStore } from '../storage/indicatorCache';
import { CatalogueIndex } from './catalogueIndex';
import { RegionIndex } from './sotkanet/regions';
import { SotkanetError, type SotkanetClient } from './sotkanet/sotkanetClient';
import {
  catalogueItemSchema,
  dataRowSchema,
  GENDERS,
  indicatorMetadataSchema,
  parseList,
  regionSchema,
  type DataRow,
  type Gender,
  type IndicatorMetadata,
} from './sotkanet/schemas';

const log = moduleLogger('sotkanet');

/** A value with the time it was fetched; `stale` when Sotkanet could not give a newer one and it is older than the cache's age. */
export interface Fetched<T> {
  value: T;
  fetchedAt: string;
  stale: boolean;
}

/** Nothing cached and Sotkanet could not be asked: the caller answers 502/503 and says why. */
export class SotkanetUnavailable extends Error {
  constructor(readonly reason: SotkanetError) {
    super(`Sotkanet cannot be reached and nothing is cached: ${reason.message}`);
    this.name = 'SotkanetUnavailable';
  }
}

export interface SotkanetSourceOptions {
  /** How old a cached value may be before it is fetched again (a day). */
  maxAgeMs: number;
  /** After a failure, how long requests use the cache without asking Sotkanet again. */
  pauseAfterFailureMs: number;
  /** At most this many years of figures per indicator, the newest. */
  maxYears?: number;
  now?: () => number;
}

/** One thing fetched and cached: its key, how to fetch it, and how to read it back from the cache. */
interface Resource<T> {
  key: string;
  fetch(): Promise<unknown>;
  parse(stored: unknown): T | undefined;
}

const DEFAULT_MAX_YEARS = 25;

/** Figures of one indicator for some areas, as cached: the rows of those regions only. */
export type SeriesRow = Omit<DataRow, 'indicator'>;

/**
 * Sotkanet through the project's cache (`IndicatorCacheStore`): what is
 * younger than `maxAgeMs` comes from the cache; an older value is fetched
 * again, and when that fails the cached one is given with `stale: true`.
 * Only when nothing is cached does a caller get `SotkanetUnavailable`. The
 * big values (catalogue, regions) are kept in memory as built indexes and
 * reused as long as the store's time for them is unchanged (another process
 * may have refreshed them).
 */
export class SotkanetSource {
  private readonly inflight = new Map<string, Promise<{ value: unknown; fetchedAt: string }>>();
  private readonly memory = new Map<string, { fetchedAt: string; value: unknown }>();
  private pausedUntil = 0;
  private lastFailure: SotkanetError | null = null;
  private readonly now: () => number;

  constructor(
    private readonly client: SotkanetClient,
    private readonly store: IndicatorCacheStore,
    private readonly options: SotkanetSourceOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  catalogue(): Promise<Fetched<CatalogueIndex>> {
    return this.load(this.catalogueResource(), true);
  }

  regions(): Promise<Fetched<RegionIndex>> {
    return this.load(this.regionsResource(), true);
  }

  metadata(indicator: number): Promise<Fetched<IndicatorMetadata>> {
    return this.load(this.metadataResource(indicator), false);
  }

  /** The indicator's figures for these regions (Sotkanet's region ids), every year and sex it has. */
  series(indicator: number, regionIds: readonly number[]): Promise<Fetched<SeriesRow[]>> {
    return this.load(this.seriesResource(indicator, regionIds), false);
  }

  /**
   * Fetches again every cached value that is due (older than `maxAgeMs` less
   * `earlyMs`), the catalogue and regions first, then each indicator's
   * metadata before its figures. Stops at the first failure that means
   * Sotkanet is down. The caller makes sure one process runs it at a time;
   * the times are read from the store, so a value another process has just
   * refreshed is not fetched again.
   */
  async refreshDue(earlyMs = 0): Promise<{ refreshed: string[]; failed: string[] }> {
    const entries = await this.store.list();
    const rank = (key: string) => (key === 'catalogue' ? 0 : key === 'regions' ? 1 : key.startsWith('metadata-') ? 2 : 3);
    const due = entries
      .filter((e) => this.now() - Date.parse(e.fetchedAt) >= this.options.maxAgeMs - earlyMs)
      .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
    const refreshed: string[] = [];
    const failed: string[] = [];
    for (const { key } of due) {
      const resource = this.resourceOf(key);
      if (!resource) continue;
      try {
        await this.fetchAndStore(resource);
        refreshed.push(key);
      } catch (error) {
        failed.push(key);
        if (error instanceof SotkanetError && error.kind !== 'not-found' && error.kind !== 'invalid') {
          this.noteFailure(error);
          break;
        }
      }
    }
    if (due.length > 0) log.info({ refreshed: refreshed.length, failed: failed.length, due: due.length }, 'Sotkanet cache refreshed');
    return { refreshed, failed };
  }

  private async load<T>(resource: Resource<T>, memo: boolean): Promise<Fetched<T>> {
    const cached = await this.readCached(resource, memo);
    if (cached && this.now() - Date.parse(cached.fetchedAt) < this.options.maxAgeMs) return { ...cached, stale: false };
    if (this.now() < this.pausedUntil && this.lastFailure) return this.fallback(cached, this.lastFailure);
    try {
      const fetched = await this.fetchAndStore(resource);
      const value = memo ? this.remember(resource, fetched) : resource.parse(fetched.value);
      if (value === undefined) throw new SotkanetError('invalid', `${resource.key}: fetched a value it cannot read`);
      return { value, fetchedAt: fetched.fetchedAt, stale: false };
    } catch (error) {
      if (!(error instanceof SotkanetError)) throw error;
      if (error.kind !== 'not-found') this.noteFailure(error);
      return this.fallback(cached, error);
    }
  }

  private fallback<T>(cached: { value: T; fetchedAt: string } | undefined, error: SotkanetError): Fetched<T> {
    if (cached) return { ...cached, stale: true };
    throw error.kind === 'not-found' ? error : new SotkanetUnavailable(error);
  }

  private noteFailure(error: SotkanetError): void {
    this.lastFailure = error;
    this.pausedUntil = this.now() + this.options.pauseAfterFailureMs;
    log.warn({ kind: error.kind, status: error.status, err: error.message }, 'Sotkanet did not answer usably; the cache is used');
  }

  /** Calls for the same key while one fetch runs share it. */
  private fetchAndStore(resource: Resource<unknown>): Promise<{ value: unknown; fetchedAt: string }> {
    let running = this.inflight.get(resource.key);
    if (!running) {
      running = (async () => {
        const value = await resource.fetch();
        const fetchedAt = new Date(this.now()).toISOString();
        await this.store.put({ key: resource.key, fetchedAt, value }).catch((error: unknown) => log.error({ err: error, key: resource.key }, 'storing fetched Sotkanet data failed'));
        return { value, fetchedAt };
      })().finally(() => this.inflight.delete(resource.key));
      this.inflight.set(resource.key, running);
    }
    return running;
  }

  private remember<T>(resource: Resource<T>, fetched: { value: unknown; fetchedAt: string }): T | undefined {
    const value = resource.parse(fetched.value);
    if (value !== undefined) this.memory.set(resource.key, { fetchedAt: fetched.fetchedAt, value });
    return value;
  }

  /** The cached value, read and checked; a value that cannot be read, or a store that fails, counts as nothing cached. */
  private async readCached<T>(resource: Resource<T>, memo: boolean): Promise<{ value: T; fetchedAt: string } | undefined> {
    try {
      if (memo) {
        const held = this.memory.get(resource.key);
        const storedAt = await this.store.fetchedAt(resource.key);
        if (held && held.fetchedAt === storedAt) return held as { value: T; fetchedAt: string };
      }
      const entry = await this.store.get(resource.key);
      if (!entry) return undefined;
      const value = resource.parse(entry.value);
      if (value === undefined) {
        log.warn({ key: resource.key }, 'a cached Sotkanet value has an unexpected shape; it is fetched again');
        return undefined;
      }
      if (memo) this.memory.set(resource.key, { fetchedAt: entry.fetchedAt, value });
      return { value, fetchedAt: entry.fetchedAt };
    } catch (error) {
      log.error({ err: error, key: resource.key }, 'reading the Sotkanet cache failed');
      return undefined;
    }
  }

  private resourceOf(key: string): Resource<unknown> | undefined {
    if (key === 'catalogue') return this.catalogueResource();
    if (key === 'regions') return this.regionsResource();
    const metadata = /^metadata-(\d+)$/.exec(key);
    if (metadata) return this.metadataResource(Number(metadata[1]));
    const series = /^data-(\d+)-(\d+(?:\.\d+)*)$/.exec(key);
    if (series) return this.seriesResource(Number(series[1]), series[2]!.split('.').map(Number));
    return undefined;
  }

  private catalogueResource(): Resource<CatalogueIndex> {
    return {
      key: 'catalogue',
      fetch: () => this.client.indicators(),
      parse: (stored) => {
        const parsed = parseList(catalogueItemSchema, stored, 'cached catalogue', 100_000);
        return 'error' in parsed ? undefined : new CatalogueIndex(parsed.items);
      },
    };
  }

  private regionsResource(): Resource<RegionIndex> {
    return {
      key: 'regions',
      fetch: () => this.client.regions(),
      parse: (stored) => {
        const parsed = parseList(regionSchema, stored, 'cached regions', 100_000);
        return 'error' in parsed ? undefined : new RegionIndex(parsed.items);
      },
    };
  }

  private metadataResource(indicator: number): Resource<IndicatorMetadata> {
    return {
      key: `metadata-${indicator}`,
      fetch: () => this.client.indicator(indicator),
      parse: (stored) => indicatorMetadataSchema.safeParse(stored).data,
    };
  }

  private seriesResource(indicator: number, regionIds: readonly number[]): Resource<SeriesRow[]> {
    const regions = [...new Set(regionIds)].sort((a, b) => a - b);
    return {
      key: `data-${indicator}-${regions.join('.')}`,
      fetch: async () => {
        const { years, genders } = await this.queryFor(indicator);
        const wanted = new Set(regions);
        const rows = await this.client.data(indicator, years, genders);
        return rows.filter((row) => wanted.has(row.region)).map(({ indicator: _indicator, ...row }) => row);
      },
      parse: (stored) => {
        const parsed = parseList(dataRowSchema.omit({ indicator: true }), stored, 'cached figures', 1_000_000);
        return 'error' in parsed ? undefined : parsed.items;
      },
    };
  }

  /** The years and sexes to ask for: from the indicator's metadata, else the last years and every sex. */
  private async queryFor(indicator: number): Promise<{ years: number[]; genders: Gender[] }> {
    const maxYears = this.options.maxYears ?? DEFAULT_MAX_YEARS;
    let meta: IndicatorMetadata | undefined;
    try {
      meta = (await this.metadata(indicator)).value;
    } catch (error) {
      if (error instanceof SotkanetError && error.kind === 'not-found') throw error;
    }
    const thisYear = new Date(this.now()).getUTCFullYear();
    const end = meta?.range?.end ?? thisYear;
    const start = Math.max(meta?.range?.start ?? end - maxYears + 1, end - maxYears + 1);
    const years = Array.from({ length: end - start + 1 }, (_, i) => start + i);
    const offered = meta?.classifications?.sex?.values.filter((g): g is Gender => (GENDERS as readonly string[]).includes(g));
    return { years, genders: offered && offered.length > 0 ? offered : [...GENDERS] };
  }
}
