import type * as Y from 'yjs';
import { observeDiscussion, readThreads } from '../../../shared/discussion';
import type { HighlightSource } from '../editor/commentHighlights';
import { openTextThreads } from './threads';

/** The passages of open threads, read from the discussion document whenever the editor asks. */
export function highlightSource(discussion: Y.Doc): HighlightSource {
  return {
    anchors: () =>
      openTextThreads(readThreads(discussion)).flatMap(({ threadId, anchor }) => (anchor ? [{ threadId, anchor }] : [])),
    subscribe: (onChange) => observeDiscussion(discussion, onChange),
  };
}
