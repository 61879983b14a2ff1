import type { Thread } from '../../../shared/discussion';
import type { CommentTarget } from './api';
import type { PanelView } from './threads';

/**
 * Where the keyboard focus goes when the panel opens or changes what it
 * shows. A thread is always brought into view, but a click on a highlight
 * leaves the focus in the text (`moveFocus` false), where its writer is.
 */
export type PanelFocus =
  | { kind: 'heading' }
  | { kind: 'draft' }
  | { kind: 'thread'; threadId: string; moveFocus: boolean };

export interface PanelState {
  open: boolean;
  view: PanelView;
  /** Threads shown with all their messages (opening one marks it read). */
  expanded: ReadonlySet<string>;
  /** A new thread being written, about this measure or passage. */
  draft: CommentTarget | null;
  showResolved: boolean;
  focus: PanelFocus;
  /** Counts focus requests, so that asking for the same place again moves focus again. */
  focusRequest: number;
}

export const CLOSED_PANEL: PanelState = {
  open: false,
  view: { kind: 'all' },
  expanded: new Set(),
  draft: null,
  showResolved: false,
  focus: { kind: 'heading' },
  focusRequest: 0,
};

export type PanelAction =
  | { type: 'openAll' }
  /** The badge of a row: that measure's threads, the open ones expanded. */
  | { type: 'openMeasure'; measureId: string; threads: readonly Thread[] }
  | { type: 'startComment'; target: CommentTarget }
  /** A highlight in the text: its thread, expanded. */
  | { type: 'openThread'; threadId: string; moveFocus: boolean }
  | { type: 'toggleThread'; threadId: string }
  | { type: 'showResolved'; show: boolean }
  /** The new thread was sent (it is then shown and focused) or given up. */
  | { type: 'draftDone'; threadId: string | null }
  | { type: 'close' };

const viewOf = (target: CommentTarget): PanelView =>
  target.kind === 'measure' ? { kind: 'measure', measureId: target.measureId } : { kind: 'all' };

const focusOn = (state: PanelState, focus: PanelFocus) => ({ focus, focusRequest: state.focusRequest + 1 });

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'openAll':
      return { ...state, open: true, view: { kind: 'all' }, draft: null, ...focusOn(state, { kind: 'heading' }) };
    case 'openMeasure': {
      const open = action.threads.filter((t) => t.measureId === action.measureId && !t.resolved).map((t) => t.threadId);
      return {
        ...state,
        open: true,
        view: { kind: 'measure', measureId: action.measureId },
        expanded: new Set([...state.expanded, ...open]),
        draft: null,
        ...focusOn(state, { kind: 'heading' }),
      };
    }
    case 'startComment':
      return { ...state, open: true, view: viewOf(action.target), draft: action.target, ...focusOn(state, { kind: 'draft' }) };
    case 'openThread':
      return {
        ...state,
        open: true,
        view: { kind: 'all' },
        expanded: new Set(state.expanded).add(action.threadId),
        ...focusOn(state, { kind: 'thread', threadId: action.threadId, moveFocus: action.moveFocus }),
      };
    case 'toggleThread': {
      const expanded = new Set(state.expanded);
      if (!expanded.delete(action.threadId)) expanded.add(action.threadId);
      return { ...state, expanded };
    }
    case 'showResolved':
      return { ...state, showResolved: action.show };
    case 'draftDone':
      if (!action.threadId) return { ...state, draft: null, ...focusOn(state, { kind: 'heading' }) };
      return {
        ...state,
        draft: null,
        expanded: new Set(state.expanded).add(action.threadId),
        ...focusOn(state, { kind: 'thread', threadId: action.threadId, moveFocus: true }),
      };
    case 'close':
      return { ...state, open: false, draft: null };
  }
}
