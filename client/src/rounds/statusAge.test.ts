import { describe, expect, it } from 'vitest';
import type { CurrentRound } from './planFreshness';
import { statusAge } from './statusAge';

const now = new Date('2026-04-10T12:00:00Z');
const round: CurrentRound = { id: 'r1', title: 'Kevään 2026 tilannekysely', openedAt: '2026-03-01T08:00:00.000Z', measureIds: new Set(['m1']) };

describe('statusAge', () => {
  it('flags a status older than a year, whatever the round', () => {
    expect(statusAge('m2', '2025-04-09T11:00:00.000Z', null, now)).toEqual({ kind: 'overYear', at: '2025-04-09T11:00:00.000Z' });
    expect(statusAge('m1', '2025-04-09T11:00:00.000Z', round, now).kind).toBe('overYear');
    expect(statusAge('m2', '2025-04-11T11:00:00.000Z', null, now).kind).toBe('fresh');
  });

  it('flags a measure the current round asked about that has not been updated since it opened', () => {
    expect(statusAge('m1', '2026-02-28T10:00:00.000Z', round, now)).toEqual({ kind: 'beforeRound', at: '2026-02-28T10:00:00.000Z' });
    expect(statusAge('m1', undefined, round, now)).toEqual({ kind: 'beforeRound', at: null });
    expect(statusAge('m1', '2026-03-02T10:00:00.000Z', round, now).kind).toBe('fresh');
    // Not asked in the round: only the year counts.
    expect(statusAge('m2', '2026-02-28T10:00:00.000Z', round, now).kind).toBe('fresh');
  });

  it('says nothing is known when no update is recorded and nothing asks for one', () => {
    expect(statusAge('m2', undefined, round, now)).toEqual({ kind: 'unknown' });
  });
});
