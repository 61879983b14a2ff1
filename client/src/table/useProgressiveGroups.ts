import { startTransition, useEffect, useState } from 'react';
import { holdBatches } from '../collab/batchedFrames';
import type { TableOutline } from './outline';

/** Measures rendered with the first paint of the table (more than a screenful), and with each step after it. */
const FIRST_MEASURES = 12;
const STEP_MEASURES = 60;

/** How many focus areas from `start` hold about `budget` measures (at least one). */
function groupsFor(outline: TableOutline, start: number, budget: number): number {
  let end = start;
  let measures = 0;
  while (end < outline.focusAreas.length && (end === start || measures < budget)) {
    measures += outline.focusAreas[end]!.goals.reduce((n, goal) => n + Math.max(goal.measures.length, 1), 0);
    end++;
  }
  return end;
}

/**
 * How many focus areas the table renders: a big plan opens with its first
 * rows at once and the rest follows a step at a time, each step a transition
 * in a task of its own, so that the page shows them and answers input in
 * between instead of building every row in one long task. Once all are there
 * the table renders whole, so that a focus area someone adds appears (and
 * takes focus) at once; so does every focus area of a plan the size of
 * Porvoo's, which fits in the first two steps.
 */
export function useProgressiveGroups(outline: TableOutline): number {
  const all = outline.focusAreas.length;
  const [shown, setShown] = useState(0);
  const [complete, setComplete] = useState(false);
  const count = complete ? all : Math.max(shown, groupsFor(outline, 0, FIRST_MEASURES));

  useEffect(() => {
    // An empty document is one still loading, or a new plan: nothing to spread out yet.
    if (complete || all === 0) return;
    if (count >= all) {
      setComplete(true);
      return;
    }
    // Others' changes wait until the step is in the page (see holdBatches), then show at once.
    let release: (() => void) | undefined;
    const timer = setTimeout(() => {
      release = holdBatches();
      startTransition(() => setShown(groupsFor(outline, count, STEP_MEASURES)));
    });
    return () => {
      clearTimeout(timer);
      release?.();
    };
  }, [complete, count, all, outline]);

  return count;
}
