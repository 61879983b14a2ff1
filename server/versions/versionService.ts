import { createHash, randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { PersonRef } from '../../shared/people';
import { readBodyJSON, readPlanData, restorePlanContent, upgradePlanData, type PlanData } from '../../shared/plan';
import { readVersionName, wordingIn, wordVersionLabel, type ServerLabelKind, type VersionName } from '../../shared/versionLabel';
import type { DocumentGateway } from '../collab/documentGateway';
import type { PlanRecord } from '../storage/appStore';
import type { Snapshot, SnapshotKind, SnapshotStore, SnapshotSummary } from '../storage/snapshotStore';
import { snapshotsToThin } from './retention';

const hashOf = (data: PlanData) => createHash('sha256').update(JSON.stringify(data)).digest('hex');

/** A name the server gives a snapshot it takes itself; its Finnish words are made from it. */
type ServerName = Omit<VersionName, 'label'> & { labelKind: ServerLabelKind };

/** A stored version with its name's kind, also one stored before names had kinds (see `readVersionName`). */
const withVersionName = <T extends SnapshotSummary>(version: T): T => ({ ...version, ...readVersionName(version) });

/** Automatic snapshots, named versions and restoring them. */
export class VersionService {
  constructor(
    private readonly snapshots: SnapshotStore,
    private readonly documents: DocumentGateway,
  ) {}

  async list(planId: string): Promise<SnapshotSummary[]> {
    return (await this.snapshots.list(planId)).map(withVersionName);
  }

  /** A version with its data in the current schema: one stored before the vocabularies reads as its migration would. */
  async get(planId: string, versionId: string): Promise<Snapshot | undefined> {
    const version = await this.snapshots.get(planId, versionId);
    return version && withVersionName({ ...version, data: upgradePlanData(version.data) });
  }

  /** A named version: kept forever, even when its content equals an earlier snapshot. */
  async createNamed(plan: PlanRecord, label: string, author: PersonRef): Promise<SnapshotSummary> {
    return this.take(plan, 'named', { label }, author);
  }

  /** An automatic snapshot, unless the plan is unchanged since the latest one. */
  async snapshotIfChanged(plan: PlanRecord, name: ServerName = { labelKind: 'auto' }): Promise<SnapshotSummary | null> {
    const label = wordVersionLabel({ label: '', ...name }, wordingIn('fi'));
    const snapshot = await this.take(plan, 'auto', { ...name, label }, null, (await this.snapshots.latest(plan.id))?.contentHash);
    if (snapshot) await this.snapshots.removeAuto(plan.id, snapshotsToThin(await this.snapshots.list(plan.id), new Date()));
    return snapshot;
  }

  private async take(plan: PlanRecord, kind: 'named', name: VersionName, author: PersonRef): Promise<SnapshotSummary>;
  private async take(plan: PlanRecord, kind: SnapshotKind, name: VersionName, author: PersonRef | null, skipIfHash?: string): Promise<SnapshotSummary | null>;
  private async take(
    plan: PlanRecord,
    kind: SnapshotKind,
    name: VersionName,
    author: PersonRef | null,
    skipIfHash?: string,
  ): Promise<SnapshotSummary | null> {
    const { data, state } = await this.documents.read(plan.id, (doc) => ({
      data: { ...readPlanData(doc, plan.id), body: readBodyJSON(doc) },
      state: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
    }));
    const contentHash = hashOf(data);
    if (contentHash === skipIfHash) return null;
    const snapshot: Snapshot = {
      id: randomUUID(),
      planId: plan.id,
      kind,
      ...name,
      createdAt: new Date().toISOString(),
      createdBy: author,
      contentHash,
      data,
      state,
    };
    await this.snapshots.add(snapshot);
    const { data: _data, state: _state, ...summary } = snapshot;
    return summary;
  }

  /**
   * Brings a version's content back as a new change on top of the history.
   * The current content is snapshotted first, so the restore itself can be undone from the version list.
   */
  async restore(plan: PlanRecord, version: Snapshot, author: PersonRef): Promise<void> {
    const restored = { id: version.id, createdAt: version.createdAt, ...readVersionName(version) };
    await this.snapshotIfChanged(plan, { labelKind: 'before-restore', labelData: restored });
    const versionDoc = new Y.Doc();
    Y.applyUpdate(versionDoc, Buffer.from(version.state, 'base64'));
    try {
      await this.documents.change(plan.id, (doc) => restorePlanContent(doc, versionDoc), author);
    } finally {
      versionDoc.destroy();
    }
  }
}
