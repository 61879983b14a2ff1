import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { moduleLogger } from '../logging/logger';
import { writeFileAtomic } from './fsUtil';
import { checkIndicatorCacheKey, isIndicatorCacheKey, type IndicatorCacheEntry, type IndicatorCacheStore } from './indicatorCache';

const log = moduleLogger('storage');

/**
 * One JSON file per key under `DATA_DIR/indicators`, replaced atomically. The
 * embedded store has one process, so the times of all entries are read once
 * and then kept in memory; a file that cannot be read counts as missing (it
 * is a cache: the value is fetched again).
 */
export class FileIndicatorCache implements IndicatorCacheStore {
  private readonly folder: string;
  private times: Promise<Map<string, string>> | null = null;
  /** Writes of one key one after the other: two at once would share its temporary file. */
  private readonly writing = new Map<string, Promise<void>>();

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'indicators');
  }

  async get(key: string): Promise<IndicatorCacheEntry | undefined> {
    checkIndicatorCacheKey(key);
    return this.readEntry(key);
  }

  async fetchedAt(key: string): Promise<string | undefined> {
    checkIndicatorCacheKey(key);
    return (await this.index()).get(key);
  }

  async put(entry: IndicatorCacheEntry): Promise<void> {
    checkIndicatorCacheKey(entry.key);
    const times = await this.index();
    // As on PostgreSQL: a value fetched earlier than the stored one does not replace it.
    const stored = times.get(entry.key);
    if (stored !== undefined && Date.parse(stored) > Date.parse(entry.fetchedAt)) return;
    const bytes = Buffer.from(JSON.stringify({ key: entry.key, fetchedAt: entry.fetchedAt, value: entry.value }));
    const previous = this.writing.get(entry.key) ?? Promise.resolve();
    const write = previous.catch(() => undefined).then(() => writeFileAtomic(this.file(entry.key), bytes));
    this.writing.set(entry.key, write);
    try {
      await write;
      times.set(entry.key, entry.fetchedAt);
    } finally {
      if (this.writing.get(entry.key) === write) this.writing.delete(entry.key);
    }
  }

  async list(): Promise<Array<{ key: string; fetchedAt: string }>> {
    return [...(await this.index())].map(([key, fetchedAt]) => ({ key, fetchedAt }));
  }

  private file(key: string): string {
    return join(this.folder, `${key}.json`);
  }

  private async readEntry(key: string): Promise<IndicatorCacheEntry | undefined> {
    let text: string;
    try {
      text = await readFile(this.file(key), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const entry = JSON.parse(text) as Partial<IndicatorCacheEntry>;
      if (entry.key === key && typeof entry.fetchedAt === 'string' && 'value' in entry) return { key, fetchedAt: entry.fetchedAt, value: entry.value };
    } catch {
      // fall through: unreadable
    }
    log.warn({ key }, 'an indicator cache file cannot be read; it is fetched again');
    return undefined;
  }

  private index(): Promise<Map<string, string>> {
    this.times ??= (async () => {
      await mkdir(this.folder, { recursive: true });
      const times = new Map<string, string>();
      for (const name of await readdir(this.folder)) {
        const key = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
        if (!isIndicatorCacheKey(key)) continue;
        const entry = await this.readEntry(key);
        if (entry) times.set(key, entry.fetchedAt);
      }
      return times;
    })();
    this.times.catch(() => (this.times = null));
    return this.times;
  }
}
