import type { useFeedback } from '../components/useFeedback';

/** The view's one runner of changes (useFeedback's `run`), shared so that every outcome is told in one place. */
export type RunChange = ReturnType<typeof useFeedback>['run'];
