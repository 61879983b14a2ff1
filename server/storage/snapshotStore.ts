import type { PlanData } from '../../shared/plan';
import type { VersionKind, VersionSummary } from '../../shared/api/versions';

export type SnapshotKind = VersionKind;

/**
 * A frozen copy of a plan: its structured data for reports and the Yjs state
 * to restore it. Storage keeps snapshots; the API lists each one, automatic
 * or named, as a version (`VersionSummary`: everything but `data` and `state`).
 */
export interface Snapshot extends VersionSummary {
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
