import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { observeDiscussion, readThreads, type Thread } from '../../../shared/discussion';

/** The discussion document's threads, read again after each change the server makes to them. */
function threadStore(doc: Y.Doc) {
  let snapshot: Thread[] | null = null;
  return {
    subscribe(onChange: () => void): () => void {
      return observeDiscussion(doc, () => {
        snapshot = null;
        onChange();
      });
    },
    getSnapshot(): Thread[] {
      snapshot ??= readThreads(doc);
      return snapshot;
    },
  };
}

/** Every thread of the plan, live: written by the server, seen here as soon as it is. */
export function useThreads(discussion: Y.Doc): Thread[] {
  const store = useMemo(() => threadStore(discussion), [discussion]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
