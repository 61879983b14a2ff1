import { Extension, type Editor } from '@tiptap/core';
import * as Y from 'yjs';
import { changedBlocks, checkBlock } from '../../../shared/editor/yPlanText';

/** The first reason the plan text in `body` does not fit the plan-text schema, or `null`. */
export function bodyProblem(body: Y.XmlFragment): string | null {
  for (const block of body.toArray()) {
    const { problem } = checkBlock(block);
    if (problem) return problem;
  }
  return null;
}

/**
 * Stops the editor's Yjs binding at once: the sync plugin (which would turn
 * the text into ProseMirror nodes, deleting those it cannot build, and write
 * every local change back), the per-user undo and the carets, which read the
 * binding. Tiptap's own `disableCollaboration` destroys the whole Y.Doc, which
 * here also carries the measure table and the connection; this leaves it alone.
 */
export function unbindCollaboration(editor: Editor): void {
  editor.unregisterPlugin(['y-sync', 'y-undo', 'yjs-cursor']);
  editor.setEditable(false);
}

interface Options {
  body: Y.XmlFragment | null;
  /** Called once, after the binding has been stopped. */
  onInvalid: (problem: string) => void;
}

/**
 * Watches what others write into the plan text. The server refuses text
 * outside the schema, but content can still arrive invalid (stored before
 * that check, written by a newer version, restored from an old copy); the
 * binding would then throw or delete what it cannot show, and the next
 * keystroke would write that loss back to everyone. Each remote transaction's
 * changed blocks are checked in `beforeObserverCalls`, that is before the
 * binding's own observer sees them, and on the first invalid one the binding
 * is stopped and `onInvalid` told. Registered before the editor view (and the
 * binding) exist, and removed with the editor.
 */
export const BodyGuard = Extension.create<Options>({
  name: 'bodyGuard',

  addOptions() {
    return { body: null, onInvalid: () => undefined };
  },

  onBeforeCreate() {
    const { body, onInvalid } = this.options;
    const doc = body?.doc;
    if (!body || !doc) return;
    const editor = this.editor;
    let stopped = false;
    const check = (transaction: Y.Transaction) => {
      // Our own edits come from this editor, which writes only what the schema allows.
      if (stopped || transaction.local) return;
      for (const block of changedBlocks(transaction, body).blocks) {
        const { problem } = checkBlock(block);
        if (!problem) continue;
        stopped = true;
        unbindCollaboration(editor);
        onInvalid(problem);
        return;
      }
    };
    doc.on('beforeObserverCalls', check);
    editor.on('destroy', () => doc.off('beforeObserverCalls', check));
  },
});
