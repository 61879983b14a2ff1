/** When to hand a batch of others' changes to React. */
export type Schedule = (flush: () => void) => void;

/** Others' changes reach the screen at most this often: each frame that shows them costs the same, however few they are. */
const REMOTE_BATCH_MS = 100;

/*
 * While the measure table builds a step of its rows (useProgressiveGroups),
 * others' batches wait for it. React starts a transition's rendering over
 * whenever a store tells it of a change, so with batches ten times a second a
 * step of a big plan hardly ever finished before React forced it: a 420-measure
 * plan took 4–10 s to fill while others changed statuses, 2.5 s without them.
 */
let holds = 0;
const waiting = new Set<() => void>();

/** Holds others' batches until the returned release is called (once; holds nest). */
export function holdBatches(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds > 0) return;
    const flushes = [...waiting];
    waiting.clear();
    for (const flush of flushes) flush();
  };
}

/**
 * Before the next frame is painted, but no sooner than `everyMs` after the
 * previous batch: ten people changing statuses at 50 edits a second then
 * cost ten renders a second, not fifty. Each store that follows others'
 * changes batches its own with one of these; one that told React of every
 * remote edit at once would undo the others' batching.
 */
export function batchedFrames(everyMs: number = REMOTE_BATCH_MS): Schedule {
  let last = -Infinity;
  const frame = (run: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : setTimeout(run, 0));
  return (flush) => {
    const timed = () => {
      last = performance.now();
      flush();
    };
    const run = () =>
      frame(() => {
        if (holds > 0) waiting.add(timed);
        else timed();
      });
    const wait = last + everyMs - performance.now();
    if (wait > 0) setTimeout(run, wait);
    else run();
  };
}
