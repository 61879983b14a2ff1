import { describe, expect, it } from 'vitest';
import { snapshotsToThin } from './retention';
import type { SnapshotSummary } from '../storage/snapshotStore';

const now = new Date('2026-11-22T12:00:00Z');
const at = (iso: string, kind: 'auto' | 'named' = 'auto', id = iso): SnapshotSummary => ({
  id,
  planId: 'p',
  kind,
  label: '',
  createdAt: new Date(iso).toISOString(),
  createdBy: null,
  contentHash: id,
});

describe('snapshot retention', () => {
  it('keeps everything from the last day', () => {
    const recent = ['2026-11-22T11:00:00Z', '2026-11-22T08:00:00Z', '2026-11-21T13:00:00Z'].map((t) => at(t));
    expect(snapshotsToThin(recent, now)).toEqual([]);
  });

  it('keeps the newest of each older day, then of each month, and every named version', () => {
    const snapshots = [
      at('2026-11-20T15:00:00Z', 'auto', 'day-newest'),
      at('2026-11-20T09:00:00Z', 'auto', 'day-older'),
      at('2026-11-20T08:00:00Z', 'named', 'named-same-day'),
      at('2026-11-19T21:30:00Z', 'auto', 'helsinki-next-day'), // 23.30 in Helsinki: still the 19th
      at('2026-05-20T10:00:00Z', 'auto', 'may-newest'),
      at('2026-05-03T10:00:00Z', 'auto', 'may-older'),
      at('2025-01-01T10:00:00Z', 'named', 'old-named'),
    ];
    expect(snapshotsToThin(snapshots, now).sort()).toEqual(['day-older', 'may-older']);
  });
});
