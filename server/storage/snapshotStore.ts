import type { PlanData } from '../../shared/plan';

export type SnapshotKind = 'auto' | 'named';

/** A frozen copy of a plan: its structured data for reports and the Yjs state to restore it. */
export interface Snapshot {
  id: string;
  planId: string;
  kind: SnapshotKind;
  label: string;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  /** SHA-256 of `data`: identical content is not stored twice. */
  contentHash: string;
  /** The `/data` shape with `body` (the plan text as Tiptap JSON). */
  data: PlanData;
  /** Base64 of `Y.encodeStateAsUpdate` of the plan document. */
  state: string;
}

export type SnapshotSummary = Omit<Snapshot, 'data' | 'state'>;

export interface SnapshotStore {
  list(planId: string): Promise<SnapshotSummary[]>;
  get(planId: string, id: string): Promise<Snapshot | undefined>;
  latest(planId: string): Promise<SnapshotSummary | undefined>;
  add(snapshot: Snapshot): Promise<void>;
  /** Removes automatic snapshots by id; named versions are never removed. */
  removeAuto(planId: string, ids: string[]): Promise<void>;
}
