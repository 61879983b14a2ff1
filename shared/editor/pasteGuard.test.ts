import { afterEach, describe, expect, it } from 'vitest';
import { Editor, type JSONContent } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { planTextExtensions } from './planTextExtensions';

const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
const chart = (attrs?: Record<string, unknown>): JSONContent => (attrs ? { type: 'indicatorChart', attrs } : { type: 'indicatorChart' });

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/**
 * What the editor does to a pasted slice before it reaches the document:
 * every plugin's `transformPasted`, in the editor's plugin order, as
 * ProseMirror runs them on paste and drop. A headless editor (no DOM) has the
 * same plugins as the browser's.
 */
function paste(content: JSONContent): JSONContent[] {
  editor = new Editor({ element: null, extensions: planTextExtensions(), content: doc({ type: 'paragraph' }) });
  let slice = new Slice(editor.schema.nodeFromJSON(content).content, 0, 0);
  const view = {} as EditorView;
  for (const plugin of editor.extensionManager.plugins) {
    const transform = plugin.props.transformPasted;
    if (transform) slice = transform.call(plugin, slice, view, false);
  }
  return (slice.content.toJSON() as JSONContent[] | null) ?? [];
}

describe('the paste guard', () => {
  it('drops a pasted indicator chart without a valid indicator id and keeps everything around it', () => {
    const pasted = paste(
      doc(
        paragraph('Ennen'),
        chart(),
        chart({ indicatorId: '../../users' }),
        chart({ indicatorId: 'x'.repeat(65) }),
        chart({ indicatorId: '' }),
        paragraph('Välissä'),
        chart({ indicatorId: 'mittari_1-A' }),
        paragraph('Jälkeen'),
      ),
    );
    expect(pasted).toEqual([paragraph('Ennen'), paragraph('Välissä'), chart({ indicatorId: 'mittari_1-A' }), paragraph('Jälkeen')]);
  });

  it('keeps a slice of only valid charts whole', () => {
    const charts = [chart({ indicatorId: 'a' }), chart({ indicatorId: 'x'.repeat(64) })];
    expect(paste(doc(...charts))).toEqual(charts);
  });
});
