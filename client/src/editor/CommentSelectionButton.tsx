import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';
import { Icon } from './icons';
import type { EditorComments } from './commentHighlights';
import { anchorOfSelection } from './textAnchors';

/**
 * "Kommentoi valintaa": a thread on the selected words. Always shown to those
 * who may comment, so it can be found; without a selection it says what to do
 * first instead of doing nothing silently.
 */
export function CommentSelectionButton({ editor, comments }: { editor: Editor; comments: EditorComments }) {
  const { t } = useTranslation();
  const hasSelection = useEditorState({ editor, selector: ({ editor: e }) => !e.state.selection.empty });
  return (
    <button
      type="button"
      className="toolbar__button toolbar__button--text"
      aria-disabled={!hasSelection || undefined}
      aria-keyshortcuts="Control+Alt+M"
      title={hasSelection ? t('comments.selection.shortcut') : t('comments.selection.hint')}
      // Keep the editor's selection: a mouse press would otherwise move focus first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        const target = anchorOfSelection(editor.state);
        if (target) comments.onComment(target);
      }}
    >
      <Icon name="comment" />
      {t('comments.selection.button')}
    </button>
  );
}
