import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { BODY_FIELD, planTextExtensions } from '../../../shared/editor/planTextExtensions';
import type { AwarenessUser } from '../collab/usePlanProvider';
import { CommentHighlights, type EditorComments } from './commentHighlights';
import { CommentSelectionButton } from './CommentSelectionButton';
import { HeadingOutline } from './headingOutline';
import { renderCaret } from './renderCaret';
import { Toolbar } from './Toolbar';

interface Props {
  provider: HocuspocusProvider;
  user: AwarenessUser;
  readOnly: boolean;
  /** Shown with the toolbar above the text, staying in view while the text scrolls. */
  statusBar: ReactNode;
  /** Comment threads on passages: highlights, and commenting on a selection. */
  comments?: EditorComments;
}

const EDITOR_ID = 'plan-text';

function editorAttributes(label: string, readOnly: boolean): Record<string, string> {
  return {
    id: EDITOR_ID,
    class: 'plan-editor__text',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    'aria-readonly': String(readOnly),
  };
}

/** The plan text, edited live by everyone in the plan through the shared Y.Doc. */
export function PlanEditor({ provider, user, readOnly, statusBar, comments }: Props) {
  const { t } = useTranslation();
  const label = t('plan.editorLabel');
  // The editor is built once per document; what comments do is read through this at each use.
  const commentsRef = useRef(comments);
  commentsRef.current = comments;

  const editor = useEditor(
    {
      extensions: [
        ...planTextExtensions(),
        Collaboration.configure({ document: provider.document, field: BODY_FIELD }),
        CollaborationCaret.configure({ provider, user, render: renderCaret }),
        HeadingOutline,
        CommentHighlights.configure({ comments: () => commentsRef.current ?? null }),
      ],
      editable: !readOnly,
      editorProps: { attributes: editorAttributes(label, readOnly) },
    },
    // A new provider means another document: build a new editor for it.
    [provider],
  );

  useEffect(() => {
    editor.setEditable(!readOnly);
    editor.setOptions({ editorProps: { attributes: editorAttributes(label, readOnly) } });
  }, [editor, label, readOnly]);

  const commentButton = comments?.canComment ? <CommentSelectionButton editor={editor} comments={comments} /> : null;
  return (
    <div className="plan-editor">
      <div className="plan-editor__top">
        {statusBar}
        {!readOnly && (
          <Toolbar editor={editor} controls={EDITOR_ID}>
            {commentButton}
          </Toolbar>
        )}
        {/* Those who comment without editing (coordinators) get the comment button alone. */}
        {readOnly && commentButton && <div className="toolbar">{commentButton}</div>}
      </div>
      <EditorContent editor={editor} className="plan-editor__paper" />
    </div>
  );
}
