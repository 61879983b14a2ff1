import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../server/storage/meetingRepository';
import { openEmbeddedStorage, openPostgresStorage, type Storage } from '../../server/storage/openStorage';
import { PostgresServer, skipScaleout } from '../scaleout/services';

/** The meeting index behaves the same on both backends, across a reopen, and approves only once. */

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 8, minutes)).toISOString();
const meeting = (id: string, planId = 'p1'): MeetingRecord => ({
  id,
  groupId: 'g1',
  planId,
  title: `Kokous ${id}`,
  startsAt: at(60),
  state: 'planned',
  createdBy: 'u1',
  createdAt: at(0),
  openedAt: null,
  closedAt: null,
  approvedAt: null,
  approvedBy: null,
});

function meetingContract(name: string, fresh: () => Promise<{ open(): Promise<Storage>; dispose(): Promise<void> }>) {
  it(`keeps meetings, their state and one approval: ${name}`, async () => {
    const location = await fresh();
    let storage = await location.open();
    try {
      const { meetings } = storage.app;
      await meetings.create(meeting('m1'));
      await meetings.create(meeting('m2'));
      await meetings.create({ ...meeting('m3', 'p2'), groupId: 'g2' });
      await meetings.update('m2', { state: 'open', openedAt: at(61) });
      expect((await meetings.ofGroup('g1')).map((m) => m.id)).toEqual(['m1', 'm2']);
      expect((await meetings.openOfPlan('p1')).map((m) => m.id)).toEqual(['m2']);
      expect(await meetings.findById('m2')).toEqual({ ...meeting('m2'), state: 'open', openedAt: at(61) });
      expect(await meetings.approvedState('m2')).toBeUndefined();

      const state = new Uint8Array([0, 1, 2, 250]);
      const who = { id: 'u1', name: 'Puheenjohtaja' };
      expect(await meetings.approve('m2', { approvedAt: at(120), approvedBy: who, state })).toBe(true);
      expect(await meetings.approve('m2', { approvedAt: at(121), approvedBy: { id: 'u2', name: 'x' }, state: new Uint8Array([9]) })).toBe(false);

      await storage.close();
      storage = await location.open();
      const reopened = storage.app.meetings;
      expect(await reopened.findById('m2')).toMatchObject({ state: 'approved', approvedAt: at(120), approvedBy: who });
      expect(await reopened.approvedState('m2')).toEqual(state);
      expect(await reopened.openOfPlan('p1')).toEqual([]);
      expect(await reopened.findById('nope')).toBeUndefined();
    } finally {
      await storage.close();
      await location.dispose();
    }
  });
}

describe('meeting index', () => {
  meetingContract('embedded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hyte-meetings-'));
    return { open: () => openEmbeddedStorage(dir), dispose: () => rm(dir, { recursive: true, force: true }) };
  });

  describe.skipIf(skipScaleout)('on PostgreSQL', () => {
    let server: PostgresServer | undefined;
    beforeAll(async () => {
      server = await PostgresServer.start();
    });
    afterAll(async () => {
      await server?.stop();
    });
    meetingContract('PostgreSQL', async () => {
      if (!server) throw new Error('PostgreSQL did not start');
      const url = await server.createDatabase('meetings');
      return { open: () => openPostgresStorage(url, { poolSize: 2 }), dispose: async () => undefined };
    });
  });
});
