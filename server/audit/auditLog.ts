import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry } from '../../shared/audit';

export type { AuditEntry };

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  userId?: string;
  field?: string;
  since?: string;
  until?: string;
  limit: number;
}

/** Append-only: there is no way to change or remove an entry, for any route or caller. */
export interface AuditLog {
  /** `planId` null: the system trail (logins, users, groups). */
  record(planId: string | null, entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(planId: string | null, filter: AuditFilter): Promise<AuditEntry[]>;
}

const SYSTEM_FILE = '_system';

/** JSON lines per plan under `DATA_DIR/audit`, appended in order per file. */
export class FileAuditLog implements AuditLog {
  private readonly folder: string;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'audit');
  }

  private file(planId: string | null): string {
    return join(this.folder, `${planId ?? SYSTEM_FILE}.jsonl`);
  }

  record(planId: string | null, entry: AuditEntry): Promise<void> {
    const file = this.file(planId);
    const previous = this.queues.get(file) ?? Promise.resolve();
    const next = previous
      .then(() => mkdir(this.folder, { recursive: true }))
      .then(() => appendFile(file, `${JSON.stringify(entry)}\n`))
      .catch((error: unknown) => console.error(`[audit] could not record to ${file}:`, error));
    this.queues.set(file, next);
    return next;
  }

  async list(planId: string | null, filter: AuditFilter): Promise<AuditEntry[]> {
    await this.queues.get(this.file(planId));
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
          (!filter.since || e.at >= filter.since) &&
          (!filter.until || e.at <= filter.until),
      )
      .reverse()
      .slice(0, filter.limit);
  }
}
