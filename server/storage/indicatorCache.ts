/**
 * What the server fetched from an indicator source (THL's Sotkanet): each
 * entry one JSON value under a key, with the time it was fetched. A cache in
 * the project's storage, so that figures survive a restart and an outage of
 * the source and, on PostgreSQL, every process reads what one fetched. Values
 * are stored as given and validated by the reader.
 */
export interface IndicatorCacheEntry {
  key: string;
  /** ISO 8601: when the value was fetched from the source. */
  fetchedAt: string;
  value: unknown;
}

export interface IndicatorCacheStore {
  get(key: string): Promise<IndicatorCacheEntry | undefined>;
  /** Only the time, without reading the value: to tell whether another process fetched something newer. */
  fetchedAt(key: string): Promise<string | undefined>;
  /** Replaces the entry of its key. */
  put(entry: IndicatorCacheEntry): Promise<void>;
  /** Every key with its time, for the daily refresh. */
  list(): Promise<Array<{ key: string; fetchedAt: string }>>;
}

/** Keys are short and file-name safe: `catalogue`, `metadata-5`, `data-5-421.1101.658`. */
export function isIndicatorCacheKey(key: string): boolean {
  return /^[a-z][a-z0-9.-]{0,199}$/.test(key);
}

export function checkIndicatorCacheKey(key: string): void {
  if (!isIndicatorCacheKey(key)) throw new Error(`not an indicator cache key: ${JSON.stringify(key.slice(0, 50))}`);
}
