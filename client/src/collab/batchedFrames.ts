/** When to hand a batch of others' changes to React. */
export type Schedule = (flush: () => void) => void;

/** Others' changes reach the screen at most this often: each frame that shows them costs the same, however few they are. */
const REMOTE_BATCH_MS = 100;

/**
 * A frame that paints this person's own key or click shows nothing else: others' batch waits for the next
 * frame. Their rendering and the larger paint it brings would otherwise land in the frame the keystroke
 * waits for (the delay INP measures). Waiting is bounded, so a fast typist cannot hold others back.
 */
const OWN_INPUT_FRAME_MS = 20;
const MAX_FRAMES_YIELDED = 3;

/*
 * While the measure table builds a step of its rows (useProgressiveGroups),
 * others' batches wait for it. React starts a transition's rendering over
 * whenever a store tells it of a change, so with batches ten times a second a
 * step of a big plan hardly ever finished before React forced it: a 420-measure
 * plan took 4–10 s to fill while others changed statuses, 2.5 s without them.
 */
let holds = 0;
const held = new Set<() => void>();

/** Holds others' batches until the returned release is called (once; holds nest). */
export function holdBatches(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds > 0) return;
    const flushes = [...held];
    held.clear();
    for (const flush of flushes) flush();
  };
}

let lastOwnInput = -Infinity;
if (typeof document !== 'undefined') {
  const note = () => {
    lastOwnInput = performance.now();
  };
  for (const type of ['keydown', 'pointerdown', 'input'] as const) document.addEventListener(type, note, { capture: true, passive: true });
}

/**
 * One clock per interval, shared by every store that uses it: the table's and the status dates' batches
 * then land in the same frame, one render and one paint, where two clocks of their own gave two frames
 * for every 100 ms of others' editing.
 */
interface Clock {
  last: number;
  armed: boolean;
  due: Set<() => void>;
}
const clocks = new Map<number, Clock>();

const nextFrame = (run: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : setTimeout(run, 0));

function tick(clock: Clock, framesYielded: number): void {
  nextFrame(() => {
    if (framesYielded < MAX_FRAMES_YIELDED && performance.now() - lastOwnInput < OWN_INPUT_FRAME_MS) {
      tick(clock, framesYielded + 1);
      return;
    }
    clock.armed = false;
    const flushes = [...clock.due];
    clock.due.clear();
    for (const flush of flushes) {
      const timed = () => {
        clock.last = performance.now();
        flush();
      };
      if (holds > 0) held.add(timed);
      else timed();
    }
  });
}

/**
 * Before the next frame is painted, but no sooner than `everyMs` after the
 * previous batch: ten people changing statuses at 50 edits a second then
 * cost ten renders a second, not fifty. Each store that follows others'
 * changes batches its own with one of these; one that told React of every
 * remote edit at once would undo the others' batching.
 */
export function batchedFrames(everyMs: number = REMOTE_BATCH_MS): Schedule {
  return (flush) => {
    let clock = clocks.get(everyMs);
    if (!clock) clocks.set(everyMs, (clock = { last: -Infinity, armed: false, due: new Set() }));
    clock.due.add(flush);
    if (clock.armed) return;
    clock.armed = true;
    const armed = clock;
    const wait = armed.last + everyMs - performance.now();
    if (wait > 0) setTimeout(() => tick(armed, 0), wait);
    else tick(armed, 0);
  };
}
