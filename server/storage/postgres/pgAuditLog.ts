import type pg from 'pg';
import type { AuditEntry, AuditFilter, AuditLog } from '../auditLog';
import { OrderedBatches } from '../orderedBatches';
import { iso } from './database';
import { moduleLogger } from '../../logging/logger';

const log = moduleLogger('audit');

interface AuditRow {
  at: Date;
  user_id: string | null;
  user_name: string | null;
  entity: string;
  entity_id: string;
  field: string;
  from_value: string | null;
  to_value: string | null;
  meeting_id: string | null;
}

/** Rows in one INSERT. */
const MAX_ROWS = 1000;

/**
 * The audit trail on PostgreSQL. Append-only twice over: this class has no
 * way to change an entry, and triggers refuse UPDATE, DELETE and TRUNCATE of
 * `hyte_audit` for every client of the database.
 */
export class PgAuditLog implements AuditLog {
  /** Per plan ('' for the system trail), one INSERT at a time: entries keep their order. */
  private readonly inserts = new OrderedBatches<AuditEntry>((key, entries) => this.insert(key === '' ? null : key, entries));

  constructor(private readonly pool: pg.Pool) {}

  record(planId: string | null, entry: AuditEntry): Promise<void> {
    return this.inserts.add(planId ?? '', entry);
  }

  private async insert(planId: string | null, entries: AuditEntry[]): Promise<void> {
    // Ten parameters a row; PostgreSQL takes at most 65 535 in one statement.
    for (let start = 0; start < entries.length; start += MAX_ROWS) await this.insertRows(planId, entries.slice(start, start + MAX_ROWS));
  }

  private async insertRows(planId: string | null, entries: AuditEntry[]): Promise<void> {
    const values: unknown[] = [];
    const rows = entries.map((entry) => {
      const first = values.length;
      values.push(planId, entry.at, entry.user?.id ?? null, entry.user?.name ?? null, entry.entity, entry.entityId, entry.field, entry.from, entry.to, entry.meetingId ?? null);
      return `(${Array.from({ length: 10 }, (_, i) => `$${first + i + 1}`).join(', ')})`;
    });
    try {
      await this.pool.query(
        `INSERT INTO hyte_audit (plan_id, at, user_id, user_name, entity, entity_id, field, from_value, to_value, meeting_id)
         VALUES ${rows.join(', ')}`,
        values,
      );
    } catch (error) {
      // As the file log: a failed audit write is reported, never turned into a failed edit.
      log.error({ err: error, entries: entries.length, planId: planId ?? null, alarm: true }, 'could not record audit entries');
    }
  }

  async list(planId: string | null, filter: AuditFilter): Promise<AuditEntry[]> {
    // What this process recorded for the plan is in the table before it is read.
    await this.inserts.settled(planId ?? '');
    const conditions = ['plan_id IS NOT DISTINCT FROM $1'];
    const values: unknown[] = [planId];
    const add = (sql: string, value: unknown) => {
      values.push(value);
      conditions.push(sql.replace('?', `$${values.length}`));
    };
    if (filter.entity) add('entity = ?', filter.entity);
    if (filter.entityId) add('entity_id = ?', filter.entityId);
    if (filter.userId) add('user_id = ?', filter.userId);
    if (filter.field) add('field = ?', filter.field);
    if (filter.meetingId) add('meeting_id = ?', filter.meetingId);
    if (filter.since) add('at >= ?', filter.since);
    if (filter.until) add('at <= ?', filter.until);
    values.push(filter.limit);
    const { rows } = await this.pool.query<AuditRow>(
      `SELECT at, user_id, user_name, entity, entity_id, field, from_value, to_value, meeting_id FROM hyte_audit
       WHERE ${conditions.join(' AND ')} ORDER BY id DESC LIMIT $${values.length}`,
      values,
    );
    return rows.map((r) => ({
      at: iso(r.at),
      user: r.user_id === null ? null : { id: r.user_id, name: r.user_name ?? '' },
      entity: r.entity,
      entityId: r.entity_id,
      field: r.field,
      from: r.from_value,
      to: r.to_value,
      ...(r.meeting_id === null ? {} : { meetingId: r.meeting_id }),
    }));
  }
}
