import type { JSONContent, NodeViewRenderer } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { planTextExtensions } from '../../../shared/editor/planTextExtensions';
import { HeadingOutline } from '../editor/headingOutline';

interface Props {
  body: JSONContent;
  label: string;
  /** Draws the text's indicator charts (`versionChartView`); without it a chart is an empty figure. */
  indicatorChartView?: NodeViewRenderer;
}

/**
 * A version's plan text, laid out as the live editor lays it out: the same
 * schema and styles, but not editable and without a socket (a version never changes).
 */
export function ReadOnlyPlanText({ body, label, indicatorChartView }: Props) {
  const editor = useEditor(
    {
      extensions: [...planTextExtensions({ indicatorChartView }), HeadingOutline],
      content: body,
      editable: false,
      editorProps: { attributes: { class: 'plan-editor__text plan-editor__text--version' } },
    },
    [body, indicatorChartView],
  );
  return (
    <section className="plan-editor__paper version-text" aria-label={label}>
      <EditorContent editor={editor} />
    </section>
  );
}
