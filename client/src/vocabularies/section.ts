import type { RefObject } from 'react';
import type { VocabularyKind } from '../../../shared/plan';
import type { useFeedback } from '../components/useFeedback';
import type { EntryDialog } from './EntryDialogs';
import type { VocabularyView } from './vocabularyView';

/** The page's one runner of changes (useFeedback's `run`), so that every outcome is told in one place. */
export type RunChange = ReturnType<typeof useFeedback>['run'];

/** What each of the page's three sections is given. */
export interface SectionProps {
  planId: string;
  view: VocabularyView;
  /** The role may change the vocabularies (and the socket is not read-only). */
  editable: boolean;
  run: RunChange;
  onOpen: (dialog: EntryDialog) => void;
  onSessionLost: () => void;
  /** The sections' headings, focusable, where focus goes when a dialog's row is gone. */
  headings: Record<VocabularyKind, RefObject<HTMLHeadingElement | null>>;
}
