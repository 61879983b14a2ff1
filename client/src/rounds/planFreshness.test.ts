import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, addGoal, addMeasure, editEntityText, setMeasureField } from '../../../shared/plan';
import { PlanFreshness } from './planFreshness';

/** A plan with two measures in this browser's document and a peer's copy whose changes arrive as remote updates. */
function setup() {
  const peer = new Y.Doc();
  const goal = addGoal(peer, addFocusArea(peer, { title: 'Painopiste' }), { title: 'Tavoite' });
  const [a, b] = [addMeasure(peer, goal, { title: 'Harrastukset' }), addMeasure(peer, goal, { title: 'Kerhot' })];
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(peer, update, 'peer');
  });
  peer.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(doc, update, 'peer');
  });
  // The answer the server would give: nothing recorded. Without a fetch here, it never comes.
  vi.stubGlobal('fetch', () => new Promise(() => {}));
  // Others' changes wait for the next frame in the app; here until the test flushes them.
  const queued: Array<() => void> = [];
  const freshness = new PlanFreshness(doc, 'p1', (flush) => queued.push(flush));
  const renders = vi.fn();
  freshness.subscribe(renders);
  const flushFrames = () => queued.splice(0).forEach((flush) => flush());
  return { peer, doc, goal, a: a!, b: b!, freshness, renders, flushFrames };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('PlanFreshness', () => {
  it('counts this browser\'s status and status-note changes from the moment they are made', () => {
    vi.useFakeTimers({ now: new Date('2026-04-10T09:00:00Z'), toFake: ['Date'] });
    const { doc, a, b, freshness, renders } = setup();
    setMeasureField(doc, a, 'status', 'done');
    expect(freshness.updatedAtOf(a)).toBe('2026-04-10T09:00:00.000Z');
    expect(freshness.updatedAtOf(b)).toBeUndefined();
    vi.setSystemTime(new Date('2026-04-11T09:00:00Z'));
    editEntityText(doc, { kind: 'measure', id: b, field: 'statusNote' }, 'Kerhot alkavat');
    expect(freshness.updatedAtOf(b)).toBe('2026-04-11T09:00:00.000Z');
    // Another field is no status update.
    editEntityText(doc, { kind: 'measure', id: a, field: 'title' }, 'Maksuttomat harrastukset');
    expect(freshness.updatedAtOf(a)).toBe('2026-04-10T09:00:00.000Z');
    expect(renders).toHaveBeenCalledTimes(2);
  });

  it('counts others\' changes only while the socket says they are live, not a catch-up after being away', () => {
    const { peer, a, b, freshness, flushFrames } = setup();
    setMeasureField(peer, a, 'status', 'started');
    flushFrames();
    expect(freshness.updatedAtOf(a)).toBeUndefined();
    freshness.followSocket(() => true);
    setMeasureField(peer, b, 'status', 'done');
    flushFrames();
    expect(freshness.updatedAtOf(b)).toEqual(expect.any(String));
    expect(freshness.updatedAtOf(a)).toBeUndefined();
  });

  it('tells a burst of others\' changes once, in the next batch, so that fifty edits a second are not fifty renders', () => {
    const { peer, a, b, freshness, renders, flushFrames } = setup();
    freshness.followSocket(() => true);
    setMeasureField(peer, a, 'status', 'started');
    setMeasureField(peer, b, 'status', 'done');
    setMeasureField(peer, a, 'status', 'done');
    expect(renders).not.toHaveBeenCalled();
    expect(freshness.updatedAtOf(a)).toBeUndefined();
    flushFrames();
    expect(renders).toHaveBeenCalledTimes(1);
    expect(freshness.updatedAtOf(a)).toEqual(expect.any(String));
    expect(freshness.updatedAtOf(b)).toEqual(expect.any(String));
  });

  it('takes the server\'s confirmation of a status that stayed the same, never going back in time', () => {
    const { a, freshness, renders } = setup();
    freshness.confirmed({ measureIds: [a], at: '2026-03-02T10:00:00.000Z' });
    freshness.confirmed({ measureIds: [a], at: '2026-03-01T10:00:00.000Z' });
    expect(freshness.updatedAtOf(a)).toBe('2026-03-02T10:00:00.000Z');
    expect(renders).toHaveBeenCalledTimes(1);
  });
});
