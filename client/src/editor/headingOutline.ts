import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Renders the plan's headings one level down (a level-1 heading as <h2> …)
 * with the document level kept in `data-level` for styling. The page's own
 * h1 is the plan title, so the text's headings belong under it in the
 * outline screen readers navigate by. Only the editor's DOM changes: the
 * document, copy/paste and exports keep the real levels.
 */
export const HeadingOutline = Extension.create({
  name: 'headingOutline',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('headingOutline'),
        props: {
          nodeViews: {
            heading: (node) => {
              const level = Number(node.attrs.level);
              const dom = document.createElement(`h${Math.min(level + 1, 6)}`);
              dom.dataset.level = String(level);
              return { dom, contentDOM: dom };
            },
          },
        },
      }),
    ];
  },
});
