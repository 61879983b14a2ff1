import type { RefObject } from 'react';
import type { VocabularyView } from './vocabularyView';

/** What every dialog of an entry is given (by `EntryDialogs`, which picks the open one). */
export interface EntryDialogProps {
  planId: string;
  view: VocabularyView;
  fallbackFocus: RefObject<HTMLElement | null>;
  /** After a change: the page closes the dialog and says what was done. */
  onDone: (message: string) => void;
  onClose: () => void;
  onSessionLost: () => void;
}
