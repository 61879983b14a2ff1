import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { NodeViewRenderer } from '@tiptap/core';
import type * as Y from 'yjs';
import { BODY_FIELD, planTextExtensions } from '../../../shared/editor/planTextExtensions';
import { parseDocumentName } from '../../../shared/documentNames';
import { planIndicatorData, type PlanIndicatorData } from '../indicators/planIndicatorData';
import type { AwarenessUser } from '../collab/usePlanProvider';
import { BodyGuard, bodyProblem, unbindCollaboration } from './bodyGuard';
import { CommentHighlights, type EditorComments } from './commentHighlights';
import { CommentSelectionButton } from './CommentSelectionButton';
import { HeadingOutline } from './headingOutline';
import { indicatorChartView } from './IndicatorChartBlock';
import { PausedPlanText } from './PausedPlanText';
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

/**
 * The plan text, edited live by everyone in the plan through the shared Y.Doc;
 * or, when the text holds content outside the plan-text schema, a read-only
 * copy with a message, so that this page never writes over it.
 */
export function PlanEditor(props: Props) {
  const { t } = useTranslation();
  const body = props.provider.document.getXmlFragment(BODY_FIELD);
  const charts = usePlanCharts(props.provider);
  // Checked before the live editor exists: its Yjs binding renders (and deletes what it cannot build) as it is made.
  const [checked, setChecked] = useState(() => ({ body, paused: bodyProblem(body) !== null }));
  let current = checked;
  if (checked.body !== body) {
    current = { body, paused: bodyProblem(body) !== null };
    setChecked(current);
  }
  if (current.paused) {
    return (
      <PausedPlanText
        body={body}
        statusBar={props.statusBar}
        editorAttributes={editorAttributes(t('plan.editorLabel'), true)}
        indicatorChartView={charts?.view}
      />
    );
  }
  return <LivePlanEditor {...props} body={body} charts={charts} onInvalid={() => setChecked({ body, paused: true })} />;
}

interface PlanCharts {
  indicators: PlanIndicatorData;
  view: NodeViewRenderer;
}

/** The plan's indicator data and the node view that draws its charts in the text, one of each per document. */
function usePlanCharts(provider: HocuspocusProvider): PlanCharts | null {
  return useMemo(() => {
    const planId = parseDocumentName(provider.configuration.name)?.planId;
    if (!planId) return null;
    const indicators = planIndicatorData(provider.document, planId);
    return { indicators, view: indicatorChartView({ planId, indicators }) };
  }, [provider]);
}

function LivePlanEditor({
  provider,
  user,
  readOnly,
  statusBar,
  comments,
  body,
  charts,
  onInvalid,
}: Props & { body: Y.XmlFragment; charts: PlanCharts | null; onInvalid: () => void }) {
  const { t } = useTranslation();
  const label = t('plan.editorLabel');
  // The editor is built once per document; what comments do is read through this at each use.
  const commentsRef = useRef(comments);
  commentsRef.current = comments;
  const onInvalidRef = useRef(onInvalid);
  onInvalidRef.current = onInvalid;

  const editor = useEditor(
    {
      extensions: [
        ...planTextExtensions({ indicatorChartView: charts?.view }),
        BodyGuard.configure({ body, onInvalid: () => onInvalidRef.current() }),
        Collaboration.configure({ document: provider.document, field: BODY_FIELD }),
        CollaborationCaret.configure({ provider, user, render: renderCaret }),
        HeadingOutline,
        CommentHighlights.configure({ comments: () => commentsRef.current ?? null }),
      ],
      editable: !readOnly,
      editorProps: { attributes: editorAttributes(label, readOnly) },
      // The last line of defence, should the binding build a document the schema rejects.
      enableContentCheck: true,
      onContentError: ({ editor: failed }) => {
        unbindCollaboration(failed);
        onInvalidRef.current();
      },
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
          <Toolbar editor={editor} controls={EDITOR_ID} indicators={charts?.indicators}>
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
