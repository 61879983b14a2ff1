import type { AnyExtension, NodeViewRenderer } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { IndicatorChart, PlanTextDocument } from './indicatorChartNode';
import { PasteGuard } from './pasteGuard';
import { isSafeLinkHref } from './planTextRules';

/** Name of the Y.XmlFragment that holds the plan text in every plan document. */
export const BODY_FIELD = 'body';

/**
 * The editor schema of the plan text. The browser editor, the server-side
 * conversions (seeding, /data, exports) and the tests all build the same
 * ProseMirror schema from this list, so a node the editor can write is a node
 * every reader understands. What its attributes may hold is in
 * `planTextRules.ts`; links and pasted content are held to those rules here, so
 * that the editor never writes what the server refuses.
 *
 * Undo/redo is off: collaborative undo comes from the Collaboration extension
 * (per user, via Y.UndoManager), never from ProseMirror's shared history.
 *
 * `indicatorChartView` draws indicator charts in the browser; the schema is
 * the same with or without it.
 */
export function planTextExtensions(options: { indicatorChartView?: NodeViewRenderer } = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      // Ours: charts may stand between the top-level blocks (indicatorChartNode.ts).
      document: false,
      heading: { levels: [1, 2, 3, 4] },
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => isSafeLinkHref(url) },
    }),
    TableKit.configure({ table: { resizable: false } }),
    PlanTextDocument,
    IndicatorChart.configure({ nodeView: options.indicatorChartView ?? null }),
    PasteGuard,
  ];
}
