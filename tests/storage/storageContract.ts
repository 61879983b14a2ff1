import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AuditEntry } from '../../server/storage/auditLog';
import type { Snapshot } from '../../server/storage/snapshotStore';
import type { Group, Membership, PlanRecord, Session, User } from '../../server/storage/appStore';
import type { Storage } from '../../server/storage/openStorage';
import { applyStoredUpdates, NotAJournalRecordError } from '../../server/storage/quarantine';
import { rebuild, recordingEditor } from '../support/journalDocs';

/**
 * One suite of behaviour every storage backend must have, run against the
 * embedded stores and PostgreSQL (`storage.contract.test.ts`): what the rest
 * of the server relies on, whichever backend serves it.
 */

export interface StorageLocation {
  /** A storage on this location's data; the embedded backend allows one open at a time. */
  open(): Promise<Storage>;
  dispose(): Promise<void>;
}

export interface StorageBackend {
  name: string;
  /** Several processes may open the same location at once (PostgreSQL). */
  shared: boolean;
  fresh(): Promise<StorageLocation>;
}

const NAME = 'plan:contract';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 15, 8, minutes)).toISOString();

function user(id: string, email = `${id}@example.fi`): User {
  return { id, email, name: `Käyttäjä ${id}`, passwordHash: `hash-${id}`, isAdmin: false, color: '#0b6e4f', createdAt: at(0) };
}

function membership(groupId: string, userId: string, role: Membership['role'] = 'member'): Membership {
  return { groupId, userId, role, title: 'hyvinvointikoordinaattori', unit: 'strategia', deputy: false, expert: true };
}

function snapshot(id: string, kind: Snapshot['kind'], minutes: number, planId = 'p1'): Snapshot {
  return {
    id,
    planId,
    kind,
    label: `Versio ${id}`,
    createdAt: at(minutes),
    createdBy: kind === 'named' ? { id: 'u1', name: 'Puheenjohtaja' } : null,
    contentHash: `hash-${id}`,
    data: { id: planId, title: 'Suunnitelma', focusAreas: [{ id: 'f1', title: 'Osallisuus', goals: [] }] },
    state: Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())).toString('base64'),
  };
}

function entry(minutes: number, change: Partial<AuditEntry> = {}): AuditEntry {
  return {
    at: at(minutes),
    user: { id: 'u1', name: 'Sihteeri' },
    entity: 'measure',
    entityId: 'm1',
    field: 'status',
    from: 'unassessed',
    to: 'started',
    ...change,
  };
}

export function storageContract(backend: StorageBackend): void {
  describe(`storage contract: ${backend.name}`, () => {
    let location: StorageLocation;
    let storage: Storage;
    const opened: Storage[] = [];
    const open = async () => {
      const s = await location.open();
      opened.push(s);
      return s;
    };
    /** Closes the current storage and opens the same data again (a restart). */
    const restart = async () => {
      await storage.close();
      opened.splice(opened.indexOf(storage), 1);
      storage = await open();
      return storage;
    };

    beforeEach(async () => {
      location = await backend.fresh();
      storage = await open();
    });

    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close().catch(() => undefined);
      await location.dispose();
    });

    describe('documents', () => {
      it('creates, finds and reads a document; refuses to create it twice; unknown ones are null', async () => {
        const { documents } = storage;
        const doc = new Y.Doc();
        doc.getText('t').insert(0, 'alku');
        await documents.create(NAME, Y.encodeStateAsUpdate(doc));
        expect(await documents.exists(NAME)).toBe(true);
        expect(await documents.exists('plan:other')).toBe(false);
        expect(rebuild((await documents.read(NAME))!).getText('t').toString()).toBe('alku');
        await expect(documents.create(NAME, Y.encodeStateAsUpdate(doc))).rejects.toThrow();
        expect(await documents.read('plan:other')).toBeNull();
        expect(await documents.open('plan:other')).toBeNull();
        expect(await documents.verifyAll()).toBe(1);
      });

      it('replays durable appends in order after a restart', async () => {
        await storage.documents.create(NAME, Y.encodeStateAsUpdate(new Y.Doc()));
        const { text, updates } = recordingEditor();
        const opened = (await storage.documents.open(NAME))!;
        for (let i = 0; i < 50; i++) text.insert(text.length, `${i},`);
        const tickets = updates.map((u) => opened.journal.append(u));
        // Tickets order this journal's appends.
        expect(tickets.map((t) => t.seq)).toEqual([...tickets.map((t) => t.seq)].sort((a, b) => a - b));
        expect(new Set(tickets.map((t) => t.seq)).size).toBe(50);
        await Promise.all(tickets.map((t) => t.durable));
        // Durable means readable by anyone, before the journal closes.
        expect(rebuild((await storage.documents.read(NAME))!).getText('t').toString()).toBe(text.toString());
        await opened.journal.close();

        const reopened = (await (await restart()).documents.open(NAME))!;
        expect(rebuild(reopened.updates).getText('t').toString()).toBe(text.toString());
        await reopened.journal.close();
      });

      it('compacts into the state and drops covered updates, keeping later ones', async () => {
        await storage.documents.create(NAME, Y.encodeStateAsUpdate(new Y.Doc()));
        const { doc, text, updates } = recordingEditor();
        const opened = (await storage.documents.open(NAME))!;
        text.insert(0, 'ennen ');
        text.insert(6, 'tiivistystä ');
        await Promise.all(updates.splice(0).map((u) => opened.journal.append(u).durable));
        const missing = await opened.journal.compact(Y.encodeStateAsUpdate(doc), opened.journal.lastSeq);
        expect(missing).toEqual([]);
        expect(opened.journal.compactedUpTo).toBe(opened.journal.lastSeq);
        text.insert(text.length, 'jälkeen');
        await Promise.all(updates.splice(0).map((u) => opened.journal.append(u).durable));
        await opened.journal.close();

        const reopened = (await (await restart()).documents.open(NAME))!;
        expect(rebuild(reopened.updates).getText('t').toString()).toBe('ennen tiivistystä jälkeen');
        // The state covers the first two updates: only the later one is replayed on top of it.
        expect(reopened.updates).toHaveLength(2);
        await reopened.journal.close();
      });

      it('keeps an update that compaction could not cover (journaled, not yet applied)', async () => {
        await storage.documents.create(NAME, Y.encodeStateAsUpdate(new Y.Doc()));
        const { doc, text, updates } = recordingEditor();
        const opened = (await storage.documents.open(NAME))!;
        text.insert(0, 'sovellettu');
        const applied = opened.journal.append(updates[0]!);
        const stateBefore = Y.encodeStateAsUpdate(doc);
        text.insert(0, 'lennossa ');
        const inFlight = opened.journal.append(updates[1]!);
        await Promise.all([applied.durable, inFlight.durable]);
        // Memory holds only the first update: compact up to it, as the persistence extension does.
        expect(await opened.journal.compact(stateBefore, applied.seq)).toEqual([]);
        await opened.journal.close();
        expect(rebuild((await storage.documents.read(NAME))!).getText('t').toString()).toBe('lennossa sovellettu');
      });

      it('continues after a compaction across a restart', async () => {
        await storage.documents.create(NAME, Y.encodeStateAsUpdate(new Y.Doc()));
        const { doc, text, updates } = recordingEditor();
        let opened = (await storage.documents.open(NAME))!;
        text.insert(0, 'a');
        await opened.journal.append(updates[0]!).durable;
        await opened.journal.compact(Y.encodeStateAsUpdate(doc), opened.journal.lastSeq);
        await opened.journal.close();
        opened = (await (await restart()).documents.open(NAME))!;
        expect(opened.journal.lastSeq).toBe(opened.journal.compactedUpTo);
        text.insert(1, 'b');
        const next = opened.journal.append(updates[1]!);
        expect(next.seq).toBeGreaterThan(opened.journal.compactedUpTo);
        await next.durable;
        await opened.journal.close();
        expect(rebuild((await storage.documents.read(NAME))!).getText('t').toString()).toBe('ab');
      });
    });

    describe('document quarantine', () => {
      /** Bytes no Yjs decoder accepts: what an older version could journal from a hostile client. */
      const garbage = new TextEncoder().encode('ei Yjs-päivitys');

      it('moves a record that cannot be applied out of the journal into quarantine, and the rest loads', async () => {
        await storage.documents.create(NAME, Y.encodeStateAsUpdate(new Y.Doc()));
        const { text, updates } = recordingEditor();
        text.insert(0, 'ennen');
        text.insert(5, ' ja jälkeen');
        const opened = (await storage.documents.open(NAME))!;
        for (const update of [updates[0]!, garbage, updates[1]!]) await opened.journal.append(update).durable;
        await opened.journal.close();
        expect(await storage.documents.quarantined()).toEqual([]);

        // Read without opening it for writing (as `/data` reads a plan nobody has open).
        const loaded = new Y.Doc();
        const stored = (await (await restart()).documents.read(NAME))!;
        expect(await applyStoredUpdates(storage.documents, NAME, loaded, stored)).toBe(1);
        expect(loaded.getText('t').toString()).toBe('ennen ja jälkeen');
        expect(await storage.documents.quarantined()).toEqual([NAME]);
        // Moved, not copied: nothing is left to set aside, and a plain replay no longer throws.
        expect(await storage.documents.quarantine(NAME, garbage, 'again')).toBe(false);
        expect(rebuild((await (await restart()).documents.read(NAME))!).getText('t').toString()).toBe('ennen ja jälkeen');
        expect(await storage.documents.quarantined()).toEqual([NAME]);
      });

      it('refuses to set the compacted state aside, and compaction tolerates garbage in the journal', async () => {
        const { doc, text, updates } = recordingEditor();
        text.insert(0, 'tila');
        await storage.documents.create(NAME, Y.encodeStateAsUpdate(doc));
        const [state] = (await storage.documents.read(NAME))!;
        await expect(storage.documents.quarantine(NAME, state!, 'state')).rejects.toThrow(NotAJournalRecordError);

        const opened = (await storage.documents.open(NAME))!;
        await opened.journal.append(garbage).durable;
        text.insert(4, '!');
        await opened.journal.append(updates.at(-1)!).durable;
        expect(await opened.journal.compact(Y.encodeStateAsUpdate(doc), opened.journal.lastSeq)).toEqual([]);
        await opened.journal.close();
        const loaded = new Y.Doc();
        await applyStoredUpdates(storage.documents, NAME, loaded, (await storage.documents.read(NAME))!);
        expect(loaded.getText('t').toString()).toBe('tila!');
      });
    });

    describe('users, sessions and invites', () => {
      it('stores users with lower-case emails, finds them case-insensitively, updates and lists them in order', async () => {
        const { users } = storage.app;
        await users.create(user('u1', 'Anna.Aalto@Example.FI'));
        await users.create(user('u2'));
        expect(await users.count()).toBe(2);
        expect((await users.findByEmail('ANNA.AALTO@example.fi'))?.id).toBe('u1');
        expect(await users.findById('u1')).toEqual({ ...user('u1', 'anna.aalto@example.fi') });
        await users.update('u1', { name: 'Anna Aalto', email: 'Anna@Example.fi', isAdmin: true });
        expect(await users.findById('u1')).toMatchObject({ name: 'Anna Aalto', email: 'anna@example.fi', isAdmin: true, passwordHash: 'hash-u1' });
        await users.update('u1', { passwordHash: 'new-hash' });
        expect((await users.findById('u1'))?.passwordHash).toBe('new-hash');
        expect((await users.list()).map((u) => u.id)).toEqual(['u1', 'u2']);
        expect(await users.findById('nobody')).toBeUndefined();
        expect(await users.findByEmail('nobody@example.fi')).toBeUndefined();
      });

      it('keeps sessions by token hash, per user, and purges expired ones', async () => {
        const { users, sessions } = storage.app;
        await users.create(user('u1'));
        const session = (id: string, expiresAt: string): Session => ({ id, tokenHash: `token-${id}`, userId: 'u1', createdAt: at(0), expiresAt });
        await sessions.create(session('s1', at(30)));
        await sessions.create(session('s2', at(90)));
        expect(await sessions.findByTokenHash('token-s1')).toEqual(session('s1', at(30)));
        expect((await sessions.ofUser('u1')).map((s) => s.id)).toEqual(['s1', 's2']);
        expect(await sessions.deleteExpired(new Date(at(60)))).toBe(1);
        expect(await sessions.findByTokenHash('token-s1')).toBeUndefined();
        await sessions.delete('s2');
        expect(await sessions.ofUser('u1')).toEqual([]);
        expect(await sessions.deleteExpired(new Date(at(60)))).toBe(0);
      });

      it('keeps invites until used or replaced', async () => {
        const { users, invites } = storage.app;
        await users.create(user('u1'));
        await invites.create({ tokenHash: 'invite-1', userId: 'u1', createdAt: at(0), expiresAt: at(60) });
        expect(await invites.findByTokenHash('invite-1')).toEqual({ tokenHash: 'invite-1', userId: 'u1', createdAt: at(0), expiresAt: at(60) });
        await invites.deleteForUser('u1');
        expect(await invites.findByTokenHash('invite-1')).toBeUndefined();
      });

      it('removing a user removes their memberships, sessions, invites and read marks', async () => {
        const { users, sessions, invites, groups, memberships, readMarks } = storage.app;
        await users.create(user('u1'));
        await users.create(user('u2'));
        await groups.create({ id: 'g1', name: 'Hyry', createdAt: at(0) });
        await memberships.put(membership('g1', 'u1'));
        await memberships.put(membership('g1', 'u2'));
        await sessions.create({ id: 's1', tokenHash: 't1', userId: 'u1', createdAt: at(0), expiresAt: at(60) });
        await invites.create({ tokenHash: 'i1', userId: 'u1', createdAt: at(0), expiresAt: at(60) });
        await readMarks.put({ userId: 'u1', planId: 'p1', threadId: 't1', readAt: at(5) });
        await users.delete('u1');
        expect(await users.findById('u1')).toBeUndefined();
        expect(await memberships.ofUser('u1')).toEqual([]);
        expect((await memberships.ofGroup('g1')).map((m) => m.userId)).toEqual(['u2']);
        expect(await sessions.findByTokenHash('t1')).toBeUndefined();
        expect(await invites.findByTokenHash('i1')).toBeUndefined();
        expect(await readMarks.ofUserInPlan('u1', 'p1')).toEqual([]);
      });
    });

    describe('groups, memberships, plans and read marks', () => {
      it('creates, renames and deletes groups; deleting takes the memberships along', async () => {
        const { users, groups, memberships } = storage.app;
        await users.create(user('u1'));
        const g1: Group = { id: 'g1', name: 'Hyry', createdAt: at(0) };
        await groups.create(g1);
        await groups.create({ id: 'g2', name: 'Ohjausryhmä', createdAt: at(1) });
        await memberships.put(membership('g1', 'u1', 'chair'));
        await groups.rename('g1', 'Hyvinvointiryhmä');
        expect(await groups.findById('g1')).toEqual({ ...g1, name: 'Hyvinvointiryhmä' });
        expect((await groups.list()).map((g) => g.id)).toEqual(['g1', 'g2']);
        await groups.delete('g1');
        expect(await groups.findById('g1')).toBeUndefined();
        expect(await memberships.ofUser('u1')).toEqual([]);
      });

      it('puts a membership once per user and group, replacing it (moved last) on a new role', async () => {
        const { users, groups, memberships } = storage.app;
        for (const id of ['u1', 'u2', 'u3']) await users.create(user(id));
        await groups.create({ id: 'g1', name: 'Hyry', createdAt: at(0) });
        await groups.create({ id: 'g2', name: 'Ohry', createdAt: at(0) });
        await memberships.put(membership('g1', 'u1', 'chair'));
        await memberships.put(membership('g1', 'u2'));
        await memberships.put(membership('g1', 'u3', 'viewer'));
        await memberships.put(membership('g2', 'u1', 'viewer'));
        await memberships.put({ ...membership('g1', 'u1', 'secretary'), deputy: true });
        expect((await memberships.ofGroup('g1')).map((m) => [m.userId, m.role])).toEqual([
          ['u2', 'member'],
          ['u3', 'viewer'],
          ['u1', 'secretary'],
        ]);
        expect(await memberships.find('g1', 'u1')).toEqual({ ...membership('g1', 'u1', 'secretary'), deputy: true });
        expect((await memberships.ofUser('u1')).map((m) => m.groupId).sort()).toEqual(['g1', 'g2']);
        await memberships.delete('g1', 'u1');
        expect(await memberships.find('g1', 'u1')).toBeUndefined();
        expect(await memberships.find('g2', 'u1')).toBeDefined();
      });

      it('keeps the plan index: create, list in order, partial updates', async () => {
        const { plans } = storage.app;
        const plan = (id: string): PlanRecord => ({ id, title: `Suunnitelma ${id}`, groupId: null, createdBy: 'u1', createdAt: at(1), updatedAt: at(1) });
        await plans.create(plan('p1'));
        await plans.create({ ...plan('p2'), groupId: 'g1' });
        await plans.update('p1', { updatedAt: at(20) });
        await plans.update('p1', { title: 'Uusi nimi', groupId: 'g1' });
        expect(await plans.findById('p1')).toEqual({ ...plan('p1'), title: 'Uusi nimi', groupId: 'g1', updatedAt: at(20) });
        await plans.update('p1', { groupId: null });
        expect((await plans.findById('p1'))?.groupId).toBeNull();
        expect((await plans.list()).map((p) => p.id)).toEqual(['p1', 'p2']);
        expect(await plans.findById('p3')).toBeUndefined();
      });

      it('keeps one read mark per user, plan and thread', async () => {
        const { users, readMarks } = storage.app;
        await users.create(user('u1'));
        await readMarks.put({ userId: 'u1', planId: 'p1', threadId: 't1', readAt: at(1) });
        await readMarks.put({ userId: 'u1', planId: 'p1', threadId: 't2', readAt: at(2) });
        await readMarks.put({ userId: 'u1', planId: 'p2', threadId: 't3', readAt: at(2) });
        await readMarks.put({ userId: 'u1', planId: 'p1', threadId: 't1', readAt: at(9) });
        expect(await readMarks.ofUserInPlan('u1', 'p1')).toEqual([
          { userId: 'u1', planId: 'p1', threadId: 't2', readAt: at(2) },
          { userId: 'u1', planId: 'p1', threadId: 't1', readAt: at(9) },
        ]);
      });

      it("drops every user's read marks of threads that are gone, in that plan only", async () => {
        const { users, readMarks } = storage.app;
        await users.create(user('u1'));
        await users.create(user('u2'));
        for (const [userId, planId, threadId] of [['u1', 'p1', 't1'], ['u1', 'p1', 't2'], ['u2', 'p1', 't1'], ['u1', 'p2', 't1']]) {
          await readMarks.put({ userId: userId!, planId: planId!, threadId: threadId!, readAt: at(1) });
        }
        await readMarks.deleteOfThreads('p1', ['t1', 'never-marked']);
        expect((await readMarks.ofUserInPlan('u1', 'p1')).map((m) => m.threadId)).toEqual(['t2']);
        expect(await readMarks.ofUserInPlan('u2', 'p1')).toEqual([]);
        expect((await readMarks.ofUserInPlan('u1', 'p2')).map((m) => m.threadId)).toEqual(['t1']);
        await readMarks.deleteOfThreads('p1', []);
        expect((await readMarks.ofUserInPlan('u1', 'p1')).map((m) => m.threadId)).toEqual(['t2']);
      });
    });

    // Callers compare what they read before a change with what they asked for (the audit trail's from/to):
    // an object handed out or taken in must never be the stored one.
    describe('copies in and out of the app store', () => {
      const session: Session = { id: 's1', tokenHash: 't1', userId: 'u1', createdAt: at(0), expiresAt: at(60) };
      const plan: PlanRecord = { id: 'p1', title: 'Suunnitelma', groupId: 'g1', createdBy: 'u1', createdAt: at(1), updatedAt: at(1) };
      const group: Group = { id: 'g1', name: 'Hyry', createdAt: at(0) };
      const invite = { tokenHash: 'i1', userId: 'u1', createdAt: at(0), expiresAt: at(60) };
      const mark = { userId: 'u1', planId: 'p1', threadId: 't1', readAt: at(5) };

      /** Every repository's object, written from fresh copies of the constants above. */
      async function fill() {
        const app = storage.app;
        await app.users.create(user('u1'));
        await app.sessions.create({ ...session });
        await app.plans.create({ ...plan });
        await app.groups.create({ ...group });
        await app.memberships.put(membership('g1', 'u1'));
        await app.invites.create({ ...invite });
        await app.readMarks.put({ ...mark });
      }

      /** What each repository's reads answer now. */
      async function everyRead() {
        const app = storage.app;
        return [
          await app.users.findById('u1'),
          await app.users.findByEmail('u1@example.fi'),
          await app.users.list(),
          await app.sessions.findByTokenHash('t1'),
          await app.sessions.ofUser('u1'),
          await app.plans.findById('p1'),
          await app.plans.list(),
          await app.groups.findById('g1'),
          await app.groups.list(),
          await app.memberships.find('g1', 'u1'),
          await app.memberships.ofGroup('g1'),
          await app.memberships.ofUser('u1'),
          await app.invites.findByTokenHash('i1'),
          await app.readMarks.ofUserInPlan('u1', 'p1'),
        ];
      }

      const expected = () => [
        user('u1'),
        user('u1'),
        [user('u1')],
        session,
        [session],
        plan,
        [plan],
        group,
        [group],
        membership('g1', 'u1'),
        [membership('g1', 'u1')],
        [membership('g1', 'u1')],
        invite,
        [mark],
      ];

      /** Overwrites every string and boolean field of what it is given, lists included. */
      function scribble(value: unknown): void {
        if (Array.isArray(value)) {
          value.forEach(scribble);
          value.push({ id: 'intruder' });
          return;
        }
        if (!value || typeof value !== 'object') return;
        const record = value as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          if (typeof record[key] === 'string') record[key] = `${String(record[key])}-changed`;
          else if (typeof record[key] === 'boolean') record[key] = !record[key];
        }
      }

      it('hands out copies: changing what a read returned changes nothing stored', async () => {
        await fill();
        const reads = await everyRead();
        expect(reads).toEqual(expected());
        reads.forEach(scribble);
        expect(await everyRead()).toEqual(expected());
        // Read, then changed through the store: the earlier read still shows what was there before.
        const before = await storage.app.users.findById('u1');
        const planBefore = await storage.app.plans.findById('p1');
        const groupBefore = await storage.app.groups.findById('g1');
        await storage.app.users.update('u1', { name: 'Uusi nimi', isAdmin: true });
        await storage.app.plans.update('p1', { title: 'Uusi otsikko' });
        await storage.app.groups.rename('g1', 'Uusi ryhmä');
        expect(before).toMatchObject({ name: user('u1').name, isAdmin: false });
        expect(planBefore?.title).toBe(plan.title);
        expect(groupBefore?.name).toBe(group.name);
      });

      it('takes copies: changing an object after writing it changes nothing stored', async () => {
        const app = storage.app;
        const written = {
          user: user('u1'),
          session: { ...session },
          plan: { ...plan },
          group: { ...group },
          membership: membership('g1', 'u1'),
          invite: { ...invite },
          mark: { ...mark },
        };
        await app.users.create(written.user);
        await app.sessions.create(written.session);
        await app.plans.create(written.plan);
        await app.groups.create(written.group);
        await app.memberships.put(written.membership);
        await app.invites.create(written.invite);
        await app.readMarks.put(written.mark);
        Object.values(written).forEach(scribble);
        expect(await everyRead()).toEqual(expected());

        const userChange = { name: 'Uusi nimi' };
        const planChange = { title: 'Uusi otsikko' };
        await app.users.update('u1', userChange);
        await app.plans.update('p1', planChange);
        scribble(userChange);
        scribble(planChange);
        expect((await app.users.findById('u1'))?.name).toBe('Uusi nimi');
        expect((await app.plans.findById('p1'))?.title).toBe('Uusi otsikko');
      });
    });

    describe('snapshots', () => {
      it('stores versions whole, lists them newest first and removes only automatic ones', async () => {
        const { snapshots } = storage;
        await snapshots.add(snapshot('a1', 'auto', 1));
        await snapshots.add(snapshot('n1', 'named', 2));
        await snapshots.add(snapshot('a2', 'auto', 3));
        await snapshots.add(snapshot('other', 'auto', 4, 'p2'));
        const { data: _data, state: _state, ...summary } = snapshot('a2', 'auto', 3);
        expect((await snapshots.list('p1')).map((s) => s.id)).toEqual(['a2', 'n1', 'a1']);
        expect(await snapshots.latest('p1')).toEqual(summary);
        expect(await snapshots.get('p1', 'n1')).toEqual(snapshot('n1', 'named', 2));
        expect(await snapshots.get('p2', 'n1')).toBeUndefined();
        await snapshots.removeAuto('p1', ['a1', 'n1']);
        expect((await snapshots.list('p1')).map((s) => s.id)).toEqual(['a2', 'n1']);
        await snapshots.removeAuto('p1', []);
        expect(await snapshots.latest('p3')).toBeUndefined();
        expect(await snapshots.list('p3')).toEqual([]);
      });

      it('keeps snapshots across a restart', async () => {
        await storage.snapshots.add(snapshot('n1', 'named', 2));
        expect(await (await restart()).snapshots.get('p1', 'n1')).toEqual(snapshot('n1', 'named', 2));
      });

      it('keeps the kind and data of a name the server gave, nested as a restore names what it restored', async () => {
        const restored = { id: 'n1', createdAt: at(2), label: 'Automaattinen tallennus', labelKind: 'auto' as const };
        const named: Snapshot = { ...snapshot('a1', 'auto', 3), label: 'Ennen palautusta: Automaattinen tallennus', labelKind: 'before-restore', labelData: restored };
        await storage.snapshots.add(named);
        const { data: _data, state: _state, ...summary } = named;
        expect(await storage.snapshots.list('p1')).toStrictEqual([summary]);
        expect(await (await restart()).snapshots.get('p1', 'a1')).toStrictEqual(named);
      });
    });

    describe('audit trail', () => {
      it('appends per plan and for the system, lists newest first with filters and a limit', async () => {
        const { audit } = storage;
        await audit.record('p1', entry(1));
        await audit.record('p1', entry(2, { entityId: 'm2', field: 'title', from: 'vanha', to: 'uusi' }));
        await audit.record('p1', entry(3, { user: null, entity: 'plan', entityId: 'p1', field: 'title' }));
        await audit.record('p2', entry(4));
        await audit.record(null, entry(5, { entity: 'session', entityId: 'u1', field: 'login', from: null, to: null }));
        const all = await audit.list('p1', { limit: 100 });
        expect(all).toEqual([
          entry(3, { user: null, entity: 'plan', entityId: 'p1', field: 'title' }),
          entry(2, { entityId: 'm2', field: 'title', from: 'vanha', to: 'uusi' }),
          entry(1),
        ]);
        expect((await audit.list('p1', { limit: 100, entity: 'measure' })).map((e) => e.entityId)).toEqual(['m2', 'm1']);
        expect((await audit.list('p1', { limit: 100, entityId: 'm2' })).map((e) => e.at)).toEqual([at(2)]);
        expect((await audit.list('p1', { limit: 100, userId: 'u1', field: 'status' })).map((e) => e.at)).toEqual([at(1)]);
        expect((await audit.list('p1', { limit: 100, since: at(2), until: at(2) })).map((e) => e.at)).toEqual([at(2)]);
        expect((await audit.list('p1', { limit: 2 })).map((e) => e.at)).toEqual([at(3), at(2)]);
        expect(await audit.list(null, { limit: 100 })).toEqual([entry(5, { entity: 'session', entityId: 'u1', field: 'login', from: null, to: null })]);
        expect(await audit.list('p9', { limit: 100 })).toEqual([]);
        // Append-only: the interface has nothing that changes or removes an entry.
        expect(Object.getOwnPropertyNames(Object.getPrototypeOf(audit)).filter((m) => m !== 'constructor').sort()).toEqual(
          expect.arrayContaining(['list', 'record']),
        );
        expect(Object.getOwnPropertyNames(Object.getPrototypeOf(audit)).filter((m) => /update|delete|remove|clear|truncate/i.test(m))).toEqual([]);
      });

      it('keeps the meeting a change was made in, and lists a meeting’s changes alone', async () => {
        const { audit } = storage;
        await audit.record('p1', entry(1, { meetingId: 'meeting-1' }));
        await audit.record('p1', entry(2));
        await audit.record('p1', entry(3, { entityId: 'm2', meetingId: 'meeting-2' }));
        expect(await audit.list('p1', { limit: 100, meetingId: 'meeting-1' })).toEqual([entry(1, { meetingId: 'meeting-1' })]);
        expect((await audit.list('p1', { limit: 100 })).map((e) => e.meetingId ?? null)).toEqual(['meeting-2', null, 'meeting-1']);
        // An entry of no meeting reads without the field, as before there were meetings.
        expect((await audit.list('p1', { limit: 100 }))[1]).not.toHaveProperty('meetingId');
      });

      it('keeps every entry, in order, when many are recorded at once and more while they are written', async () => {
        const { audit } = storage;
        const first = Array.from({ length: 50 }, (_, i) => audit.record('p1', entry(i + 1)));
        await first[0];
        // Recorded while (or just after) the first ones are written.
        const second = Array.from({ length: 50 }, (_, i) => audit.record('p1', entry(i + 51)));
        await Promise.all([...first, ...second]);
        const listed = await audit.list('p1', { limit: 1000 });
        expect(listed.map((e) => e.at)).toEqual(Array.from({ length: 100 }, (_, i) => at(100 - i)));
      });
    });

    describe('indicator cache', () => {
      const catalogue = [{ id: 5, title: { fi: 'Toimeentulotukea saaneet 25–64-vuotiaat', sv: 'Personer som fått utkomststöd', en: 'Social assistance' } }];

      it('keeps values whole with their fetch time, replaces by key, lists every key', async () => {
        const cache = storage.indicatorCache;
        expect(await cache.get('catalogue')).toBeUndefined();
        expect(await cache.fetchedAt('catalogue')).toBeUndefined();
        await cache.put({ key: 'catalogue', fetchedAt: at(1), value: catalogue });
        await cache.put({ key: 'data-5-421.1101.658', fetchedAt: at(2), value: [{ region: 421, year: 2023, gender: 'total', value: 6.1 }] });
        expect(await cache.get('catalogue')).toEqual({ key: 'catalogue', fetchedAt: at(1), value: catalogue });
        await cache.put({ key: 'catalogue', fetchedAt: at(3), value: [] });
        expect(await cache.get('catalogue')).toEqual({ key: 'catalogue', fetchedAt: at(3), value: [] });
        expect(await cache.fetchedAt('catalogue')).toBe(at(3));
        expect((await cache.list()).sort((a, b) => a.key.localeCompare(b.key))).toEqual([
          { key: 'catalogue', fetchedAt: at(3) },
          { key: 'data-5-421.1101.658', fetchedAt: at(2) },
        ]);
      });

      it('does not let a value fetched earlier replace a newer one', async () => {
        const cache = storage.indicatorCache;
        await cache.put({ key: 'regions', fetchedAt: at(5), value: ['newer'] });
        await cache.put({ key: 'regions', fetchedAt: at(4), value: ['older'] });
        expect((await cache.get('regions'))?.value).toEqual(['newer']);
      });

      it('keeps the cache across a restart, and writes of one key at once end with one of them whole', async () => {
        await Promise.all([1, 2, 3, 4].map((n) => storage.indicatorCache.put({ key: 'metadata-5', fetchedAt: at(10), value: { n, title: 'x'.repeat(50_000) } })));
        const after = await (await restart()).indicatorCache.get('metadata-5');
        expect([1, 2, 3, 4]).toContain((after?.value as { n: number }).n);
        expect((after?.value as { title: string }).title).toHaveLength(50_000);
        expect(await storage.indicatorCache.list()).toEqual([{ key: 'metadata-5', fetchedAt: at(10) }]);
      });

      it('refuses keys that are not file-name safe', async () => {
        await expect(storage.indicatorCache.put({ key: '../app', fetchedAt: at(1), value: 1 })).rejects.toThrow(/not an indicator cache key/);
        await expect(storage.indicatorCache.get('A/B')).rejects.toThrow(/not an indicator cache key/);
      });

      it.skipIf(!backend.shared)('shows what one process fetched to the others at once', async () => {
        const other = await open();
        await storage.indicatorCache.put({ key: 'catalogue', fetchedAt: at(1), value: catalogue });
        expect(await other.indicatorCache.fetchedAt('catalogue')).toBe(at(1));
        expect((await other.indicatorCache.get('catalogue'))?.value).toEqual(catalogue);
      });
    });

    describe('publications', () => {
      const publication = (n: number, slug = 'porvoo/suunnitelma', planId = 'plan-a') => ({
        id: `00000000-0000-4000-8000-00000000000${n}`,
        planId,
        versionId: `10000000-0000-4000-8000-00000000000${n}`,
        versionLabel: `Versio ${n}`,
        slug,
        municipality: n === 1 ? null : 'Porvoo',
        publishedAt: at(n),
        publishedBy: { id: 'u1', name: 'Sihteeri' },
        unpublishedAt: null,
        licence: 'CC-BY-4.0' as const,
      });

      it('lists a plan\'s and an address\'s publications newest first, takes one down once, and keeps them across a restart', async () => {
        await storage.publications.add(publication(1));
        await storage.publications.add(publication(2));
        await storage.publications.add(publication(3, 'kuopio/suunnitelma', 'plan-b'));
        expect((await storage.publications.ofPlan('plan-a')).map((p) => p.versionLabel)).toEqual(['Versio 2', 'Versio 1']);
        expect(await storage.publications.ofSlug('kuopio/suunnitelma')).toEqual([publication(3, 'kuopio/suunnitelma', 'plan-b')]);
        expect(await storage.publications.unpublish(publication(2).id, at(9))).toBe(true);
        expect(await storage.publications.unpublish(publication(2).id, at(10))).toBe(false);
        const after = await restart();
        expect(await after.publications.get(publication(2).id)).toEqual({ ...publication(2), unpublishedAt: at(9) });
        expect(await after.publications.get(publication(1).id)).toEqual(publication(1));
        expect(await after.publications.get('00000000-0000-4000-8000-000000000009')).toBeUndefined();
      });

      it('keeps one accessibility statement per plan, the latest written', async () => {
        const statement = {
          planId: 'plan-a',
          compliance: 'partial' as const,
          nonAccessibleContent: 'Kaaviot',
          disproportionateBurden: '',
          assessedBy: 'itsearviointi',
          assessedOn: '2026-05-01',
          feedbackName: 'Viestintä',
          feedbackEmail: 'palaute@porvoo.fi',
          updatedAt: at(1),
          updatedBy: { id: 'u1', name: 'Sihteeri' },
        };
        expect(await storage.publications.statement('plan-a')).toBeUndefined();
        await storage.publications.putStatement(statement);
        await storage.publications.putStatement({ ...statement, compliance: 'full', updatedAt: at(2) });
        expect(await (await restart()).publications.statement('plan-a')).toEqual({ ...statement, compliance: 'full', updatedAt: at(2) });
      });
    });

    describe('coordination', () => {
      it('runs exclusive work and passes its result on', async () => {
        expect(await storage.exclusive('contract', async () => 42)).toBe(42);
        expect(await storage.exclusive('contract', async () => 'x', { wait: false })).toBe('x');
      });
    });

    if (!backend.shared) return;

    describe('several processes on the same data', () => {
      it('numbers concurrent appends of two processes to one document without collisions', async () => {
        await storage.documents.create(NAME, Y.encodeStateAsUpdate(new Y.Doc()));
        const other = await open();
        const [a, b] = [(await storage.documents.open(NAME))!, (await other.documents.open(NAME))!];
        const writers = [recordingEditor(), recordingEditor()];
        for (let i = 0; i < 100; i++) {
          writers[0]!.doc.getArray<string>('a').push([`a${i}`]);
          writers[1]!.doc.getArray<string>('b').push([`b${i}`]);
        }
        await Promise.all([
          ...writers[0]!.updates.map((u) => a.journal.append(u).durable),
          ...writers[1]!.updates.map((u) => b.journal.append(u).durable),
        ]);
        await Promise.all([a.journal.close(), b.journal.close()]);
        const restored = rebuild((await storage.documents.read(NAME))!);
        expect(restored.getArray('a').length).toBe(100);
        expect(restored.getArray('b').length).toBe(100);
      });

      it("never drops another process's updates that this one's memory lacks, and hands settled ones back", async () => {
        await storage.documents.create(NAME, Y.encodeStateAsUpdate(new Y.Doc()));
        const other = await open();
        const [a, b] = [(await storage.documents.open(NAME))!, (await other.documents.open(NAME))!];
        const memoryA = recordingEditor();
        const memoryB = recordingEditor();
        memoryA.text.insert(0, 'A kirjoitti. ');
        memoryB.text.insert(0, 'B kirjoitti. ');
        await a.journal.append(memoryA.updates[0]!).durable;
        await b.journal.append(memoryB.updates[0]!).durable;
        // A's memory has not received B's update (Redis is slow, or B was killed before publishing).
        const missing = await a.journal.compact(Y.encodeStateAsUpdate(memoryA.doc), a.journal.lastSeq);
        const stored = rebuild((await storage.documents.read(NAME))!).getText('t').toString();
        expect(stored).toContain('A kirjoitti.');
        expect(stored).toContain('B kirjoitti.');
        // B's row is only moments old: it is on its way through Redis, not handed back yet.
        expect(missing).toEqual([]);
        // B compacts with memory lacking A's update, which A's compaction already moved into the state.
        expect(await b.journal.compact(Y.encodeStateAsUpdate(memoryB.doc), b.journal.lastSeq)).toEqual([]);
        const after = rebuild((await storage.documents.read(NAME))!).getText('t').toString();
        expect(after).toContain('A kirjoitti.');
        expect(after).toContain('B kirjoitti.');
        // Both compacted: the state alone holds everything.
        expect(await storage.documents.read(NAME)).toHaveLength(1);
        await Promise.all([a.journal.close(), b.journal.close()]);
      });

      it("hands back another process's settled update that compaction finds missing from memory", async () => {
        await storage.documents.create(NAME, Y.encodeStateAsUpdate(new Y.Doc()));
        const other = await open();
        const [a, b] = [(await storage.documents.open(NAME))!, (await other.documents.open(NAME))!];
        const memoryA = recordingEditor();
        const memoryB = recordingEditor();
        memoryB.text.insert(0, 'B:n viimeinen muutos');
        await b.journal.append(memoryB.updates[0]!).durable;
        await b.journal.close(); // B is gone before Redis carried the update to A.
        await new Promise((r) => setTimeout(r, 1100));
        memoryA.text.insert(0, 'A ');
        await a.journal.append(memoryA.updates[0]!).durable;
        const missing = await a.journal.compact(Y.encodeStateAsUpdate(memoryA.doc), a.journal.lastSeq, );
        expect(missing).toHaveLength(1);
        Y.applyUpdate(memoryA.doc, missing[0]!);
        expect(memoryA.text.toString()).toContain('B:n viimeinen muutos');
        await a.journal.close();
      });

      it('lets one process at a time run exclusive work; the others skip or wait', async () => {
        const other = await open();
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        const first = storage.exclusive('scheduler', () => held.then(() => 'first'), { wait: false });
        await new Promise((r) => setTimeout(r, 100));
        expect(await other.exclusive('scheduler', async () => 'second', { wait: false })).toBeUndefined();
        const waiting = other.exclusive('scheduler', async () => 'waited');
        release();
        expect(await first).toBe('first');
        expect(await waiting).toBe('waited');
      });

      it('sees what another process wrote at once', async () => {
        const other = await open();
        await storage.app.users.create(user('u1'));
        await storage.app.sessions.create({ id: 's1', tokenHash: 't1', userId: 'u1', createdAt: at(0), expiresAt: at(60) });
        expect((await other.app.sessions.findByTokenHash('t1'))?.userId).toBe('u1');
        await other.audit.record('p1', entry(1));
        expect(await storage.audit.list('p1', { limit: 10 })).toEqual([entry(1)]);
      });
    });
  });
}
