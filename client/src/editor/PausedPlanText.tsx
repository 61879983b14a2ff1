import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import type * as Y from 'yjs';
import type { ReactNode } from 'react';
import type { NodeViewRenderer } from '@tiptap/core';
import { planTextExtensions } from '../../../shared/editor/planTextExtensions';
import { sanitizePlanText } from '../../../shared/editor/sanitizePlanText';
import { fragmentJSON } from '../../../shared/editor/yPlanText';
import { HeadingOutline } from './headingOutline';

interface Props {
  body: Y.XmlFragment;
  statusBar: ReactNode;
  editorAttributes: Record<string, string>;
  /** Draws the text's indicator charts, as the live editor does. */
  indicatorChartView?: NodeViewRenderer;
}

/**
 * The plan text when it holds content this version of the app cannot show
 * (see `BodyGuard`): a read-only copy repaired to the schema, with no Yjs
 * binding at all, so nothing this page does can write over the real text.
 * Taken once, when the problem was found; a reload shows later changes.
 */
export function PausedPlanText({ body, statusBar, editorAttributes, indicatorChartView }: Props) {
  const { t } = useTranslation();
  const editor = useEditor(
    {
      extensions: [...planTextExtensions({ indicatorChartView }), HeadingOutline],
      content: sanitizePlanText(fragmentJSON(body)),
      editable: false,
      enableContentCheck: true,
      editorProps: { attributes: { ...editorAttributes, 'aria-readonly': 'true' } },
    },
    [body],
  );
  return (
    <div className="plan-editor">
      <div className="plan-editor__top">{statusBar}</div>
      <p className="plan__notice" role="alert">
        {t('planText.paused')}
      </p>
      <EditorContent editor={editor} className="plan-editor__paper" />
    </div>
  );
}
