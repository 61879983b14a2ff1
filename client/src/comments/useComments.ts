import { useMemo, useReducer, useRef, type Dispatch } from 'react';
import type * as Y from 'yjs';
import type { Thread } from '../../../shared/discussion';
import type { EditorComments } from '../editor/commentHighlights';
import type { MeasureComments } from '../table/TableContext';
import { highlightSource } from './highlightSource';
import { CLOSED_PANEL, panelReducer, type PanelAction, type PanelState } from './panelState';
import { openThreadsByMeasure } from './threads';
import { useCommentAccess, type CommentAccess } from './useCommentAccess';
import { useThreads } from './useThreads';
import { useUnread, type Unread } from './useUnread';

export interface Comments {
  threads: Thread[];
  unread: Unread;
  access: CommentAccess;
  panel: PanelState;
  dispatch: Dispatch<PanelAction>;
  /** What the measure table shows and offers. */
  table: MeasureComments;
  /** What the plan text shows and offers. */
  editor: EditorComments;
}

interface Input {
  planId: string;
  groupId: string | null;
  /** `can.comment` of the opened plan. */
  canComment: boolean;
  userId: string;
  /** The discussion document, kept live by its provider. */
  discussion: Y.Doc;
}

/** The comments of an open plan: the live threads, who may write, unread markers and the panel's state. */
export function useComments({ planId, groupId, canComment: mayComment, userId, discussion }: Input): Comments {
  const threads = useThreads(discussion);
  const unread = useUnread(planId, userId);
  const access = useCommentAccess(mayComment, groupId);
  const [panel, dispatch] = useReducer(panelReducer, CLOSED_PANEL);
  // Read by the table's callbacks when pressed, so that they need not change with every thread.
  const latest = useRef(threads);
  latest.current = threads;
  const source = useMemo(() => highlightSource(discussion), [discussion]);
  const { isUnread } = unread;
  const { canComment } = access;

  const table = useMemo<MeasureComments>(
    () => ({
      threads: openThreadsByMeasure(threads, isUnread),
      canComment,
      open: (measureId) => dispatch({ type: 'openMeasure', measureId, threads: latest.current }),
      start: (measureId) => dispatch({ type: 'startComment', target: { kind: 'measure', measureId } }),
    }),
    [threads, isUnread, canComment],
  );

  const editor = useMemo<EditorComments>(
    () => ({
      source,
      canComment,
      onComment: ({ anchor, quote }) => dispatch({ type: 'startComment', target: { kind: 'text', anchor, quote } }),
      onOpenThread: (threadId, moveFocus) => dispatch({ type: 'openThread', threadId, moveFocus }),
    }),
    [source, canComment],
  );

  return { threads, unread, access, panel, dispatch, table, editor };
}
