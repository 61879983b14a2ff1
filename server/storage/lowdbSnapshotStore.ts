import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Snapshot, SnapshotStore, SnapshotSummary } from './snapshotStore';

const summary = ({ data: _data, state: _state, ...rest }: Snapshot): SnapshotSummary => rest;

/** One lowdb file per plan under `DATA_DIR/snapshots`, so that each write stays small. */
export class LowdbSnapshotStore implements SnapshotStore {
  private readonly files = new Map<string, Promise<Low<{ snapshots: Snapshot[] }>>>();

  constructor(private readonly dataDir: string) {}

  private open(planId: string): Promise<Low<{ snapshots: Snapshot[] }>> {
    let file = this.files.get(planId);
    if (!file) {
      file = (async () => {
        const folder = join(this.dataDir, 'snapshots');
        await mkdir(folder, { recursive: true });
        const db = new Low(new JSONFile<{ snapshots: Snapshot[] }>(join(folder, `${planId}.json`)), { snapshots: [] });
        await db.read();
        return db;
      })();
      this.files.set(planId, file);
      file.catch(() => this.files.delete(planId));
    }
    return file;
  }

  async list(planId: string): Promise<SnapshotSummary[]> {
    const db = await this.open(planId);
    return db.data.snapshots.map(summary).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async get(planId: string, id: string): Promise<Snapshot | undefined> {
    return (await this.open(planId)).data.snapshots.find((s) => s.id === id);
  }

  async latest(planId: string): Promise<SnapshotSummary | undefined> {
    return (await this.list(planId))[0];
  }

  async add(snapshot: Snapshot): Promise<void> {
    const db = await this.open(snapshot.planId);
    db.data.snapshots.push(snapshot);
    await db.write();
  }

  async removeAuto(planId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const db = await this.open(planId);
    const remove = new Set(ids);
    db.data.snapshots = db.data.snapshots.filter((s) => s.kind === 'named' || !remove.has(s.id));
    await db.write();
  }
}
