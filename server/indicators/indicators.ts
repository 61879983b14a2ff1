import type { DocumentGateway } from '../collab/documentGateway';
import type { Config } from '../config';
import type { IndicatorCacheStore } from '../storage/indicatorCache';
import { IndicatorService } from './indicatorService';
import { SotkanetClient } from './sotkanet/sotkanetClient';
import { SotkanetSource } from './sotkanetSource';

/** The indicators feature as server/app.ts wires it: Sotkanet at `SOTKANET_URL` through the storage's cache. */
export function createIndicatorService(config: Config['sotkanet'], cache: IndicatorCacheStore, documents: DocumentGateway): IndicatorService {
  const client = new SotkanetClient({ baseUrl: config.url, userAgent: config.userAgent, timeoutMs: config.timeoutMs });
  // After a failure, requests answer from the cache for a while instead of each waiting out the timeouts again.
  const source = new SotkanetSource(client, cache, { maxAgeMs: config.refreshMs, pauseAfterFailureMs: Math.min(3 * config.timeoutMs, 60_000) });
  return new IndicatorService(source, documents);
}
