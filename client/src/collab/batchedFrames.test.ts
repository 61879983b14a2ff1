import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchedFrames, holdBatches } from './batchedFrames';

describe('batchedFrames', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands a batch on at the next frame, and the next no sooner than the interval after it', () => {
    const schedule = batchedFrames(100);
    const flushed: number[] = [];
    schedule(() => flushed.push(1));
    vi.advanceTimersByTime(1);
    expect(flushed).toEqual([1]);
    schedule(() => flushed.push(2));
    vi.advanceTimersByTime(50);
    expect(flushed).toEqual([1]);
    vi.advanceTimersByTime(60);
    expect(flushed).toEqual([1, 2]);
  });

  it('keeps batches while held and hands them on when the last hold is released', () => {
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
    vi.advanceTimersByTime(1);
    expect(flushed).toEqual(['table', 'dates', 'again']);
  });
});
