import type pg from 'pg';
import type { PlanData } from '../../../shared/plan';
import type { RestoredVersion, ServerLabelKind } from '../../../shared/versionLabel';
import type { Snapshot, SnapshotKind, SnapshotStore, SnapshotSummary } from '../snapshotStore';
import { iso } from './database';

interface SummaryRow {
  id: string;
  plan_id: string;
  kind: SnapshotKind;
  label: string;
  label_kind: ServerLabelKind | null;
  label_data: RestoredVersion | null;
  created_at: Date;
  created_by: { id: string; name: string } | null;
  content_hash: string;
}
interface SnapshotRow extends SummaryRow {
  data: PlanData;
  state: Buffer;
}

const SUMMARY_COLUMNS = 'id, plan_id, kind, label, label_kind, label_data, created_at, created_by, content_hash';

const toSummary = (r: SummaryRow): SnapshotSummary => ({
  id: r.id,
  planId: r.plan_id,
  kind: r.kind,
  label: r.label,
  ...(r.label_kind === null ? {} : { labelKind: r.label_kind }),
  ...(r.label_data === null ? {} : { labelData: r.label_data }),
  createdAt: iso(r.created_at),
  createdBy: r.created_by,
  contentHash: r.content_hash,
});

/** Versions on PostgreSQL: the Yjs state as `bytea`, the structured data as `json` (kept as written). */
export class PgSnapshotStore implements SnapshotStore {
  constructor(private readonly pool: pg.Pool) {}

  async list(planId: string): Promise<SnapshotSummary[]> {
    const { rows } = await this.pool.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM hyte_snapshots WHERE plan_id = $1 ORDER BY created_at DESC, ord`,
      [planId],
    );
    return rows.map(toSummary);
  }

  async get(planId: string, id: string): Promise<Snapshot | undefined> {
    const { rows } = await this.pool.query<SnapshotRow>('SELECT * FROM hyte_snapshots WHERE plan_id = $1 AND id = $2', [planId, id]);
    const row = rows[0];
    return row && { ...toSummary(row), data: row.data, state: row.state.toString('base64') };
  }

  async latest(planId: string): Promise<SnapshotSummary | undefined> {
    const { rows } = await this.pool.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM hyte_snapshots WHERE plan_id = $1 ORDER BY created_at DESC, ord LIMIT 1`,
      [planId],
    );
    return rows[0] && toSummary(rows[0]);
  }

  async add(snapshot: Snapshot): Promise<void> {
    await this.pool.query(
      `INSERT INTO hyte_snapshots (id, plan_id, kind, label, label_kind, label_data, created_at, created_by, content_hash, data, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        snapshot.id,
        snapshot.planId,
        snapshot.kind,
        snapshot.label,
        snapshot.labelKind ?? null,
        snapshot.labelData === undefined ? null : JSON.stringify(snapshot.labelData),
        snapshot.createdAt,
        snapshot.createdBy === null ? null : JSON.stringify(snapshot.createdBy),
        snapshot.contentHash,
        JSON.stringify(snapshot.data),
        Buffer.from(snapshot.state, 'base64'),
      ],
    );
  }

  async removeAuto(planId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.pool.query("DELETE FROM hyte_snapshots WHERE plan_id = $1 AND kind = 'auto' AND id = ANY($2::text[])", [planId, ids]);
  }
}
