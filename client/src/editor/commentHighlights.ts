import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { TextAnchor } from '../../../shared/discussion';
import { anchorOfSelection, rangeOfAnchor } from './textAnchors';

/** The passages to highlight (open threads on the text), and word of when they change. */
export interface HighlightSource {
  anchors(): ReadonlyArray<{ threadId: string; anchor: TextAnchor }>;
  subscribe(onChange: () => void): () => void;
}

/** What the text does for comments; read at each use, so that it may change without a new editor. */
export interface EditorComments {
  source: HighlightSource;
  canComment: boolean;
  /** A new thread on the selected words. */
  onComment: (target: { anchor: TextAnchor; quote: string }) => void;
  /** A highlight was clicked (focus stays in the text) or chosen with the keyboard (focus goes to the thread). */
  onOpenThread: (threadId: string, moveFocus: boolean) => void;
}

interface Options {
  comments: () => EditorComments | null;
}

const key = new PluginKey<DecorationSet>('commentHighlights');
const REFRESH = 'refresh';

function highlights(state: EditorState, comments: EditorComments | null): DecorationSet {
  const decorations = (comments?.source.anchors() ?? []).flatMap(({ threadId, anchor }) => {
    const range = rangeOfAnchor(state, anchor);
    // <mark>: assistive technology can tell highlighted words apart too.
    const attrs = { nodeName: 'mark', class: 'comment-highlight', 'data-thread-id': threadId };
    return range ? [Decoration.inline(range.from, range.to, attrs, { threadId })] : [];
  });
  return DecorationSet.create(state.doc, decorations);
}

function threadAt(state: EditorState, pos: number): string | null {
  const found = key.getState(state)?.find(pos, pos);
  const spec = found?.[0]?.spec as { threadId?: string } | undefined;
  return spec?.threadId ?? null;
}

/**
 * Highlights the passages that open threads are anchored to. Positions are
 * worked out afresh from the anchors whenever the text changes from Yjs
 * (someone else's edit) or the threads change; the binding's mapping is then
 * current. A local edit only moves the highlights along with the text.
 * Ctrl+Alt+M comments on the selection, or opens the thread under the caret.
 */
export const CommentHighlights = Extension.create<Options>({
  name: 'commentHighlights',

  addOptions() {
    return { comments: () => null };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        const comments = this.options.comments();
        if (!comments) return false;
        const { state } = this.editor;
        const target = anchorOfSelection(state);
        if (target && comments.canComment) {
          comments.onComment(target);
          return true;
        }
        const threadId = threadAt(state, state.selection.from);
        if (threadId) comments.onOpenThread(threadId, true);
        return threadId !== null;
      },
    };
  },

  addProseMirrorPlugins() {
    const comments = this.options.comments;
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => highlights(state, comments()),
          apply(tr, set, _old, state) {
            const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
            if (fromYjs || tr.getMeta(key) === REFRESH) return highlights(state, comments());
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: {
          decorations: (state) => key.getState(state),
          handleClick(view, pos) {
            const threadId = threadAt(view.state, pos);
            if (threadId) comments()?.onOpenThread(threadId, false);
            // The click still places the caret (or selects) as usual.
            return false;
          },
        },
        view(view) {
          const stop = comments()?.source.subscribe(() => view.dispatch(view.state.tr.setMeta(key, REFRESH)));
          return { destroy: () => stop?.() };
        },
      }),
    ];
  },
});
