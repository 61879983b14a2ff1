import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { planTextExtensions } from '../../../shared/editor/planTextExtensions';
import { HeadingOutline } from '../editor/headingOutline';

/**
 * A version's plan text, laid out as the live editor lays it out: the same
 * schema and styles, but not editable and without a socket (a version never changes).
 */
export function ReadOnlyPlanText({ body, label }: { body: JSONContent; label: string }) {
  const editor = useEditor(
    {
      extensions: [...planTextExtensions(), HeadingOutline],
      content: body,
      editable: false,
      editorProps: { attributes: { class: 'plan-editor__text plan-editor__text--version' } },
    },
    [body],
  );
  return (
    <section className="plan-editor__paper version-text" aria-label={label}>
      <EditorContent editor={editor} />
    </section>
  );
}
