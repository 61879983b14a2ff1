import type { z } from 'zod';
import { moduleLogger } from '../../logging/logger';
import {
  catalogueItemSchema,
  dataRowSchema,
  indicatorMetadataSchema,
  parseList,
  regionSchema,
  type CatalogueItem,
  type DataRow,
  type Gender,
  type IndicatorMetadata,
  type Region,
} from './schemas';

const log = moduleLogger('sotkanet');

/**
 * Why a call to Sotkanet gave nothing usable: `unreachable` (network, DNS,
 * refused), `timeout`, `status` (an HTTP error answer), `invalid` (not JSON,
 * another shape, too large) or `not-found` (a 404 for one indicator).
 */
export type SotkanetErrorKind = 'unreachable' | 'timeout' | 'status' | 'invalid' | 'not-found';

export class SotkanetError extends Error {
  constructor(
    readonly kind: SotkanetErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SotkanetError';
  }

  /** Worth another try: the network, a timeout or the server's own fault (5xx, 429). */
  get transient(): boolean {
    return this.kind === 'unreachable' || this.kind === 'timeout' || (this.kind === 'status' && (this.status! >= 500 || this.status === 429));
  }
}

export interface SotkanetClientOptions {
  /** `SOTKANET_URL`, e.g. `https://sotkanet.fi/rest/1.1`. */
  baseUrl: string;
  userAgent: string;
  /** Per attempt, the whole answer included. */
  timeoutMs: number;
  /** Further attempts after a transient failure. */
  retries?: number;
  /** The first back-off; each next one doubles, with jitter. */
  backoffMs?: number;
}

/** The real catalogue is ~3,700 items (2.5 MB) and a data answer for every region a few MB: far below these. */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
const MAX_CATALOGUE_ITEMS = 50_000;
const MAX_REGIONS = 10_000;
const MAX_DATA_ROWS = 2_000_000;

/**
 * A client of THL's Sotkanet REST API 1.1 (no login, no paging). Every
 * answer is size-limited, time-limited and validated; transient failures are
 * retried with exponential back-off. Callers get typed values or a
 * `SotkanetError`, never an exception of another kind.
 */
export class SotkanetClient {
  private readonly baseUrl: string;
  private readonly retries: number;
  private readonly backoffMs: number;

  constructor(private readonly options: SotkanetClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? 500;
  }

  /** `GET /indicators`: the catalogue. */
  async indicators(): Promise<CatalogueItem[]> {
    return this.list('/indicators', catalogueItemSchema, 'indicators', MAX_CATALOGUE_ITEMS);
  }

  /** `GET /indicators/{id}`: one indicator's metadata. */
  async indicator(id: number): Promise<IndicatorMetadata> {
    const body = await this.getJson(`/indicators/${encodeURIComponent(String(id))}`);
    const parsed = indicatorMetadataSchema.safeParse(body);
    if (!parsed.success) throw new SotkanetError('invalid', `indicator ${id}: not of the metadata shape (${parsed.error.issues[0]?.message ?? ''})`);
    if (parsed.data.id !== id) throw new SotkanetError('invalid', `indicator ${id}: the answer is about indicator ${parsed.data.id}`);
    return parsed.data;
  }

  /** `GET /regions`: every area (municipalities, counties, regions, the country). */
  async regions(): Promise<Region[]> {
    return this.list('/regions', regionSchema, 'regions', MAX_REGIONS);
  }

  /**
   * `GET /json?indicator=…&years=…&genders=…` (years and genders repeat). The
   * answer may hold every region: callers filter. Rows of other indicators
   * than the one asked for are dropped.
   */
  async data(indicator: number, years: readonly number[], genders: readonly Gender[]): Promise<DataRow[]> {
    const query = new URLSearchParams({ indicator: String(indicator) });
    for (const year of years) query.append('years', String(year));
    for (const gender of genders) query.append('genders', gender);
    const rows = await this.list(`/json?${query}`, dataRowSchema, `data of indicator ${indicator}`, MAX_DATA_ROWS);
    return rows.filter((row) => row.indicator === indicator);
  }

  private async list<T>(path: string, schema: z.ZodType<T>, what: string, maxItems: number): Promise<T[]> {
    const parsed = parseList(schema, await this.getJson(path), what, maxItems);
    if ('error' in parsed) throw new SotkanetError('invalid', parsed.error);
    if (parsed.dropped > 0) log.warn({ what, dropped: parsed.dropped, kept: parsed.items.length }, 'Sotkanet answered items of an unexpected shape; they were left out');
    return parsed.items;
  }

  private async getJson(path: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(path);
      } catch (error) {
        const failure = error instanceof SotkanetError ? error : new SotkanetError('unreachable', String(error));
        if (!failure.transient || attempt >= this.retries) throw failure;
        const wait = this.backoffMs * 2 ** attempt * (0.75 + Math.random() / 2);
        log.info({ path, attempt: attempt + 1, kind: failure.kind, waitMs: Math.round(wait) }, 'Sotkanet call failed, trying again');
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private async attempt(path: string): Promise<unknown> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        headers: { 'User-Agent': this.options.userAgent, Accept: 'application/json' },
        signal,
        redirect: 'follow',
      });
    } catch (error) {
      throw signal.aborted ? new SotkanetError('timeout', `${path}: no answer in ${this.options.timeoutMs} ms`) : new SotkanetError('unreachable', `${path}: ${causeOf(error)}`);
    }
    if (response.status === 404) {
      await response.body?.cancel().catch(() => undefined);
      throw new SotkanetError('not-found', `${path}: not found`, 404);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new SotkanetError('status', `${path}: HTTP ${response.status}`, response.status);
    }
    const text = await readLimited(response, MAX_ANSWER_BYTES, path, signal, this.options.timeoutMs);
    try {
      return JSON.parse(text);
    } catch {
      throw new SotkanetError('invalid', `${path}: the answer is not JSON`);
    }
  }
}

/** Reads the body up to `limit` bytes; a larger one is cut off as invalid, a stalled one times out. */
async function readLimited(response: Response, limit: number, path: string, signal: AbortSignal, timeoutMs: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new SotkanetError('invalid', `${path}: an answer of ${declared} bytes, more than ${limit}`);
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw new SotkanetError('invalid', `${path}: the answer is larger than ${limit} bytes`);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof SotkanetError) throw error;
    throw signal.aborted ? new SotkanetError('timeout', `${path}: the answer took more than ${timeoutMs} ms`) : new SotkanetError('unreachable', `${path}: ${causeOf(error)}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
