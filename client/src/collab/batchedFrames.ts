/** When to hand a batch of others' changes to React. */
export type Schedule = (flush: () => void) => void;

/** Others' changes reach the screen at most this often: each frame that shows them costs the same, however few they are. */
const REMOTE_BATCH_MS = 100;

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
    const run = () =>
      frame(() => {
        last = performance.now();
        flush();
      });
    const wait = last + everyMs - performance.now();
    if (wait > 0) setTimeout(run, wait);
    else run();
  };
}
