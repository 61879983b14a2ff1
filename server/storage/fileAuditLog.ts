import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry, AuditFilter, AuditLog } from './auditLog';
import { OrderedBatches } from './orderedBatches';
import { moduleLogger } from '../logging/logger';

const log = moduleLogger('audit');

const SYSTEM_FILE = '_system';

/**
 * JSON lines per plan under `DATA_DIR/audit`, appended in order per file;
 * entries recorded during an append go together in the next one.
 */
export class FileAuditLog implements AuditLog {
  private readonly folder: string;
  private folderMade: Promise<unknown> | null = null;
  private readonly appends = new OrderedBatches<AuditEntry>((file, entries) => this.append(file, entries));

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'audit');
  }

  private file(planId: string | null): string {
    return join(this.folder, `${planId ?? SYSTEM_FILE}.jsonl`);
  }

  record(planId: string | null, entry: AuditEntry): Promise<void> {
    return this.appends.add(this.file(planId), entry);
  }

  private async append(file: string, entries: AuditEntry[]): Promise<void> {
    try {
      // Made once; a failure (e.g. no permission) is retried with the next entries.
      this.folderMade ??= mkdir(this.folder, { recursive: true }).catch((error: unknown) => {
        this.folderMade = null;
        throw error;
      });
      await this.folderMade;
      await appendFile(file, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
    } catch (error) {
      log.error({ err: error, entries: entries.length, file, alarm: true }, 'could not record audit entries');
    }
  }

  async list(planId: string | null, filter: AuditFilter): Promise<AuditEntry[]> {
    await this.appends.settled(this.file(planId));
    let text: string;
    try {
      text = await readFile(this.file(planId), 'utf8');
    } catch {
      return [];
    }
    const entries: AuditEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        entries.push(JSON.parse(line) as AuditEntry);
      } catch {
        // A line cut by a crash mid-append: skip it, keep the rest.
      }
    }
    return entries
      .filter(
        (e) =>
          (!filter.entity || e.entity === filter.entity) &&
          (!filter.entityId || e.entityId === filter.entityId) &&
          (!filter.userId || e.user?.id === filter.userId) &&
          (!filter.field || e.field === filter.field) &&
          (!filter.meetingId || e.meetingId === filter.meetingId) &&
          (!filter.since || e.at >= filter.since) &&
          (!filter.until || e.at <= filter.until),
      )
      .reverse()
      .slice(0, filter.limit);
  }
}
