import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const FRAME_MS = 16;

/** A fresh module (its clocks and the last own input are module state), with a page's document and frames. */
async function freshModule() {
  vi.resetModules();
  return import('./batchedFrames');
}

describe('batchedFrames', () => {
  let page: EventTarget;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
    page = new EventTarget();
    vi.stubGlobal('document', page);
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, FRAME_MS));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('hands a batch on at the next frame, and the next no sooner than the interval after it', async () => {
    const { batchedFrames } = await freshModule();
    const schedule = batchedFrames(100);
    const flushed: number[] = [];
    schedule(() => flushed.push(1));
    vi.advanceTimersByTime(FRAME_MS);
    expect(flushed).toEqual([1]);
    schedule(() => flushed.push(2));
    vi.advanceTimersByTime(50);
    expect(flushed).toEqual([1]);
    vi.advanceTimersByTime(100 - 50 + FRAME_MS);
    expect(flushed).toEqual([1, 2]);
  });

  it('flushes the batches of several stores in one frame', async () => {
    const { batchedFrames } = await freshModule();
    const table = batchedFrames(100);
    const dates = batchedFrames(100);
    const flushed: Array<[string, number]> = [];
    const at = (name: string) => () => flushed.push([name, performance.now()]);
    table(at('table'));
    vi.advanceTimersByTime(30);
    dates(at('dates'));
    vi.advanceTimersByTime(30);
    table(at('table'));
    vi.advanceTimersByTime(200);
    expect(flushed).toEqual([
      ['table', FRAME_MS],
      ['dates', FRAME_MS + 100 + FRAME_MS],
      ['table', FRAME_MS + 100 + FRAME_MS],
    ]);
  });

  it("leaves the frame that shows the person's own key to it, but not for long", async () => {
    const { batchedFrames } = await freshModule();
    const schedule = batchedFrames(100);
    const flushed: number[] = [];
    page.dispatchEvent(new Event('keydown'));
    schedule(() => flushed.push(performance.now()));
    vi.advanceTimersByTime(FRAME_MS);
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(FRAME_MS);
    expect(flushed).toEqual([2 * FRAME_MS]);

    // A key in every frame: others' batch still comes, three frames late at most.
    const typing = setInterval(() => page.dispatchEvent(new Event('input')), FRAME_MS / 2);
    const start = performance.now();
    vi.advanceTimersByTime(200);
    schedule(() => flushed.push(performance.now() - start));
    vi.advanceTimersByTime(10 * FRAME_MS);
    clearInterval(typing);
    expect(flushed[1]).toBe(200 + 4 * FRAME_MS);
  });

  it('keeps batches while held and hands them on when the last hold is released', async () => {
    const { batchedFrames, holdBatches } = await freshModule();
    const first = batchedFrames(100);
    const second = batchedFrames(100);
    const flushed: string[] = [];
    const outer = holdBatches();
    const inner = holdBatches();
    first(() => flushed.push('table'));
    second(() => flushed.push('dates'));
    vi.advanceTimersByTime(500);
    expect(flushed).toEqual([]);
    inner();
    expect(flushed).toEqual([]);
    // A release given twice counts once.
    inner();
    vi.advanceTimersByTime(500);
    expect(flushed).toEqual([]);
    outer();
    expect(flushed).toEqual(['table', 'dates']);
    // Nothing is held any more: a new batch goes at the next frame.
    vi.advanceTimersByTime(100);
    first(() => flushed.push('again'));
    vi.advanceTimersByTime(FRAME_MS);
    expect(flushed).toEqual(['table', 'dates', 'again']);
  });
});
